package vn.chitieu.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.search.Search;
import vn.chitieu.search.SearchHit;
import vn.chitieu.search.SearchKind;
import vn.chitieu.search.SearchResults;
import vn.chitieu.search.Snippet;
import vn.chitieu.security.CurrentActor;

/**
 * {@code GET /api/search?q=che phu rung&limit=20}: what the caller may see that holds every word,
 * best first; a blank query or a limit out of 1–50 answers a 400 problem that says so.
 */
@RestController
@Tag(name = "Search", description = "Resolutions, indicators, targets and tasks, with or without diacritics")
class SearchApi {
    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    /** One result: {@code title} is the resolution's number and title, {@code snippet} the text that matched. */
    record HitJson(SearchKind kind, long resolutionId, long partId, Unit unit, String title, String snippet,
            List<Snippet.Highlight> highlights, String snippetHtml, String url) {

        record Unit(String code, String name) {}

        static HitJson of(SearchHit hit) {
            String title = ((hit.resolutionNumber() == null ? "" : hit.resolutionNumber() + " ")
                    + (hit.resolutionTitle() == null ? "" : hit.resolutionTitle())).strip();
            return new HitJson(hit.kind(), hit.resolutionId(), hit.partId(), new Unit(hit.unitCode(), hit.unitName()), title,
                    hit.snippet().text(), hit.snippet().highlights(), hit.snippet().html(), "/resolutions/" + hit.resolutionId());
        }
    }

    record ResultsJson(String query, List<String> words, List<HitJson> results, boolean more) {}

    @GetMapping("/api/search")
    @Operation(summary = "Search what the caller may see",
            description = "Every word must be found (without diacritics: 'che phu rung' finds 'che phủ rừng'; the last word as a prefix). "
                    + "Highlights are offsets into snippet, and snippetHtml is the snippet escaped with the words in <mark>. "
                    + "Visitors find published resolutions only; archived ones are never found.")
    ResultsJson search(@Parameter(description = "the words to look for, at most 200 characters") @RequestParam(name = "q") String q,
            @Parameter(description = "results at most, 1 to 50") @RequestParam(name = "limit", defaultValue = "" + Search.DEFAULT_LIMIT) int limit) {
        SearchResults found = search.find(q, limit, CurrentActor.get());
        return new ResultsJson(q, found.words(), found.hits().stream().map(HitJson::of).toList(), found.more());
    }
}
