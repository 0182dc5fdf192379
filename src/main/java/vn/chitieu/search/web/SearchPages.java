package vn.chitieu.search.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.search.Search;
import vn.chitieu.search.SearchRefused;
import vn.chitieu.security.CurrentActor;

/** {@code /search?q=}: the search page, reached from the box in every page's header; what cannot be searched is said on the page. */
@Controller
class SearchPages {
    static final int PAGE_LIMIT = Search.MAX_LIMIT;
    private final Search search;
    private final MessageSource messages;

    SearchPages(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model, Locale locale) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("limit", PAGE_LIMIT);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.find(q, PAGE_LIMIT, CurrentActor.get()));
            } catch (SearchRefused refused) {
                model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.args(), locale));
            }
        }
        return "search/search";
    }
}
