package vn.chitieu.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.document.DocumentException;
import vn.chitieu.extraction.ExtractionJson;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * The documents behind resolutions: reading a file without keeping it, and handing back a kept
 * resolution's original file and the text its spans point into.
 */
@RestController
@Tag(name = "Resolutions")
class ResolutionFileApi {
    static final String SHA256_HEADER = "X-Content-SHA256";
    private final Resolutions resolutions;
    private final ResolutionImport imports;

    ResolutionFileApi(Resolutions resolutions, ResolutionImport imports) {
        this.resolutions = resolutions;
        this.imports = imports;
    }

    @PostMapping(path = "/api/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one document and return what it contains; stores nothing",
            description = "The JSON of spec/extraction.md, exactly what `chitieu extract FILE` prints. "
                    + "A file that cannot be read answers 422 with a one-line reason.")
    ResponseEntity<String> extract(@RequestPart("file") MultipartFile file) throws DocumentException {
        SignedIn.actor();
        Upload upload = Upload.of(file);
        String json = ExtractionJson.write(imports.extract(upload.fileName(), upload.bytes()), false, null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    @GetMapping("/api/resolutions/{id}/source")
    @Operation(summary = "The original file, byte for byte",
            description = "With its media type, its original name in `Content-Disposition` and its SHA-256 in `X-Content-SHA256`.")
    ResponseEntity<byte[]> source(@PathVariable long id) {
        Optional<Actor> actor = CurrentActor.get();
        byte[] bytes = resolutions.source(id, actor);
        Resolution.SourceFile file = resolutions.get(id, actor).source();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.fileName()))
                .header(SHA256_HEADER, file.sha256()).body(bytes);
    }

    @GetMapping(path = "/api/resolutions/{id}/text", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "The text the extractor read, which the spans of indicators and targets point into")
    ResponseEntity<String> text(@PathVariable long id) {
        String text = resolutions.sourceText(id, CurrentActor.get())
                .orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "textNotFound"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(text);
    }
}
