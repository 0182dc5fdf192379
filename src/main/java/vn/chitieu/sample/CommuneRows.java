package vn.chitieu.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;
import vn.chitieu.plan.internal.PlanRows;
import vn.chitieu.sample.CommuneSample.Entry;
import vn.chitieu.sample.CommuneSample.PlanSample;
import vn.chitieu.sample.CommuneSample.Report;
import vn.chitieu.sample.CommuneSample.Step;
import vn.chitieu.sample.People.Person;

/**
 * A commune's sample as the rows the application itself would have written for it: the accounts,
 * each resolution with its parts (the columns of {@link PlanRows}), each value, each period's report,
 * and, in the order it happened, the history an import, an adoption, the entries and the reports
 * leave (the same JSON the application records).
 */
final class CommuneRows {
    private final PlanRows planRows;
    private final ObjectMapper json;
    private final String passwordHash;
    private final Ids ids;

    CommuneRows(ObjectMapper json, String passwordHash, Ids ids) {
        this.planRows = new PlanRows(json);
        this.json = json;
        this.passwordHash = passwordHash;
        this.ids = ids;
    }

    /** The next ids of the tables that have one; given in the order communes are generated, so a seed gives the same ids. */
    static final class Ids {
        private final Map<String, Long> next = new LinkedHashMap<>();

        Ids(Map<String, Long> highest) {
            highest.forEach((table, id) -> next.put(table, id + 1));
        }

        long next(String table) {
            long id = next.get(table);
            next.put(table, id + 1);
            return id;
        }
    }

    void add(CommuneSample sample, SampleRows rows) {
        for (Person person : sample.people()) {
            addAccount(person, sample.plans().get(0).resolution().createdAt(), rows);
        }
        for (PlanSample plan : sample.plans()) {
            addPlan(plan, rows);
        }
        rows.communeDone();
    }

