package vn.chitieu.geography.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.web.NotFound;

/**
 * The pages of administrative units: {@code /units} lists the provinces and searches ({@code ?q=}
 * without JavaScript; {@code /units/search?q=} answers the results alone, for htmx as one types),
 * {@code /units/{code}} shows a province with its communes, or a commune.
 */
@Controller
@RequestMapping("/units")
class UnitPagesController {
    static final int SEARCH_LIMIT = 50;
    private final AdministrativeUnits units;

    UnitPagesController(AdministrativeUnits units) {
        this.units = units;
    }

    @GetMapping
    String index(@RequestParam(name = "q", required = false) String q, Model model) {
        results(q, model);
        return "units/index";
    }

    /** The results alone for htmx; the whole page for an address opened or bookmarked by hand. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        results(q, model);
        return htmx == null ? "units/index" : "units/results :: update";
    }

    @GetMapping("/{code}")
    String unit(@PathVariable("code") String code, Model model) {
        AdministrativeUnit unit = units.find(code).orElseThrow(() -> new NotFound("unit.notFound", code));
        model.addAttribute("unit", unit);
        if (unit.level() == AdministrativeUnit.Level.PROVINCE) {
            model.addAttribute("communes", units.communesOf(code));
        } else {
            model.addAttribute("province", units.find(unit.provinceCode()).orElseThrow());
        }
        return "units/unit";
    }

    private void results(String q, Model model) {
        List<AdministrativeUnit> provinces = units.provinces();
        String query = q == null || q.isBlank() ? null : q.trim();
        model.addAttribute("q", query);
        model.addAttribute("limit", SEARCH_LIMIT);
        model.addAttribute("units", query == null ? provinces : units.search(query, null, SEARCH_LIMIT));
        model.addAttribute("provinces", provinces.stream().collect(Collectors.toMap(AdministrativeUnit::code, Function.identity())));
    }
}
