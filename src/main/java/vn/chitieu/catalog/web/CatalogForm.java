package vn.chitieu.catalog.web;

import java.util.Arrays;
import java.util.List;
import vn.chitieu.assessment.Nature;
import vn.chitieu.catalog.CatalogIndicator;
import vn.chitieu.extraction.Target.Direction;

/** The administrator's form of one indicator; synonyms one a line. */
record CatalogForm(String code, String nameVi, String nameEn, String unit, String direction, String nature, String source, Boolean active,
        String synonyms) {

    static CatalogForm empty() {
        return new CatalogForm("", "", "", "", "UP", "STOCK", "recurring in resolutions", true, "");
    }

    static CatalogForm of(CatalogIndicator indicator) {
        return new CatalogForm(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.unit(), indicator.direction().name(),
                indicator.nature().name(), indicator.source(), indicator.active(), String.join("\n", indicator.synonyms()));
    }

    /** The indicator the form describes; the code as given for a new one, the edited one's otherwise. */
    CatalogIndicator indicator(String fixedCode) {
        List<String> lines = synonyms == null ? List.of()
                : Arrays.stream(synonyms.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        String theCode = fixedCode != null ? fixedCode : code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return new CatalogIndicator(theCode, strip(nameVi), strip(nameEn), strip(unit), choice(Direction.class, direction),
                choice(Nature.class, nature), strip(source), Boolean.TRUE.equals(active), lines);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
