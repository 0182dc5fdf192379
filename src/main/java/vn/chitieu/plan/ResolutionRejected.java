package vn.chitieu.plan;

import java.util.List;

/** Thrown when a change to a resolution breaks its rules; carries every reason, not just the first. */
public class ResolutionRejected extends RuntimeException {
    private final transient List<ResolutionProblem> problems;

    public ResolutionRejected(List<ResolutionProblem> problems) {
        super(problems.stream().map(ResolutionProblem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public ResolutionRejected(ResolutionProblem problem) {
        this(List.of(problem));
    }

    public List<ResolutionProblem> problems() {
        return problems;
    }
}
