package vn.chitieu.plan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.history.AuditTrail;

/**
 * A resolution's history as people read it: who, when, what, and each field that changed from its
 * old value to its new one, in words, local numbers and dates and the reader's language instead of the stored JSON.
 */
final class HistoryRows {
    /** What the history keeps for the machine: ids, offsets into the text, rule names. */
    private static final Set<String> HIDDEN = Set.of("id", "span", "rules");
    private static final List<String> PARTS = List.of("indicator", "target", "task");
    private static final Set<String> CHOICES = Set.of("kind", "comparator", "direction", "group", "status", "document.period.kind");

    private final ObjectMapper json;
    private final MessageSource messages;
    private final Locale locale;
    private final LocalFormat format;
    private final WarningWording warnings;

    HistoryRows(ObjectMapper json, MessageSource messages, Locale locale) {
        this.json = json;
        this.messages = messages;
        this.locale = locale;
        this.format = LocalFormat.of(locale);
        this.warnings = new WarningWording(messages, locale);
    }

    /**
     * @param archivedPart for an archiving of an indicator, target or task, {@code type/id} of the
     *     part (the page offers to restore it while it is still archived); else {@code null}
     */
    record Row(String when, String who, String what, String about, List<Change> changes, String archivedPart) {}

    /** @param before empty for a field that is new */
    record Change(String field, String before, String after) {}

    /**
     * One row per change, except that an import, which records the resolution and each of its parts
     * at one instant, is one row saying how many parts it brought.
     */
    List<Row> rows(List<AuditEvent> events) {
        Map<String, int[]> imports = new HashMap<>();
        events.stream().filter(e -> isCreation(e, "resolution")).forEach(e -> imports.put(instant(e), new int[PARTS.size()]));
        List<AuditEvent> shown = new ArrayList<>();
        for (AuditEvent event : events) {
            int part = PARTS.indexOf(event.entityType());
            int[] counts = event.action() == AuditEvent.Action.CREATE && part >= 0 ? imports.get(instant(event)) : null;
            if (counts == null) {
                shown.add(event);
            } else {
                counts[part]++;
            }
        }
        return shown.stream().map(e -> isCreation(e, "resolution") ? imported(e, imports.get(instant(e))) : row(e)).toList();
    }

    /** The rows of a history summary, whose imports were folded and counted by the database. */
    List<Row> rows(AuditTrail.Recent recent) {
        return recent.events().stream().map(e -> {
            if (!isCreation(e, "resolution")) {
                return row(e);
            }
            Map<String, Integer> parts = recent.importedParts().getOrDefault(e.id(), Map.of());
            return imported(e, PARTS.stream().mapToInt(type -> parts.getOrDefault(type, 0)).toArray());
        }).toList();
    }

    private Row imported(AuditEvent event, int[] counts) {
        String parts = messages.getMessage("review.history.parts",
                new Object[] {String.valueOf(counts[0]), String.valueOf(counts[1]), String.valueOf(counts[2])}, locale);
        return new Row(format.dateTime(event.at()), event.actor(), messages.getMessage("review.history.resolution.CREATE", null, locale),
                parts, List.of(), null);
    }

    private static boolean isCreation(AuditEvent event, String entityType) {
        return event.action() == AuditEvent.Action.CREATE && event.entityType().equals(entityType);
    }

    private static String instant(AuditEvent event) {
        return event.actor() + "@" + event.at();
    }

    private Row row(AuditEvent event) {
        Map<String, String> before = flatten(event.before());
        Map<String, String> after = flatten(event.after());
        String named = named(before, after);
        List<Change> changes = new ArrayList<>();
        List<String> fields = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(fields::add);
        for (String field : fields) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            boolean repeatsName = event.action() == AuditEvent.Action.CREATE && field.equals(named);
            if (!old.equals(now) && event.action() != AuditEvent.Action.ARCHIVE && !repeatsName) {
                changes.add(new Change(messages.getMessage("review.field." + field, null, field, locale), old, now));
            }
        }
        String what = messages.getMessage("review.history." + event.entityType() + "." + event.action().name(), null,
                messages.getMessage("review.history.other", null, locale), locale);
        String about = named == null ? "" : after.getOrDefault(named, before.get(named));
        String archivedPart = event.action() == AuditEvent.Action.ARCHIVE && PARTS.contains(event.entityType())
                ? event.entityType() + "/" + event.entityId() : null;
        return new Row(format.dateTime(event.at()), event.actor(), what, about, changes, archivedPart);
    }

    /** The field that names the thing: a target's subject, an indicator's or task's text, a resolution's number. */
    private static String named(Map<String, String> before, Map<String, String> after) {
        for (String field : List.of("subject", "text", "title", "document.number")) {
            String value = after.getOrDefault(field, before.get(field));
            if (value != null && !value.isEmpty()) {
                return field;
            }
        }
        return null;
    }

    private Map<String, String> flatten(String stored) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (stored == null) {
            return fields;
        }
        try {
            flatten("", json.readTree(stored), fields);
        } catch (JsonProcessingException e) {
            fields.put("", stored);
        }
        return fields;
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (!HIDDEN.contains(entry.getKey())) {
                    flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), fields);
                }
            });
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isValueNode() ? value(prefix, item) : item.toString()));
            fields.put(prefix, String.join("; ", items));
        } else if (!node.isNull()) {
            fields.put(prefix, value(prefix, node));
        }
    }

    private String value(String field, JsonNode node) {
        if (node.isNumber()) {
            return format.number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return messages.getMessage("review.bool." + node.booleanValue(), null, locale);
        }
        String text = node.asText();
        if (field.equals("warnings")) {
            return warnings.show(text);
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalFormat.parseDate(text).map(format::date).orElse(text);
        }
        if (CHOICES.contains(field)) {
            return messages.getMessage("review.choice." + field + "." + text, null, text, locale);
        }
        return text;
    }
}
