package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.plan.web.ReviewForm.IndicatorForm;
import vn.chitieu.plan.web.ReviewForm.TargetForm;

class FormEditTests {

    @Test
    void splitsASubjectSharedByTwoIntoTwoTargetsWithTheSameValue() {
        FormEdit edit = FormEdit.apply("splitTarget:0:0", form(target(7L, "10-30", "trường học và trạm y tế", "100")));

        List<TargetForm> targets = edit.form().indicators().get(0).targets();
        assertThat(targets).extracting(TargetForm::subject).containsExactly("trường học", "trạm y tế");
        assertThat(targets).extracting(TargetForm::value).containsExactly("100", "100");
        assertThat(targets).extracting(TargetForm::id).containsExactly(7L, null);
        assertThat(targets).extracting(TargetForm::origin).containsExactly(7L, 7L);
        assertThat(edit.section()).isEqualTo("indicators");
        assertThat(edit.focus()).isEqualTo("f-indicators-0-targets-1-subject");
    }

    @Test
    void mergesATargetWithTheNextCoveringBothSpans() {
        FormEdit edit = FormEdit.apply("mergeTarget:0:0", form(target(1L, "10-20", "Trường học", "100"), target(2L, "25-40", "trạm y tế", "100")));

        assertThat(edit.form().indicators().get(0).targets()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1L);
            assertThat(t.subject()).isEqualTo("Trường học và trạm y tế");
            assertThat(t.span()).isEqualTo("10-40");
        });
    }

    @Test
    void addsAndRemovesPartsKeepingEverythingElseTyped() {
        ReviewForm form = form(target(1L, null, "Thu ngân sách", "10,5"));

        ReviewForm added = FormEdit.apply("addIndicator", form).form();
        assertThat(added.indicators()).hasSize(2);
        assertThat(added.indicators().get(1).no()).isEqualTo("2");
        assertThat(added.indicators().get(0).targets().get(0).value()).isEqualTo("10,5");
        assertThat(FormEdit.apply("removeIndicator:1", added).form().indicators()).hasSize(1);
        assertThat(FormEdit.apply("addTarget:0", form).form().indicators().get(0).targets()).hasSize(2);
        assertThat(FormEdit.apply("removeTarget:0:0", form).form().indicators().get(0).targets()).isEmpty();
        assertThat(FormEdit.apply("addTask", form).form().tasks()).hasSize(1);
        assertThat(FormEdit.apply("addObjective", form).form().objectives()).containsExactly("");
    }

    @Test
    void showsTheFormAsItIsForAStaleButtonAndNamesNoEditForSaving() {
        ReviewForm form = form(target(1L, null, "a", "1"));

        assertThat(FormEdit.apply("removeTarget:3:9", form).form()).isEqualTo(form);
        assertThat(FormEdit.apply("save", form)).isNull();
        assertThat(FormEdit.apply(null, form)).isNull();
    }

    static ReviewForm form(TargetForm... targets) {
        return new ReviewForm(3, null, List.of(), List.of(new IndicatorForm(5L, "1", "ECONOMY", null, "text", "0-50", List.of(targets))),
                List.of());
    }

    static TargetForm target(Long id, String span, String subject, String value) {
        return new TargetForm(id, id, span, subject, "LEVEL", "GE", value, null, "%", false, null, null, false, null, null);
    }
}
