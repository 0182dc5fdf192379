package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.TargetKind;

class ResolutionTests {
    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    private static final DocumentInfo DOCUMENT = new DocumentInfo("NGHI_QUYET", "32/NQ-HĐND", null, null, null, null, null, null, null,
            "Về kế hoạch phát triển kinh tế - xã hội năm 2026", null, null, List.of(), false);

    @Test
    void refusesToAdoptAnIndicatorWithoutATarget() {
        Resolution draft = draft(new Indicator(null, 1, IndicatorGroup.ECONOMY, null, "Thu ngân sách", null, List.of()));

        assertThatThrownBy(() -> draft.adopt("lanh-dao", NOW)).isInstanceOfSatisfying(ResolutionRejected.class,
                e -> assertThat(e.problems()).extracting(ResolutionProblem::messageKey, ResolutionProblem::path)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("plan.problem.indicatorWithoutTarget", "indicators[0].targets")));
    }

    @Test
    void refusesToAdoptANumberWithoutAUnitUntilItIsMarkedAsHavingNone() {
        Resolution unitless = draft(indicator(target(new BigDecimal("40.64"), null, false)));
        Resolution marked = draft(indicator(target(new BigDecimal("40.64"), null, true)));

        assertThatThrownBy(() -> unitless.adopt("lanh-dao", NOW)).isInstanceOf(ResolutionRejected.class);
        assertThat(marked.adopt("lanh-dao", NOW).status()).isEqualTo(ResolutionStatus.ADOPTED);
    }

    @Test
    void adoptsAMilestoneWithoutANumberOrAUnit() {
        Target milestone = new Target(null, "Xã đạt chuẩn nông thôn mới", TargetKind.MILESTONE, null, null, null, null, false, null, null,
                false, 2026, null, null, null, List.of());

        Resolution adopted = draft(indicator(milestone)).adopt("lanh-dao", NOW);

        assertThat(adopted.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(adopted.adoptedAt()).isEqualTo(NOW);
    }

    @Test
    void publishesOnlyWhatWasAdopted() {
        Resolution draft = draft(indicator(target(BigDecimal.TEN, "%", false)));

        assertThatThrownBy(() -> draft.publish("lanh-dao", NOW)).isInstanceOf(ResolutionRejected.class);
        assertThat(draft.adopt("lanh-dao", NOW).publish("lanh-dao", NOW).isPublic()).isTrue();
    }

    @Test
    void refusesARangeWhoseUpperBoundIsBelowItsLowerBound() {
        Target range = new Target(null, "Tỷ lệ", TargetKind.LEVEL, Comparator.RANGE, new BigDecimal("70"), new BigDecimal("65"), "%", false,
                null, null, false, null, null, null, null, List.of());

        assertThat(new ResolutionContent(DOCUMENT, List.of(), List.of(indicator(range)), List.of(), List.of()).problems())
                .extracting(ResolutionProblem::messageKey).containsExactly("plan.problem.rangeInvalid");
    }

    @Test
    void refusesAUnitLongerThanItsColumnInsteadOfCuttingItOff() {
        Target target = target(BigDecimal.ONE, "đ".repeat(101), false);

        assertThat(new ResolutionContent(DOCUMENT, List.of(), List.of(indicator(target)), List.of(), List.of()).problems())
                .extracting(ResolutionProblem::messageKey, ResolutionProblem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plan.problem.tooLong", "indicators[0].targets[0].unit"));
    }

    @Test
    void changesTheContentOfADraftOnly() {
        Resolution adopted = draft(indicator(target(BigDecimal.TEN, "%", false))).adopt("lanh-dao", NOW);

        assertThatThrownBy(() -> adopted.replaceContent(adopted.content(), "can-bo", NOW)).isInstanceOf(ResolutionRejected.class);
    }

    private static Resolution draft(Indicator... indicators) {
        return Resolution.draft("01786", new ResolutionContent(DOCUMENT, List.of(), List.of(indicators), List.of(), List.of()), null,
                "can-bo", NOW);
    }

    private static Indicator indicator(Target target) {
        return new Indicator(null, 1, IndicatorGroup.ENVIRONMENT, null, "Tỷ lệ che phủ rừng", null, List.of(target));
    }

    private static Target target(BigDecimal value, String unit, boolean noUnit) {
        return new Target(null, "Tỷ lệ che phủ rừng", TargetKind.LEVEL, Comparator.GE, value, null, unit, noUnit, null, null, false, null,
                null, null, null, List.of());
    }
}
