package vn.chitieu.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's LibreOffice, headless, as the tests' proof that a generated document opens in an office
 * suite: a file it converts to PDF is one it could read. CI installs it (see .ci/run).
 */
public final class LibreOffice {
    static final Path EXECUTABLE = Path.of(System.getProperty("chitieu.test.soffice", "/usr/bin/soffice"));

    private LibreOffice() {}

    /** Converts {@code file} to PDF beside it and answers the PDF; fails with what to install when LibreOffice is missing. */
    public static Path toPdf(Path file) throws IOException, InterruptedException {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The report tests need LibreOffice at " + EXECUTABLE + ": install Debian's packages "
                    + "(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui), as .ci/run does");
        }
        Path dir = file.toAbsolutePath().getParent();
        // its own profile, so that conversions running at the same time do not wait on one another's lock
        Path profile = Files.createTempDirectory("chitieu-lo-");
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice took over 3 minutes to convert " + file);
            }
            output = new String(in.readAllBytes());
        }
        String name = file.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (process.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice could not convert " + file + " (exit " + process.exitValue() + "): " + output);
        }
        return pdf;
    }
}
