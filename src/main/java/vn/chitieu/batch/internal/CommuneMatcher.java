package vn.chitieu.batch.internal;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import vn.chitieu.extraction.DocumentInfo.UnitRef;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.UnitNames;

/**
 * Finds the commune a resolution is for among a province's communes, from the unit its text names:
 * the name without diacritics or case ("Đông Khê" = "DONG KHE"), the type ("xã", "phường") where two
 * communes share a name, and no commune at all when the text names another province.
 */
public final class CommuneMatcher {
    private final AdministrativeUnit province;
    private final List<AdministrativeUnit> communes;

    public CommuneMatcher(AdministrativeUnit province, List<AdministrativeUnit> communes) {
        this.province = province;
        this.communes = List.copyOf(communes);
    }

    public Optional<AdministrativeUnit> match(UnitRef unit) {
        if (unit == null || unit.name() == null || unit.name().isBlank()) {
            return Optional.empty();
        }
        if (unit.province() != null && !UnitNames.searchKey(unit.province()).equals(UnitNames.searchKey(province.name()))) {
            return Optional.empty();
        }
        String name = UnitNames.searchKey(unit.name());
        List<AdministrativeUnit> named = communes.stream().filter(commune -> UnitNames.searchKey(commune.name()).equals(name)).toList();
        if (named.size() > 1 && unit.level() != null) {
            String type = UnitNames.searchKey(unit.level());
            named = named.stream().filter(commune -> UnitNames.searchKey(commune.type()).equals(type)).toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The unit as the document names it, for the person who checks the match: "xã Khoen On, tỉnh Lai Châu". */
    public static String described(UnitRef unit) {
        if (unit == null || unit.name() == null || unit.name().isBlank()) {
            return null;
        }
        StringJoiner text = new StringJoiner(", ");
        text.add(unit.level() == null ? unit.name() : unit.level() + " " + unit.name());
        if (unit.province() != null) {
            text.add(unit.province());
        }
        return text.toString();
    }
}
