package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;

/** Removing a part of a draft only archives it; the history offers to bring it back. */
@IntegrationTest
@AutoConfigureMockMvc
class RestorePartIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ResolutionImport imports;

    @Autowired
    Resolutions resolutions;

    @Autowired
    JdbcClient jdbc;

    private final Actor officer = PlanFixtures.officer(COMMUNE);

    @BeforeEach
    void units() {
        PlanFixtures.units(jdbc);
    }

    @Test
    void bringsBackARemovedIndicatorWithItsTargetsAndRecordsIt() throws Exception {
        Resolution draft = importSeed();
        Indicator removed = draft.content().indicators().get(0);
        Resolution without = resolutions.save(draft.id(), draft.version(), withoutFirstIndicator(draft), officer);

        Resolution restored = resolutions.restorePart(draft.id(), "indicator", removed.id(), officer);

        assertThat(restored.content().indicators()).extracting(Indicator::id).contains(removed.id());
        assertThat(restored.content().targetCount()).isEqualTo(draft.content().targetCount());
        assertThat(restored.version()).isGreaterThan(without.version());
        assertThat(resolutions.history(draft.id(), Optional.of(officer)))
                .anySatisfy(e -> assertThat(e.action() + " " + e.entityType() + " " + e.entityId())
                        .isEqualTo(AuditEvent.Action.RESTORE + " indicator " + removed.id()));
        assertThatThrownBy(() -> resolutions.restorePart(draft.id(), "indicator", removed.id(), officer))
                .isInstanceOf(ResolutionRejected.class);
    }

    @Test
    void refusesToRestoreAPartOfAnotherResolution() throws Exception {
        Resolution first = importSeed();
        Resolution second = importSeed();
        Indicator removed = first.content().indicators().get(0);
        resolutions.save(first.id(), first.version(), withoutFirstIndicator(first), officer);

        assertThatThrownBy(() -> resolutions.restorePart(second.id(), "indicator", removed.id(), officer))
                .isInstanceOf(ResolutionRejected.class);
    }

    @Test
    void offersTheRestoreOnTheHistoryPageAndRestoresFromThere() throws Exception {
        Resolution draft = importSeed();
        Indicator removed = draft.content().indicators().get(0);
        resolutions.save(draft.id(), draft.version(), withoutFirstIndicator(draft), officer);
        String restoreAction = "/resolutions/" + draft.id() + "/parts/indicator/" + removed.id() + "/restore";

        String history = mvc.perform(get("/resolutions/" + draft.id() + "/history").with(PageVisitor.as(officer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String redirect = mvc.perform(post(restoreAction).with(PageVisitor.as(officer)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(history).contains("action=\"" + restoreAction + "\"");
        assertThat(redirect).isEqualTo("/resolutions/" + draft.id() + "/history?notice=partRestored");
        assertThat(resolutions.get(draft.id(), Optional.of(officer)).content().indicators()).extracting(Indicator::id).contains(removed.id());
        String councilView = mvc.perform(get("/resolutions/" + draft.id() + "/history").with(PageVisitor.as(PlanFixtures.councilMember(COMMUNE))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(councilView).doesNotContain("/restore\"");
    }

    private Resolution importSeed() throws Exception {
        byte[] bytes = ResolutionImportIntegrationTests.unique(TestDocuments.seed("000_a52e04d6636138d8.txt"));
        return imports.importDocument(COMMUNE, "nq.txt", bytes, officer).resolution();
    }

    private static ResolutionContent withoutFirstIndicator(Resolution resolution) {
        List<Indicator> fewer = new ArrayList<>(resolution.content().indicators());
        fewer.remove(0);
        ResolutionContent c = resolution.content();
        return new ResolutionContent(c.document(), c.objectives(), fewer, c.tasks(), c.warnings());
    }
}
