package vn.chitieu.security.web;

import org.springframework.validation.BindingResult;
import vn.chitieu.security.internal.FieldProblem;
import vn.chitieu.security.internal.RejectedInput;

/** Puts the problems of a rejected submission on the form, where the page shows each beside its field. */
final class FormProblems {
    private FormProblems() {}

    static void addTo(BindingResult form, RejectedInput rejected) {
        for (FieldProblem problem : rejected.problems()) {
            if (form.getTarget() != null && form.getFieldType(problem.field()) != null) {
                form.rejectValue(problem.field(), problem.code());
            } else {
                form.reject(problem.code());
            }
        }
    }
}
