package vn.chitieu.document.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.chitieu.document.DocumentException;

/**
 * Recognises Vietnamese text in page images by running the {@code tesseract} program (Debian packages
 * tesseract-ocr and tesseract-ocr-vie), one page at a time, each under a time limit.
 */
public final class Ocr {

    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration LIST_LANGUAGES_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Page segmentation 4 (one column of text of variable sizes): on a rendered seed page with a
     * two-column letterhead it read 99.7% of the words, as modes 3, 6 and 11 did, without mode 6's
     * blank line after every line of the letterhead.
     */
    private static final String PAGE_SEGMENTATION = "4";

    private final String program;
    private final Duration pageTimeout;
    private volatile boolean installed;

    public Ocr() {
        this("tesseract", PAGE_TIMEOUT);
    }

    Ocr(String program, Duration pageTimeout) {
        this.program = program;
        this.pageTimeout = pageTimeout;
    }

    /** Whether the program and its Vietnamese data are installed on this machine. */
    public boolean isAvailable() {
        try {
            ensureInstalled("");
            return true;
        } catch (DocumentException e) {
            return false;
        }
    }

    /** Fails with the Debian packages to install when tesseract or its Vietnamese data is missing. */
    void ensureInstalled(String fileName) throws DocumentException {
        if (installed) {
            return;
        }
        Path workDirectory = TempFiles.directory(fileName);
        try {
            Path output = workDirectory.resolve("languages.txt");
            Process process = start(List.of(program, "--list-langs"), output, workDirectory.resolve("errors.txt"));
            if (!finished(process, LIST_LANGUAGES_TIMEOUT) || process.exitValue() != 0) {
                throw Refusals.ocrMissing(fileName, "chương trình nhận dạng chữ tesseract chạy được");
            }
            if (Files.readAllLines(output, StandardCharsets.UTF_8).stream().map(String::strip).noneMatch("vie"::equals)) {
                throw Refusals.ocrMissing(fileName, "dữ liệu tiếng Việt cho tesseract");
            }
            installed = true;
        } catch (IOException e) {
            throw Refusals.ocrMissing(fileName, "chương trình nhận dạng chữ tesseract");
        } finally {
            TempFiles.delete(workDirectory);
        }
    }

    /**
     * The text tesseract reads in one image (a multi-page TIFF gives its pages separated by form feeds),
     * its lines joined into paragraphs; {@code page} (from 1) is only for messages.
     */
    String read(Path image, String fileName, int page) throws DocumentException {
        ensureInstalled(fileName);
        Path output = image.resolveSibling(image.getFileName() + ".txt");
        Path errors = image.resolveSibling(image.getFileName() + ".err");
        try {
            Process process = start(List.of(program, image.toString(), "stdout", "-l", "vie",
                    "--psm", PAGE_SEGMENTATION, "tsv"), output, errors);
            if (!finished(process, pageTimeout)) {
                throw Refusals.ocrTimedOut(fileName, page, pageTimeout.toSeconds());
            }
            if (process.exitValue() != 0) {
                String detail = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw Refusals.ocrFailed(fileName, page, new IOException("tesseract exited with "
                        + process.exitValue() + ": " + detail));
            }
            return OcrLines.parse(Files.readString(output, StandardCharsets.UTF_8)).stream()
                    .map(Paragraphs::of)
                    .collect(Collectors.joining("\f"));
        } catch (IOException e) {
            throw Refusals.ocrFailed(fileName, page, e);
        } finally {
            TempFiles.delete(output);
            TempFiles.delete(errors);
        }
    }

    private static Process start(List<String> command, Path output, Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile());
        // with OpenMP threads one page took 18 s instead of 2.3 s on a two-core machine
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return builder.start();
    }

    /** Waits for the process; one that overruns is killed, and so is one whose caller is interrupted. */
    private static boolean finished(Process process, Duration timeout) throws IOException {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for tesseract", e);
        }
    }
}