    void addAccount(Person person, Instant created, SampleRows rows) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", ids.next("account"));
        row.put("username", person.username());
        row.put("display_name", person.displayName());
        row.put("password_hash", passwordHash);
        row.put("role", person.role().name());
        row.put("unit_code", person.unitCode());
        row.put("created_at", Timestamp.from(created));
        rows.add("account", row);
    }

    private void addPlan(PlanSample plan, SampleRows rows) {
        Resolution resolution = plan.resolution();
        long id = ids.next("resolution");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.putAll(planRows.resolution(resolution));
        row.put("version", resolution.version());
        rows.add("resolution", row);
        List<Event> events = new ArrayList<>();
        Resolution draft = new Resolution(id, resolution.unitCode(), ResolutionStatus.DRAFT, false, 0, resolution.content(), null,
                resolution.createdBy(), resolution.createdAt(), resolution.createdBy(), resolution.createdAt(), null, null);
        events.add(new Event("resolution", id, Action.CREATE, resolution.createdBy(), resolution.createdAt(), null, Resolutions.head(draft)));
        List<Long> targetIds = new ArrayList<>();
        List<Indicator> indicators = resolution.content().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            long indicatorId = ids.next("indicator");
            rows.add("indicator", withId(indicatorId, PlanRows.indicator(id, indicator, i)));
            events.add(created("indicator", indicatorId, resolution, indicator.withIdAndTargets(indicatorId, List.of())));
            for (int t = 0; t < indicator.targets().size(); t++) {
                Target target = indicator.targets().get(t);
                long targetId = ids.next("target");
                targetIds.add(targetId);
                rows.add("target", withId(targetId, PlanRows.target(indicatorId, target, t)));
                events.add(created("target", targetId, resolution, target.withId(targetId)));
            }
        }
        List<Task> tasks = resolution.content().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            long taskId = ids.next("task");
            rows.add("task", withId(taskId, PlanRows.task(id, tasks.get(i), i)));
            events.add(created("task", taskId, resolution, tasks.get(i).withId(taskId)));
        }
        Resolution adopted = new Resolution(id, resolution.unitCode(), ResolutionStatus.ADOPTED, false, 1, resolution.content(), null,
                resolution.createdBy(), resolution.createdAt(), resolution.updatedBy(), resolution.adoptedAt(), resolution.adoptedAt(), null);
        events.add(new Event("resolution", id, Action.ADOPT, resolution.updatedBy(), resolution.adoptedAt(), Resolutions.head(draft),
                Resolutions.head(adopted)));
        if (resolution.publishedAt() != null) {
            events.add(new Event("resolution", id, Action.PUBLISH, resolution.updatedBy(), resolution.publishedAt(), Resolutions.head(adopted),
                    Resolutions.head(resolution)));
        }
        for (Entry entry : plan.values()) {
            addValue(entry, id, targetIds.get(entry.target()), rows, events);
        }
        for (Report report : plan.reports()) {
            addReport(report, id, rows, events);
        }
        events.sort(Comparator.comparing(Event::at));
        events.forEach(event -> rows.add("audit_event", event.row(ids.next("audit_event"), id, json)));
    }

    private void addValue(Entry entry, long resolutionId, long targetId, SampleRows rows, List<Event> events) {
        long id = ids.next("actual_value");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("target_id", targetId);
        row.put("resolution_id", resolutionId);
        row.put("period", entry.period().code());
        row.put("amount", entry.value());
        row.put("achieved", entry.achieved());
        row.put("achieved_on", entry.on() == null ? null : Date.valueOf(entry.on()));
        row.put("estimate", entry.estimate());
        row.put("note", entry.note());
        row.put("version", 1);
        row.put("entered_by", entry.by());
        row.put("entered_at", Timestamp.from(entry.at()));
        rows.add("actual_value", row);
        // as the application records it: the value read back, NUMERIC(24, 6)
        BigDecimal stored = entry.value() == null ? null : entry.value().setScale(6);
        events.add(new Event("actual", id, Action.CREATE, entry.by(), entry.at(), null, new ActualValue(id, targetId, resolutionId,
                entry.period().code(), stored, entry.achieved(), entry.on(), entry.estimate(), entry.note(), 1, entry.by(), entry.at())));
    }

    private static void addReport(Report report, long resolutionId, SampleRows rows, List<Event> events) {
        if (report.steps().isEmpty()) {
            return;
        }
        Step last = report.steps().get(report.steps().size() - 1);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("resolution_id", resolutionId);
        row.put("period", report.period().code());
        row.put("status", report.status().name());
        row.put("version", report.steps().size());
        row.put("reason", report.reason());
        row.put("changed_by", last.by());
        row.put("changed_at", Timestamp.from(last.at()));
        rows.add("reporting_period", row);
        for (Step step : report.steps()) {
            Map<String, String> after = new LinkedHashMap<>(Map.of("period", report.period().code(), "status", step.to().name()));
            if (step.reason() != null) {
                after.put("reason", step.reason());
            }
            events.add(new Event("report", resolutionId, Action.UPDATE, step.by(), step.at(),
                    Map.of("period", report.period().code(), "status", step.from().name()), after));
        }
    }

    private static Event created(String type, long id, Resolution resolution, Object after) {
        return new Event(type, id, Action.CREATE, resolution.createdBy(), resolution.createdAt(), null, after);
    }

    private static Map<String, Object> withId(long id, Map<String, Object> columns) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.putAll(columns);
        return row;
    }

    /** A change as {@code AuditTrail.record} keeps it. */
    private record Event(String type, long entityId, Action action, String actor, Instant at, Object before, Object after) {
        Map<String, Object> row(long id, long resolutionId, ObjectMapper json) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("entity_type", type);
            row.put("entity_id", entityId);
            row.put("resolution_id", resolutionId);
            row.put("action", action.name());
            row.put("actor", actor);
            row.put("occurred_at", Timestamp.from(at));
            row.put("before_json", write(before, json));
            row.put("after_json", write(after, json));
            return row;
        }

        private static String write(Object value, ObjectMapper json) {
            try {
                return value == null ? null : json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a history record", e);
            }
        }
    }
}
