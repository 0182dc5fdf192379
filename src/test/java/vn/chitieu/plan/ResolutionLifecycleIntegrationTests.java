package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.FAR_PROVINCE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;
import static vn.chitieu.plan.PlanFixtures.PROVINCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.security.Actor;

@IntegrationTest
class ResolutionLifecycleIntegrationTests {
    @Autowired
    ResolutionImport imports;

    @Autowired
    Resolutions resolutions;

    @Autowired
    JdbcClient jdbc;

    private final Actor officer = PlanFixtures.officer(COMMUNE);
    private final Actor leader = PlanFixtures.leader(COMMUNE);

    @BeforeEach
    void units() {
        PlanFixtures.units(jdbc);
    }

    @Test
    void recordsACorrectedValueWithItsBeforeAndAfter() throws DocumentException {
        Resolution draft = importSeed();
        Target first = draft.content().indicators().get(0).targets().get(0);

        Resolution saved = resolutions.save(draft.id(), draft.version(), withFirstValue(draft, new BigDecimal("43.5")), officer);

        assertThat(saved.version()).isEqualTo(draft.version() + 1);
        Target corrected = saved.content().indicators().get(0).targets().get(0);
        assertThat(corrected.id()).isEqualTo(first.id());
        assertThat(corrected.value()).isEqualByComparingTo("43.5");
        List<AuditEvent> changes = resolutions.history(draft.id(), Optional.of(officer)).stream()
                .filter(e -> e.action() == AuditEvent.Action.UPDATE).toList();
        assertThat(changes).singleElement().satisfies(event -> {
            assertThat(event.entityType()).isEqualTo("target");
            assertThat(event.entityId()).isEqualTo(first.id());
            assertThat(event.actor()).isEqualTo(officer.username());
            assertThat(event.before()).contains("\"value\":" + first.value().toPlainString());
            assertThat(event.after()).contains("\"value\":43.5");
        });
    }

    @Test
    void refusesASaveOverAVersionSomeoneElseChanged() throws DocumentException {
        Resolution draft = importSeed();
        resolutions.save(draft.id(), draft.version(), withFirstValue(draft, BigDecimal.ONE), officer);

        assertThatThrownBy(() -> resolutions.save(draft.id(), draft.version(), withFirstValue(draft, BigDecimal.TEN), officer))
                .isInstanceOf(StaleVersion.class);
        assertThat(resolutions.get(draft.id(), Optional.of(officer)).content().indicators().get(0).targets().get(0).value())
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void archivesWhatAnOfficialRemovesAndKeepsItInTheHistory() throws DocumentException {
        Resolution draft = importSeed();
        List<Indicator> fewer = new ArrayList<>(draft.content().indicators());
        Indicator removed = fewer.remove(0);
        ResolutionContent content = draft.content();

        Resolution saved = resolutions.save(draft.id(), draft.version(),
                new ResolutionContent(content.document(), content.objectives(), fewer, content.tasks(), content.warnings()), officer);

        assertThat(saved.content().indicators()).hasSize(draft.content().indicators().size() - 1);
        assertThat(jdbc.sql("SELECT archived FROM indicator WHERE id = ?").param(removed.id()).query(Boolean.class).single()).isTrue();
        assertThat(resolutions.history(draft.id(), Optional.of(officer)))
                .anySatisfy(e -> assertThat(e.action() + " " + e.entityType() + " " + e.entityId())
                        .isEqualTo("ARCHIVE indicator " + removed.id()));
    }

    @Test
    void adoptsOnlyWhenEveryNumberHasAUnitOrIsMarkedAsHavingNone() throws DocumentException {
        Resolution draft = importSeed();
        Resolution unitless = resolutions.save(draft.id(), draft.version(), withFirstUnit(draft, null, false), officer);

        assertThatThrownBy(() -> resolutions.adopt(draft.id(), leader))
                .isInstanceOfSatisfying(ResolutionRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(ResolutionProblem::messageKey).contains("plan.problem.unitMissing"));

        Resolution marked = resolutions.save(draft.id(), unitless.version(), withFirstUnit(unitless, null, true), officer);
        Resolution adopted = resolutions.adopt(marked.id(), leader);
        assertThat(adopted.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(adopted.adoptedAt()).isNotNull();
        assertThatThrownBy(() -> resolutions.save(draft.id(), adopted.version(), adopted.content(), officer))
                .isInstanceOf(ResolutionRejected.class);
    }

    @Test
    void showsADraftOnlyToThoseWhoseScopeHoldsItAndAPublishedOneToEveryone() throws DocumentException {
        Resolution draft = importSeed();
        long id = draft.id();

        assertThat(resolutions.get(id, Optional.of(PlanFixtures.provinceOfficer(PROVINCE))).id()).isEqualTo(id);
        assertThat(resolutions.get(id, Optional.of(PlanFixtures.councilMember(COMMUNE))).id()).isEqualTo(id);
        assertThatThrownBy(() -> resolutions.get(id, Optional.empty())).isInstanceOf(ResolutionNotFound.class);
        assertThatThrownBy(() -> resolutions.get(id, Optional.of(PlanFixtures.officer(NEIGHBOUR)))).isInstanceOf(ResolutionNotFound.class);
        assertThatThrownBy(() -> resolutions.get(id, Optional.of(PlanFixtures.provinceOfficer(FAR_PROVINCE))))
                .isInstanceOf(ResolutionNotFound.class);
        assertThatThrownBy(() -> resolutions.adopt(id, officer)).isInstanceOf(NotPermitted.class);

        Resolution adopted = resolutions.adopt(id, leader);
        assertThatThrownBy(() -> resolutions.get(id, Optional.empty())).isInstanceOf(ResolutionNotFound.class);
        resolutions.publish(adopted.id(), leader);

        assertThat(resolutions.get(id, Optional.empty()).status()).isEqualTo(ResolutionStatus.PUBLISHED);
        assertThat(resolutions.list(COMMUNE, null, false, Optional.empty())).extracting(ResolutionSummary::id).contains(id);
    }

    @Test
    void archivesAndRestoresAResolutionWithoutDeletingIt() throws DocumentException {
        Resolution draft = importSeed();

        resolutions.archive(draft.id(), officer);
        assertThat(resolutions.list(COMMUNE, null, false, Optional.of(officer))).extracting(ResolutionSummary::id).doesNotContain(draft.id());
        assertThat(resolutions.list(COMMUNE, null, true, Optional.of(officer))).extracting(ResolutionSummary::id).contains(draft.id());

        resolutions.restore(draft.id(), officer);
        assertThat(resolutions.list(COMMUNE, null, false, Optional.of(officer))).extracting(ResolutionSummary::id).contains(draft.id());
    }

    @Test
    void summarisesTheNewestChangesWithTheImportFoldedAsTheFullHistoryDoes() throws DocumentException {
        Resolution draft = importSeed();
        Resolution saved = draft;
        for (int i = 1; i <= 3; i++) {
            saved = resolutions.save(draft.id(), saved.version(), withFirstValue(saved, BigDecimal.valueOf(40 + i)), officer);
        }
        resolutions.archive(draft.id(), officer);
        resolutions.restore(draft.id(), officer);
        List<AuditEvent> all = new ArrayList<>(resolutions.history(draft.id(), Optional.of(officer)));
        java.util.Collections.reverse(all);
        AuditEvent creation = all.stream().filter(e -> e.entityType().equals("resolution") && e.action() == AuditEvent.Action.CREATE)
                .findFirst().orElseThrow();
        List<AuditEvent> folded = all.stream().filter(e -> !(e.action() == AuditEvent.Action.CREATE
                && List.of("indicator", "target", "task").contains(e.entityType()) && e.at().equals(creation.at()))).toList();

        AuditTrail.Recent recent = resolutions.recentHistory(draft, Optional.of(officer), 5);
        AuditTrail.Recent everything = resolutions.recentHistory(draft, Optional.of(officer), folded.size());

        assertThat(recent.events()).isEqualTo(folded.subList(0, 5));
        assertThat(recent.more()).isTrue();
        assertThat(recent.importedParts()).isEmpty();
        assertThat(everything.events()).isEqualTo(folded);
        assertThat(everything.more()).isFalse();
        ResolutionContent content = draft.content();
        assertThat(everything.importedParts()).containsOnlyKeys(creation.id());
        assertThat(everything.importedParts().get(creation.id())).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "indicator", content.indicators().size(), "target", content.targetCount(), "task", content.tasks().size()));
        assertThatThrownBy(() -> resolutions.recentHistory(draft, Optional.empty(), 5)).isInstanceOf(ResolutionNotFound.class);
    }

