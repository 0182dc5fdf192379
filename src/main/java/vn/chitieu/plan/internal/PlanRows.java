package vn.chitieu.plan.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;

/**
 * The columns of a new resolution, indicator, target and task, as the repository inserts them: one
 * place that says what a row holds, for the repository and for writers that insert many rows at once
 * (the sample-data generator), so both write the same rows.
 */
public final class PlanRows {
    private final ResolutionRows rows;

    public PlanRows(ObjectMapper json) {
        this.rows = new ResolutionRows(json);
    }

    public Map<String, Object> resolution(Resolution resolution) {
        Map<String, Object> columns = rows.columns(resolution);
        columns.put("source_file_id", resolution.source() == null ? null : resolution.source().id());
        columns.put("source_text", null);
        columns.put("created_by", resolution.createdBy());
        columns.put("created_at", Timestamp.from(resolution.createdAt()));
        return columns;
    }

    public static Map<String, Object> indicator(long resolutionId, Indicator indicator, int position) {
        Map<String, Object> columns = PartRows.indicatorColumns(indicator, position);
        columns.put("resolution_id", resolutionId);
        return columns;
    }

    public static Map<String, Object> target(long indicatorId, Target target, int position) {
        Map<String, Object> columns = PartRows.targetColumns(target, position);
        columns.put("indicator_id", indicatorId);
        return columns;
    }

    public static Map<String, Object> task(long resolutionId, Task task, int position) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("resolution_id", resolutionId);
        columns.put("position", position);
        columns.put("title", task.title());
        columns.put("ref", task.ref());
        return columns;
    }
}
