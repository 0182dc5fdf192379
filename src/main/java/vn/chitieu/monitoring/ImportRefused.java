package vn.chitieu.monitoring;

import java.util.List;
import vn.chitieu.plan.ResolutionProblem;

/**
 * Values from a workbook that cannot be imported as they are: the file cannot be read, the period
 * takes no values, or rows hold values that cannot be kept. Nothing was saved.
 */
public class ImportRefused extends RuntimeException {
    private final transient List<Reason> reasons;

    /**
     * One reason.
     *
     * @param row the sheet's row it is about (as Excel numbers it), 0 for the file or the period as a whole
     */
    public record Reason(int row, ResolutionProblem problem) {}

    public ImportRefused(List<Reason> reasons) {
        super(reasons.stream().map(r -> r.row() + ":" + r.problem().messageKey()).toList().toString());
        this.reasons = List.copyOf(reasons);
    }

    /** The file or period refused for one reason. */
    public static ImportRefused whole(ResolutionProblem problem) {
        return new ImportRefused(List.of(new Reason(0, problem)));
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
