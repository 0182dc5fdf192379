package vn.chitieu.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chitieu.catalog.Catalog;
import vn.chitieu.catalog.CatalogIndicator;
import vn.chitieu.catalog.CatalogMappings;
import vn.chitieu.plan.Resolution;

/** What the review page shows of the catalogue: each saved target's indicator, proposed or confirmed, and the indicators to choose from. */
@Component
class CatalogView {
    private final Catalog catalog;
    private final CatalogMappings mappings;

    CatalogView(Catalog catalog, CatalogMappings mappings) {
        this.catalog = catalog;
        this.mappings = mappings;
    }

    /** An indicator to choose: its code and its name in the page's language. */
    record Choice(String code, String name) {}

    void addTo(Model model, Resolution resolution, Locale locale) {
        List<CatalogIndicator> all = catalog.all();
        model.addAttribute("mappings", mappings.of(resolution));
        model.addAttribute("catalogNames", all.stream().collect(Collectors.toMap(CatalogIndicator::code, i -> i.name(locale))));
        model.addAttribute("catalogChoices", all.stream().filter(CatalogIndicator::active).map(i -> new Choice(i.code(), i.name(locale)))
                .sorted(java.util.Comparator.comparing(Choice::name)).toList());
    }

}
