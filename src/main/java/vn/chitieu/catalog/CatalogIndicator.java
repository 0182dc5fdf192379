package vn.chitieu.catalog;

import java.util.List;
import vn.chitieu.assessment.Nature;
import vn.chitieu.extraction.Target.Direction;

/**
 * A standard commune-level indicator that plans written in different words can be lined up on.
 *
 * @param code stable identifier, e.g. {@code RUNG-CHE-PHU}
 * @param unit the unit values are compared in; empty for an indicator that is achieved or not
 * @param source the legal text that defines it, or "recurring in resolutions"
 * @param synonyms the Vietnamese phrasings resolutions use for it
 */
public record CatalogIndicator(String code, String nameVi, String nameEn, String unit, Direction direction, Nature nature,
        String source, boolean active, List<String> synonyms) {

    public CatalogIndicator {
        unit = unit == null ? "" : unit.strip();
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** The name in the language asked for (Vietnamese unless English). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
