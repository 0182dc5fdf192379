package vn.chitieu.plan.web;

import java.io.IOException;
import java.text.Normalizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.document.Documents;

/**
 * An uploaded document: its name as the person's computer gave it (without any folder, in NFC) and
 * its bytes. A file over the readers' limit is refused here with 413 rather than read at all.
 */
record Upload(String fileName, byte[] bytes) {
    private static final long MB = 1024L * 1024L;

    static Upload of(MultipartFile file) {
        String name = fileName(file.getOriginalFilename());
        if (file.getSize() > Documents.MAX_BYTES) {
            // rounded up, so that a file just over the limit never reads as exactly the limit
            double megabytes = Math.ceil(file.getSize() * 10.0 / MB) / 10;
            throw new ApiRefusal(HttpStatus.PAYLOAD_TOO_LARGE, "tooLarge", name, megabytes, Documents.MAX_BYTES / MB);
        }
        try {
            return new Upload(name, file.getBytes());
        } catch (IOException e) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "uploadIncomplete", name);
        }
    }

    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "tai-lieu";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "tai-lieu" : Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
