package vn.chitieu.publicsite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chitieu.assessment.Period;
import vn.chitieu.web.Csv;

/**
 * A commune's approved results in the forms other tools read (docs/open-data.md gives the
 * mapping): a DHIS2 {@code dataValueSets} JSON, and an Open SDG-style CSV. Both name an indicator by
 * its catalogue code, so only targets mapped to the catalogue are in them.
 */
public final class DataExchange {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataExchange() {}

    /**
     * {"dataValues": [{"dataElement", "period", "orgUnit", "value", "comment"}]}: the data element
     * is the catalogue code and the organisation unit the administrative unit's code, to be mapped
     * to a DHIS2 instance's own identifiers on import; a milestone is "true" or "false".
     */
    public static byte[] dhis2(List<OpenDataRow> rows, Map<Long, String> codes) {
        ObjectNode set = JSON.createObjectNode();
        ArrayNode values = set.putArray("dataValues");
        java.util.Set<String> written = new java.util.HashSet<>();
        for (OpenDataRow row : rows) {
            String code = codes.get(row.targetId());
            String period = row.period() == null ? null : dhis2Period(row.period());
            String value = row.value() != null ? row.value().toPlainString() : row.achieved() != null ? row.achieved().toString() : null;
            // one value per data element, period and unit: the first, from the newest plan (DHIS2 would keep either)
            if (code == null || period == null || value == null || !written.add(code + "|" + period + "|" + row.unitCode())) {
                continue;
            }
            ObjectNode v = values.addObject();
            v.put("dataElement", code);
            v.put("period", period);
            v.put("orgUnit", row.unitCode());
            v.put("value", value);
            if (Boolean.TRUE.equals(row.estimate())) {
                v.put("comment", "estimate");
            }
        }
        try {
            return JSON.writeValueAsBytes(set);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One row per value: Year, Period, Series (the catalogue code), Units, GeoCode, Value, the columns
     * an Open SDG data file has (the period beside the year, as communes report half-years too).
     */
    public static byte[] openSdg(List<OpenDataRow> rows, Map<Long, String> codes) {
        StringBuilder csv = new StringBuilder("Year,Period,Series,Units,GeoCode,Value\r\n");
        for (OpenDataRow row : rows) {
            String code = codes.get(row.targetId());
            if (code == null || row.period() == null || row.value() == null) {
                continue;
            }
            Period period = Period.parse(row.period());
            List<String> cells = new ArrayList<>(List.of(String.valueOf(period.year()), period.code(), code,
                    Csv.text(row.unit() == null ? "" : row.unit()), row.unitCode(), row.value().toPlainString()));
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return Csv.withByteOrderMark(csv.toString());
    }

    /** DHIS2's period for ours: 2026, 2026S1, 2026Q3, 202603; none for nine months, which DHIS2 has no type for. */
    static String dhis2Period(String code) {
        Period period = Period.parse(code);
        return switch (period.kind()) {
            case YEAR -> String.valueOf(period.year());
            case HALF_YEAR -> period.year() + "S" + period.number();
            case QUARTER -> period.year() + "Q" + period.number();
            case MONTH -> period.year() + (period.number() < 10 ? "0" : "") + period.number();
            case NINE_MONTHS -> null;
        };
    }
}
