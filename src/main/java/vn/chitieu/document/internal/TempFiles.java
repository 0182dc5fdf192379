package vn.chitieu.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.chitieu.document.DocumentException;

/** Private temporary directories for page images and OCR output, and their removal afterwards. */
final class TempFiles {

    private TempFiles() {}

    /** A new private directory for one reading's files; a failure here is the server's, not the file's. */
    static Path directory(String fileName) throws DocumentException {
        try {
            return Files.createTempDirectory("chitieu-");
        } catch (IOException e) {
            throw Refusals.temporaryStorage(fileName, e);
        }
    }

    /** Deletes a file, or a directory with everything in it; a null path or a missing file is fine. */
    static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(TempFiles::deleteQuietly);
        } catch (IOException e) {
            deleteQuietly(path);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
