package vn.chitieu.publicsite;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the open data, the same in CSV and JSON (docs/open-data.md describes each column):
 * a target of a published resolution with one approved result, or without any yet.
 */
@JsonPropertyOrder({"unit_code", "commune", "province", "resolution_number", "indicator_no", "target_subject", "unit", "plan",
    "period", "value", "estimate", "achieved", "achieved_on", "status", "status_text", "percent_of_plan"})
public record OpenDataRow(
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("commune") String commune,
        @JsonProperty("province") String province,
        @JsonProperty("resolution_number") String resolutionNumber,
        @JsonProperty("indicator_no") int indicatorNo,
        @JsonProperty("target_subject") String targetSubject,
        @JsonProperty("unit") String unit,
        @JsonProperty("plan") String plan,
        @JsonProperty("period") String period,
        @JsonProperty("value") BigDecimal value,
        @JsonProperty("estimate") Boolean estimate,
        @JsonProperty("achieved") Boolean achieved,
        @JsonProperty("achieved_on") LocalDate achievedOn,
        @JsonProperty("status") String status,
        @JsonProperty("status_text") String statusText,
        @JsonProperty("percent_of_plan") BigDecimal percentOfPlan,
        /** The target the row is about, for the exchanges that name indicators by catalogue code; not in the files. */
        @JsonIgnore Long targetId) {}
