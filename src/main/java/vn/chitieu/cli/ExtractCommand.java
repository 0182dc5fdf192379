package vn.chitieu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.extraction.Extraction;
import vn.chitieu.extraction.ExtractionJson;
import vn.chitieu.extraction.Extractor;

/**
 * {@code extract FILE... [--out DIR] [--explain] [--bench [--warmup N] [--seconds N]]}: one file's JSON on standard output, or
 * one {@code <base name>.json} per file in DIR. Exit 0 when every file was read; 2 when any was not,
 * with one line per failed file on standard error (file, reason, what to do).
 */
public final class ExtractCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Extractor extractor = new Extractor();

    public ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("extract: " + e.getMessage());
            return 2;
        }
        if (options.bench()) {
            return new Bench(out, err, extractor).run(options.files(), options.warmUp(), options.seconds());
        }
        if (options.files().size() > 1 && options.out() == null) {
            err.println("extract: several files need --out DIR, the folder to write one <name>.json per file into");
            return 2;
        }
        if (options.out() != null) {
            try {
                Files.createDirectories(options.out());
            } catch (IOException e) {
                err.println("extract: cannot create the output folder " + options.out() + ": " + e.getMessage());
                return 2;
            }
        }
        int failed = 0;
        for (Path file : options.files()) {
            if (!extractOne(file, options)) {
                failed++;
            }
        }
        return failed == 0 ? 0 : 2;
    }

    private boolean extractOne(Path file, Options options) {
        String json;
        boolean complete;
        try {
            DocumentText text = Documents.read(file);
            Extraction extraction = extractor.extract(text);
            json = ExtractionJson.write(extraction, options.explain(), text.text());
            complete = !extraction.indicators().isEmpty() || extraction.document().indicatorsInAnnex();
            if (!complete) {
                err.println(file + ": không tìm thấy chỉ tiêu nào: văn bản này không giống nghị quyết về kế hoạch phát triển"
                        + " kinh tế - xã hội; hãy kiểm tra đã chọn đúng tệp chưa (JSON vẫn được ghi, kèm cảnh báo).");
            }
        } catch (DocumentException e) {
            err.println(file + ": " + e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            err.println(file + ": không đọc được do lỗi của chính Chỉ tiêu (" + e.getClass().getSimpleName()
                    + "); xin báo lỗi kèm tệp này để chúng tôi sửa.");
            return false;
        }
        if (options.out() == null) {
            out.println(json);
            return complete;
        }
        Path target = options.out().resolve(baseName(file) + ".json");
        try {
            Path partial = Files.createTempFile(options.out(), ".extract-", ".part");
            Files.writeString(partial, json + "\n", StandardCharsets.UTF_8);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println(file + ": the result could not be written to " + target + ": " + e.getMessage());
            return false;
        }
        return complete;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    record Options(List<Path> files, Path out, boolean explain, boolean bench, int warmUp, int seconds) {
        static Options parse(String[] args) {
            List<Path> files = new ArrayList<>();
            Path out = null;
            boolean explain = false;
            boolean bench = false;
            int seconds = 10;
            int warmUp = 5;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(value(args, ++i, "--out needs a folder"));
                    case "--explain" -> explain = true;
                    case "--bench" -> bench = true;
                    case "--seconds" -> seconds = seconds("--seconds", value(args, ++i, "--seconds needs a number"));
                    case "--warmup" -> warmUp = seconds("--warmup", value(args, ++i, "--warmup needs a number"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]
                                    + "; the options are --out DIR, --explain, --bench, --seconds N, --warmup N");
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("name at least one file to read, e.g. extract nghi-quyet.pdf");
            }
            return new Options(files, out, explain, bench, warmUp, seconds);
        }

        private static String value(String[] args, int i, String message) {
            if (i >= args.length) {
                throw new IllegalArgumentException(message);
            }
            return args[i];
        }

        private static int seconds(String option, String value) {
            try {
                int s = Integer.parseInt(value.strip());
                if (s < 1 || s > 3600) {
                    throw new NumberFormatException();
                }
                return s;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s takes a whole number from 1 to 3600, not '%s'", option, value));
            }
        }
    }
}
