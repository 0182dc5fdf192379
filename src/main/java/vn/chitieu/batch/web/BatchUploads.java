package vn.chitieu.batch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.batch.BatchFile;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/** What the pages and the API share: the uploaded files as a batch takes them, and the person handing them in. */
final class BatchUploads {
    private BatchUploads() {}

    static List<BatchFile> files(List<MultipartFile> uploads) {
        List<BatchFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
                continue; // a form sent with no file chosen
            }
            try {
                files.add(new BatchFile(fileName(upload.getOriginalFilename()), upload.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The name without the folders some browsers send, in NFC. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "tai-lieu";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "tai-lieu" : Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** The signed-in person; someone not signed in is sent to sign in (a page) or answered 401 (the API). */
    static Actor signedIn() {
        return CurrentActor.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }
}
