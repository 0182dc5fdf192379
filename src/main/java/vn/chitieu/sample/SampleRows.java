package vn.chitieu.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a few communes, ids given, table by table, ready to be inserted in one transaction;
 * {@link #TABLES} is the order their foreign keys need.
 */
final class SampleRows {
    static final List<String> TABLES = List.of("account", "resolution", "indicator", "target", "task", "actual_value", "reporting_period",
            "audit_event");

    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private int communes;

    /** Adds a row given as columns and values; every row of a table must have the same columns, in the same order. */
    void add(String table, Map<String, Object> row) {
        List<String> names = new ArrayList<>(row.keySet());
        List<String> known = columns.putIfAbsent(table, names);
        if (known != null && !known.equals(names)) {
            throw new IllegalStateException("rows of " + table + " differ in their columns: " + known + " and " + names);
        }
        rows.computeIfAbsent(table, k -> new ArrayList<>()).add(row.values().toArray());
    }

    void communeDone() {
        communes++;
    }

    int communes() {
        return communes;
    }

    List<String> columns(String table) {
        return columns.getOrDefault(table, List.of());
    }

    List<Object[]> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }

    long count(String table) {
        return rows(table).size();
    }

    long total() {
        return rows.values().stream().mapToLong(List::size).sum();
    }
}
