package vn.chitieu.batch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.batch.Batch;
import vn.chitieu.batch.BatchSummary;
import vn.chitieu.batch.Batches;

/**
 * Batch import through the API, for a province's officers and admins: hand in a ZIP (or several
 * files), follow the reading, confirm the communes, follow the import.
 */
@RestController
@RequestMapping(path = "/api/provinces/{code}/batches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Batch import", description = "Many communes' resolutions of one province handed in at once")
class BatchApi {
    private final Batches batches;
    private final MessageSource messages;

    BatchApi(Batches batches, MessageSource messages) {
        this.batches = batches;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hand in documents (a ZIP, or several files) for the province's communes",
            description = "Each document is read in the background for the commune its text names; GET the batch to follow it.")
    @ApiResponse(responseCode = "202", description = "the batch, its documents being read")
    ResponseEntity<BatchJson> create(@PathVariable String code, @RequestPart("files") List<MultipartFile> files, Locale locale) {
        Batch batch = batches.create(code, BatchUploads.files(files), BatchUploads.signedIn());
        return ResponseEntity.accepted().location(URI.create("/api/provinces/" + batch.provinceCode() + "/batches/" + batch.id()))
                .body(BatchJson.of(batch, messages, locale));
    }

    @GetMapping
    @Operation(summary = "The province's latest batches")
    List<BatchSummary> list(@PathVariable String code) {
        return batches.recent(code, BatchUploads.signedIn());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A batch: its progress and each document's state, commune and result")
    BatchJson get(@PathVariable String code, @PathVariable long id, Locale locale) {
        return BatchJson.of(batches.find(code, id, BatchUploads.signedIn()), messages, locale);
    }

    /** @param choices by document id: a commune's code to import it there, "-" to leave it out */
    record Confirmation(Map<Long, String> choices) {}

    @PostMapping(path = "/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm or correct the communes of documents read, and import them",
            description = "{\"choices\": {\"12\": \"01786\", \"13\": \"-\"}}: a commune's code queues the document for import as a DRAFT"
                    + " of that commune; \"-\" leaves it out; documents not named keep waiting.")
    @ApiResponse(responseCode = "202", description = "the batch, the confirmed documents being imported")
    ResponseEntity<BatchJson> confirm(@PathVariable String code, @PathVariable long id, @RequestBody Confirmation confirmation, Locale locale) {
        Map<Long, String> choices = confirmation.choices() == null ? Map.of() : confirmation.choices();
        return ResponseEntity.accepted().body(BatchJson.of(batches.confirm(code, id, choices, BatchUploads.signedIn()), messages, locale));
    }
}
