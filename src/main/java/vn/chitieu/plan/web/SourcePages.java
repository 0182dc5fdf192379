package vn.chitieu.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.CurrentActor;

/** The original file of a resolution, byte for byte, and the pages of a PDF as pictures, for whoever may read it. */
@Controller
class SourcePages {
    private final Resolutions resolutions;
    private final PdfPages pdfPages;

    SourcePages(Resolutions resolutions, PdfPages pdfPages) {
        this.resolutions = resolutions;
        this.pdfPages = pdfPages;
    }

    @GetMapping("/resolutions/{id}/source")
    ResponseEntity<byte[]> source(@PathVariable long id) {
        Resolution resolution = resolutions.get(id, CurrentActor.get());
        byte[] bytes = resolutions.source(id, CurrentActor.get());
        Resolution.SourceFile file = resolution.source();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(bytes);
    }

    @GetMapping("/resolutions/{id}/pages/{n}.png")
    ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable int n) {
        Resolution resolution = resolutions.get(id, CurrentActor.get());
        if (!pdfPages.isPdf(resolution)) {
            return ResponseEntity.notFound().build();
        }
        return pdfPages.png(resolution, n, () -> resolutions.source(id, CurrentActor.get()))
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