    private Resolution importSeed() throws DocumentException {
        byte[] bytes = ResolutionImportIntegrationTests.unique(TestDocuments.seed("000_a52e04d6636138d8.txt"));
        return imports.importDocument(COMMUNE, "nq.txt", bytes, officer).resolution();
    }

    /** Every numeric target given a unit (so only the first one's unit matters), the first changed. */
    private static ResolutionContent withFirstUnit(Resolution resolution, String unit, boolean noUnit) {
        return mapFirst(resolution, t -> new Target(t.id(), t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), unit, noUnit,
                t.per(), t.direction(), t.perYear(), t.year(), t.deadline(), t.baseline(), t.span(), t.rules()), true);
    }

    private static ResolutionContent withFirstValue(Resolution resolution, BigDecimal value) {
        return mapFirst(resolution, t -> new Target(t.id(), t.subject(), t.kind(), t.comparator(), value, t.valueMax(), t.unit(),
                t.noUnit(), t.per(), t.direction(), t.perYear(), t.year(), t.deadline(), t.baseline(), t.span(), t.rules()), false);
    }

    private static ResolutionContent mapFirst(Resolution resolution, java.util.function.UnaryOperator<Target> change, boolean fillUnits) {
        List<Indicator> indicators = new ArrayList<>();
        boolean first = true;
        for (Indicator indicator : resolution.content().indicators()) {
            List<Target> targets = new ArrayList<>();
            for (Target target : indicator.targets()) {
                Target t = fillUnits && target.lacksUnit() ? withUnit(target) : target;
                targets.add(first ? change.apply(t) : t);
                first = false;
            }
            indicators.add(indicator.withIdAndTargets(indicator.id(), targets));
        }
        ResolutionContent c = resolution.content();
        return new ResolutionContent(c.document(), c.objectives(), indicators, c.tasks(), c.warnings());
    }

    private static Target withUnit(Target t) {
        return new Target(t.id(), t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), null, true, t.per(), t.direction(),
                t.perYear(), t.year(), t.deadline(), t.baseline(), t.span(), t.rules());
    }
}
