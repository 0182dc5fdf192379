package vn.chitieu.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/** What a unit measures, for telling whether a target's number can be a value of an indicator. */
enum UnitKind {
    PERCENT,
    MONEY,
    MASS,
    AREA,
    LENGTH,
    /** Visits, heads of livestock, people, households, schools, villages: things counted. */
    COUNT,
    /** No unit: an indicator achieved or not, or a target whose unit was not written. */
    NONE,
    OTHER;

    /** "triệu đồng", "tỷ đồng/người/năm", "nghìn USD"; not "lao động", which folds to "lao dong". */
    private static final Pattern MONEY_UNIT = Pattern.compile("((trieu|ty|ti|nghin|ngan|tram) )?(dong|usd|vnd)( .*)?|tr d|trd");
    private static final Set<String> MASS_UNITS = Set.of("tan", "ta", "kg", "nghin tan", "tan nam");
    private static final Set<String> AREA_UNITS = Set.of("ha", "hecta", "hec ta", "m2", "km2", "sao", "mau");
    private static final Set<String> LENGTH_UNITS = Set.of("km", "m", "met", "kilomet");
    private static final Set<String> OTHER_UNITS = Set.of("thu hang", "diem", "chi so", "lan");

    static UnitKind of(String unit) {
        String u = Phrases.fold(unit);
        if (u.isEmpty()) {
            return NONE;
        }
        if (u.equals("%") || u.equals("phan tram")) {
            return PERCENT;
        }
        if (MONEY_UNIT.matcher(u).matches()) {
            return MONEY;
        }
        if (MASS_UNITS.contains(u)) {
            return MASS;
        }
        if (AREA_UNITS.contains(u)) {
            return AREA;
        }
        if (LENGTH_UNITS.contains(u)) {
            return LENGTH;
        }
        return OTHER_UNITS.contains(u) ? OTHER : COUNT;
    }
}
