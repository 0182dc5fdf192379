package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.extraction.Extractor;
import vn.chitieu.history.AuditEvent;

@IntegrationTest
class ResolutionImportIntegrationTests {
    private static final String SEED_000 = "000_a52e04d6636138d8.txt";

    @Autowired
    ResolutionImport imports;

    @Autowired
    Resolutions resolutions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void units() {
        PlanFixtures.units(jdbc);
    }

    @Test
    void importsADocumentAsADraftWithEverythingTheExtractorRead() throws DocumentException {
        byte[] bytes = (TestDocuments.seed(SEED_000) + "\n<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8);
        int expectedTargets = new Extractor().extract(new String(bytes, StandardCharsets.UTF_8)).targetCount();

        ImportResult result = imports.importDocument(COMMUNE, "Nghị quyết 32.txt", bytes, PlanFixtures.officer(COMMUNE));

        Resolution draft = result.resolution();
        assertThat(result.existing()).isFalse();
        assertThat(draft.status()).isEqualTo(ResolutionStatus.DRAFT);
        assertThat(draft.unitCode()).isEqualTo(COMMUNE);
        assertThat(draft.content().targetCount()).isEqualTo(expectedTargets).isPositive();
        assertThat(draft.content().indicators()).allSatisfy(indicator -> assertThat(indicator.id()).isNotNull());
        assertThat(draft.source().fileName()).isEqualTo("Nghị quyết 32.txt");
        assertThat(resolutions.source(draft.id(), Optional.of(PlanFixtures.officer(COMMUNE)))).isEqualTo(bytes);
        assertThat(resolutions.history(draft.id(), Optional.of(PlanFixtures.officer(COMMUNE))))
                .filteredOn(event -> event.entityType().equals("target"))
                .hasSize(expectedTargets)
                .allSatisfy(event -> assertThat(event.action()).isEqualTo(AuditEvent.Action.CREATE));
    }

    @Test
    void offersTheFirstImportWhenTheSameFileComesAgain() throws DocumentException {
        byte[] bytes = unique(TestDocuments.seed(SEED_000));
        Resolution first = imports.importDocument(COMMUNE, "a.txt", bytes, PlanFixtures.officer(COMMUNE)).resolution();
        long count = count("resolution");

        ImportResult again = imports.importDocument(COMMUNE, "b.txt", bytes, PlanFixtures.officer(COMMUNE));

        assertThat(again.existing()).isTrue();
        assertThat(again.resolution().id()).isEqualTo(first.id());
        assertThat(count("resolution")).isEqualTo(count);
    }

    @Test
    void savesNothingWhenTheFileCannotBeRead() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        long resolutionsBefore = count("resolution");
        long filesBefore = count("source_file");

        assertThatThrownBy(() -> imports.importDocument(COMMUNE, "rác.bin", garbage, PlanFixtures.officer(COMMUNE)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("rác.bin");

        assertThat(count("resolution")).isEqualTo(resolutionsBefore);
        assertThat(count("source_file")).isEqualTo(filesBefore);
    }

    @Test
    void letsAProvinceHandInItsCommunesResolutionsButNoOtherProvinces() throws Exception {
        byte[] bytes = unique(TestDocuments.seed(SEED_000));

        Resolution draft = imports.importForProvince(COMMUNE, "a.txt", bytes, PlanFixtures.provinceOfficer(PlanFixtures.PROVINCE)).resolution();

        assertThat(draft.unitCode()).isEqualTo(COMMUNE);
        assertThat(draft.status()).isEqualTo(ResolutionStatus.DRAFT);
        assertThatThrownBy(() -> imports.importForProvince(PlanFixtures.FAR_COMMUNE, "a.txt", bytes, PlanFixtures.provinceOfficer(PlanFixtures.PROVINCE)))
                .isInstanceOf(UnknownUnit.class);
        assertThatThrownBy(() -> imports.importForProvince(COMMUNE, "a.txt", bytes, PlanFixtures.officer(COMMUNE)))
                .isInstanceOf(UnknownUnit.class);
    }

    @Test
    void refusesToImportForAnotherCommuneAsIfItDidNotExist() {
        byte[] bytes = unique(TestDocuments.seed(SEED_000));

        assertThatThrownBy(() -> imports.importDocument(NEIGHBOUR, "a.txt", bytes, PlanFixtures.officer(COMMUNE)))
                .isInstanceOf(UnknownUnit.class);
        assertThatThrownBy(() -> imports.importDocument(COMMUNE, "a.txt", bytes, PlanFixtures.councilMember(COMMUNE)))
                .isInstanceOf(NotPermitted.class);
    }

    static byte[] unique(String text) {
        return (text + "\n<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
