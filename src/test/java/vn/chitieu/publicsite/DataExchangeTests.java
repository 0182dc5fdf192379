package vn.chitieu.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataExchangeTests {
    private static final List<OpenDataRow> ROWS = List.of(
            row(1L, "2026-H1", new BigDecimal("70.1"), false, null, "%"),
            row(2L, "2026", new BigDecimal("1306.5"), true, null, "triệu đồng"),
            row(3L, "2026", new BigDecimal("5"), false, null, "km"),
            row(4L, "2026-9M", new BigDecimal("12"), false, null, "%"),
            row(5L, "2026-03", null, null, true, null),
            row(6L, null, null, null, null, "%"));
    private static final Map<Long, String> CODES = Map.of(1L, "RUNG-CHE-PHU", 2L, "NS-THU", 4L, "X", 5L, "NTM-DAT", 6L, "Y");

    @Test
    void writesADhis2DataValueSetOfTheMappedValues() throws Exception {
        JsonNode set = new ObjectMapper().readTree(DataExchange.dhis2(ROWS, CODES));
        JsonNode values = set.get("dataValues");
        assertThat(values).hasSize(3);
        assertThat(values.get(0).get("dataElement").asText()).isEqualTo("RUNG-CHE-PHU");
        assertThat(values.get(0).get("period").asText()).isEqualTo("2026S1");
        assertThat(values.get(0).get("orgUnit").asText()).isEqualTo("01786");
        assertThat(values.get(0).get("value").asText()).isEqualTo("70.1");
        assertThat(values.get(0).has("comment")).isFalse();
        assertThat(values.get(1).get("value").asText()).isEqualTo("1306.5");
        assertThat(values.get(1).get("comment").asText()).isEqualTo("estimate");
        assertThat(values.get(2).get("period").asText()).isEqualTo("202603");
        assertThat(values.get(2).get("value").asText()).isEqualTo("true");
    }

    @Test
    void keepsOneValuePerDataElementPeriodAndUnitTheNewestPlansAndGuardsFormulas() throws Exception {
        List<OpenDataRow> rows = List.of(row(1L, "2026", new BigDecimal("70"), false, null, "=HYPERLINK(\"x\")"),
                row(2L, "2026", new BigDecimal("65"), false, null, "%"));
        JsonNode values = new ObjectMapper().readTree(DataExchange.dhis2(rows, Map.of(1L, "RUNG-CHE-PHU", 2L, "RUNG-CHE-PHU")))
                .get("dataValues");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("value").asText()).isEqualTo("70");
        assertThat(new String(DataExchange.openSdg(rows, Map.of(1L, "RUNG-CHE-PHU")), StandardCharsets.UTF_8))
                .contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void convertsEveryKindOfPeriodDhis2Knows() {
        assertThat(DataExchange.dhis2Period("2026")).isEqualTo("2026");
        assertThat(DataExchange.dhis2Period("2026-H2")).isEqualTo("2026S2");
        assertThat(DataExchange.dhis2Period("2026-Q3")).isEqualTo("2026Q3");
        assertThat(DataExchange.dhis2Period("2026-11")).isEqualTo("202611");
        assertThat(DataExchange.dhis2Period("2026-9M")).isNull();
    }

    @Test
    void writesAnOpenSdgCsvWithYearSeriesUnitsGeoCodeAndValue() {
        String csv = new String(DataExchange.openSdg(ROWS, CODES), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFYear,Period,Series,Units,GeoCode,Value\r\n");
        assertThat(csv.split("\r\n")).containsExactly("\uFEFFYear,Period,Series,Units,GeoCode,Value",
                "2026,2026-H1,RUNG-CHE-PHU,\"%\",01786,70.1", "2026,2026,NS-THU,\"triệu đồng\",01786,1306.5",
                "2026,2026-9M,X,\"%\",01786,12");
    }

    private static OpenDataRow row(Long target, String period, BigDecimal value, Boolean estimate, Boolean achieved, String unit) {
        return new OpenDataRow("01786", "xã Đông Khê", "tỉnh Cao Bằng", "32/NQ-HĐND", 1, "subject", unit, "plan", period, value,
                estimate, achieved, null, "MET", "Đạt", null, target);
    }
}
