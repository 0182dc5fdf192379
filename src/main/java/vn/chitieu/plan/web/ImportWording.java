package vn.chitieu.plan.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.monitoring.ImportConflict;
import vn.chitieu.monitoring.ImportPreview;
import vn.chitieu.monitoring.ImportRefused;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.web.Formats;

/**
 * An import of values from Excel in the reader's language: each row's outcome and problem
 * ("Dòng 7: không đọc được số “12,,5”…"), the reasons an import was refused and the rows that
 * changed before it was confirmed.
 */
final class ImportWording {
    private final MessageSource messages;
    private final Locale locale;

    ImportWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A problem on its own: "không đọc được số “12,,5”: hãy viết như 1.306,5 hoặc 42%". */
    String problem(ResolutionProblem problem) {
        Object[] args = problem.args().stream().map(a -> a instanceof Number n ? Formats.number(n, locale) : String.valueOf(a)).toArray();
        return messages.getMessage(problem.messageKey(), args, problem.messageKey(), locale);
    }

    /** A reason the import was refused, with its row: "Dòng 7: …"; the file's or period's on its own. */
    String reason(ImportRefused.Reason reason) {
        return reason.row() == 0 ? problem(reason.problem()) : message("monitor.import.row", String.valueOf(reason.row()), problem(reason.problem()));
    }

    List<String> reasons(ImportRefused refused) {
        return refused.reasons().stream().map(this::reason).toList();
    }

    /** What changed since the preview, a line per row when known, and what to do. */
    List<String> conflict(ImportConflict conflict) {
        List<String> lines = new java.util.ArrayList<>();
        for (ImportConflict.Changed changed : conflict.changed()) {
            ActualValue now = changed.current();
            lines.add(now == null ? message("monitor.import.changedGone", String.valueOf(changed.row()))
                    : message("monitor.import.changed", String.valueOf(changed.row()), now.enteredBy(), value(now.value(), now.achieved(), now.achievedOn())));
        }
        if (lines.isEmpty()) {
            lines.add(message("monitor.import.changedUnknown"));
        }
        lines.add(message("monitor.import.changedWhat"));
        return lines;
    }

    /** What a row does, in words: "Ghi mới", "Thay giá trị đang có: 700", "Cần sửa: …". */
    String outcome(ImportPreview.Row row) {
        return switch (row.outcome()) {
            case REPLACE -> message("monitor.import.outcome.REPLACE",
                    value(row.current().value(), row.current().achieved(), row.current().achievedOn()));
            case UNMATCHED, REFUSED -> message("monitor.import.outcome." + row.outcome(), problem(row.problem()));
            default -> message("monitor.import.outcome." + row.outcome());
        };
    }

    /** The row's outcome as one line with its row, for a list: "Dòng 7: Cần sửa: …". */
    String line(ImportPreview.Row row) {
        return message("monitor.import.row", String.valueOf(row.row()), outcome(row));
    }

    /** The value read: "1.306,5 (ước)", "đạt, 30/06/2026", "chưa đạt". */
    String value(ActualInput input) {
        if (input == null) {
            return "";
        }
        String value = value(input.value(), input.achieved(), input.on());
        return Boolean.TRUE.equals(input.estimate()) ? message("monitor.import.estimate", value) : value;
    }

    private String value(java.math.BigDecimal number, Boolean achieved, java.time.LocalDate on) {
        if (number != null) {
            return Formats.number(number, locale);
        }
        String word = message(Boolean.TRUE.equals(achieved) ? "monitor.import.achieved" : "monitor.import.notAchieved");
        return on == null ? word : message("monitor.import.achievedOn", word, Formats.date(on, locale));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
