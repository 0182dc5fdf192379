package vn.chitieu.plan;

import java.util.List;
import vn.chitieu.extraction.DocumentInfo;

/** The longest text each short field may hold, so nothing is ever cut off silently when saved. */
final class FieldLimits {
    static final int UNIT = 100;
    static final int TASK_REF = 30;

    private FieldLimits() {}

    static void checkDocument(DocumentInfo document, List<ResolutionProblem> problems) {
        check(document.type(), 60, "document.type", problems);
        check(document.number(), 60, "document.number", problems);
        check(document.issuer(), 300, "document.issuer", problems);
        check(document.place(), 100, "document.place", problems);
        check(document.term(), 30, "document.term", problems);
        if (document.unit() != null) {
            check(document.unit().level(), 30, "document.unit.level", problems);
            check(document.unit().name(), 100, "document.unit.name", problems);
            check(document.unit().province(), 100, "document.unit.province", problems);
        }
        if (document.signer() != null) {
            check(document.signer().position(), 200, "document.signer.position", problems);
            check(document.signer().name(), 200, "document.signer.name", problems);
        }
    }

    static void check(String value, int limit, String path, List<ResolutionProblem> problems) {
        if (value != null && value.length() > limit) {
            problems.add(new ResolutionProblem("plan.problem.tooLong", path, limit, value.length()));
        }
    }
}
