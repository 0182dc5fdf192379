package vn.chitieu.security.internal;

import java.util.List;

/** What a person submitted cannot be accepted; the problems say which fields and why. */
public class RejectedInput extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public RejectedInput(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public RejectedInput(String field, String code) {
        this(List.of(new FieldProblem(field, code)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
