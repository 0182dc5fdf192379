package vn.chitieu.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.web.Formats;

/**
 * The problems to show on a page, in the reader's language, each with the id of the field it is
 * about, so the list at the top links to the fields and each field shows its own.
 */
public final class ProblemList {
    private final List<Entry> entries;

    /** @param fieldId the id of the input (or part) the problem is about: {@code f-indicators-2-targets-0-unit} */
    public record Entry(String message, String fieldId) {}

    private ProblemList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static ProblemList none() {
        return new ProblemList(List.of());
    }

    static ProblemList of(List<ResolutionProblem> problems, MessageSource messages, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (ResolutionProblem problem : problems) {
            Object[] args = problem.args().stream().map(a -> a instanceof Number n ? Formats.number(n, locale) : String.valueOf(a)).toArray();
            entries.add(new Entry(messages.getMessage(problem.messageKey(), args, problem.messageKey(), locale), fieldId(problem.path())));
        }
        return new ProblemList(entries);
    }

    /** {@code indicators[2].targets[0].unit} → {@code f-indicators-2-targets-0-unit}. */
    static String fieldId(String path) {
        String id = ("f-" + (path == null ? "" : path)).replaceAll("[\\[\\].]+", "-");
        return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
    }

    public List<Entry> all() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The messages about one field, by its id. */
    public List<String> at(String fieldId) {
        return entries.stream().filter(e -> e.fieldId().equals(fieldId)).map(Entry::message).toList();
    }
}
