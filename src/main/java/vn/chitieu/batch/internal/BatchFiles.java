package vn.chitieu.batch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import vn.chitieu.batch.BatchFile;
import vn.chitieu.document.Documents;

/**
 * The documents in what was uploaded for a batch: each file as it is, a ZIP's entries one by one.
 * Every limit refuses the one file it concerns, with a reason, and the rest go on: an entry over
 * the readers' size limit, one that inflates more than 100 times (POI's zip-bomb ratio, as for DOCX
 * and XLSX), a ZIP inside the ZIP, entries past the batch's count or total size. Folders and the
 * hidden files of macOS and Windows are left out.
 */
public final class BatchFiles {
    /** A season's resolutions of every commune of the largest province, and some room. */
    public static final int MAX_DOCUMENTS = 2_000;
    /** What a batch may unpack to in all: ten times the largest upload. */
    public static final long MAX_TOTAL_BYTES = 220L * 1024 * 1024;
    /** POI's default minimum inflate ratio (0.01), used for DOCX and XLSX too. */
    static final int MAX_INFLATE_RATIO = 100;
    /** Small entries may inflate a lot (a text of repeated lines): the ratio is checked above this size. */
    static final long RATIO_CHECKED_FROM = 1024L * 1024;

    private final List<Unpacked> documents = new ArrayList<>();
    private long totalBytes;

    private BatchFiles() {}

    /** Every document of the upload, in order, the refused ones with their reason. */
    public static List<Unpacked> unpack(List<BatchFile> files) {
        BatchFiles batch = new BatchFiles();
        for (BatchFile file : files) {
            if (isZip(file.name())) {
                batch.unzip(file);
            } else {
                batch.add(file.name(), file.bytes());
            }
        }
        return List.copyOf(batch.documents);
    }

    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private void unzip(BatchFile zip) {
        int before = documents.size();
        long totalBefore = totalBytes;
        try {
            unzip(zip, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException notUtf8) {
            // names not in UTF-8: Windows' own "send to compressed folder" writes them in the DOS code page
            documents.subList(before, documents.size()).clear();
            totalBytes = totalBefore;
            try {
                unzip(zip, Charset.forName("Cp437"));
            } catch (IOException | IllegalArgumentException damaged) {
                documents.subList(before, documents.size()).clear();
                totalBytes = totalBefore;
                documents.add(Unpacked.refused(zip.name(), zip.bytes().length, "batch.reason.damagedZip"));
            }
        }
    }

    /**
     * Reads the ZIP through its central directory (from a temporary file, as {@link ZipFile} needs),
     * so that an entry refused for its size is skipped without being inflated at all.
     */
    private void unzip(BatchFile zip, Charset names) throws IOException {
        Path file = Files.createTempFile("chitieu-batch-", ".zip");
        try {
            Files.write(file, zip.bytes());
            try (ZipFile archive = new ZipFile(file.toFile(), names)) {
                Enumeration<? extends ZipEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && !hidden(entry.getName())) {
                        unzip(archive, entry);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void unzip(ZipFile archive, ZipEntry entry) throws IOException {
        String name = baseName(entry.getName());
        long declared = Math.max(entry.getSize(), 0);
        if (isZip(name)) {
            documents.add(Unpacked.refused(name, declared, "batch.reason.zipInZip"));
        } else if (documents.size() >= MAX_DOCUMENTS) {
            documents.add(Unpacked.refused(name, declared, "batch.reason.tooMany"));
        } else if (declared > Documents.MAX_BYTES) {
            documents.add(Unpacked.refused(name, declared, "batch.reason.tooLarge"));
        } else if (declared > RATIO_CHECKED_FROM && declared > Math.max(entry.getCompressedSize(), 1) * MAX_INFLATE_RATIO) {
            documents.add(Unpacked.refused(name, declared, "batch.reason.zipBomb"));
        } else {
            byte[] bytes;
            try (InputStream in = archive.getInputStream(entry)) {
                // the declared size may lie: never more than the limit gets into memory
                bytes = readAtMost(in, Documents.MAX_BYTES + 1);
            } catch (ZipException damaged) {
                documents.add(Unpacked.refused(name, declared, "batch.reason.damagedEntry"));
                return;
            }
            if (bytes.length > RATIO_CHECKED_FROM && bytes.length > Math.max(entry.getCompressedSize(), 1) * MAX_INFLATE_RATIO) {
                documents.add(Unpacked.refused(name, bytes.length, "batch.reason.zipBomb"));
            } else {
                add(name, bytes);
            }
        }
    }

    private void add(String name, byte[] bytes) {
        if (documents.size() >= MAX_DOCUMENTS) {
            documents.add(Unpacked.refused(name, bytes.length, "batch.reason.tooMany"));
        } else if (bytes.length > Documents.MAX_BYTES) {
            documents.add(Unpacked.refused(name, bytes.length, "batch.reason.tooLarge"));
        } else if (totalBytes + bytes.length > MAX_TOTAL_BYTES) {
            documents.add(Unpacked.refused(name, bytes.length, "batch.reason.batchTooLarge"));
        } else {
            totalBytes += bytes.length;
            documents.add(Unpacked.document(name, bytes));
        }
    }

    /** Reads the entry up to {@code limit} bytes: a bomb never gets further than that into memory. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return out.toByteArray();
    }

    /** The entry's name without its folders, in NFC (macOS writes names decomposed). */
    static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).strip();
        return Normalizer.normalize(name.isEmpty() ? "tai-lieu" : name, Normalizer.Form.NFC);
    }

    private static boolean hidden(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || name.startsWith(".")
                || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini");
    }
}
