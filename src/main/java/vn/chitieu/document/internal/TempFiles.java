package vn.chitieu.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the page images and OCR output that readers leave in the temporary directory. */
final class TempFiles {

    private TempFiles() {}

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
