package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.FAR_PROVINCE;
import static vn.chitieu.plan.PlanFixtures.PROVINCE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.web.PageVisitor;

/** A province's page lists the resolutions of its communes, each to those who may see it. */
@IntegrationTest
@AutoConfigureMockMvc
class ProvinceResolutionsIntegrationTests {
    @Autowired
    MockMvc mvc;

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
    void listsACommunesDraftToItsProvinceOfficerAndItsPublishedResolutionToEveryone() throws Exception {
        long draft = importSeed("000_a52e04d6636138d8.txt");
        long published = importSeed("000_a52e04d6636138d8.txt");
        resolutions.adopt(published, PlanFixtures.leader(COMMUNE));
        resolutions.publish(published, PlanFixtures.leader(COMMUNE));

        String officerView = page(get("/units/" + PROVINCE + "/resolutions").with(PageVisitor.as(PlanFixtures.provinceOfficer(PROVINCE))));
        String visitorView = page(get("/units/" + PROVINCE + "/resolutions"));
        String otherProvinceView = page(get("/units/" + PROVINCE + "/resolutions")
                .with(PageVisitor.as(PlanFixtures.provinceOfficer(FAR_PROVINCE))));

        assertThat(officerView).contains("href=\"/resolutions/" + draft + "\"", "href=\"/resolutions/" + published + "\"", "Đông Khê");
        assertThat(visitorView).contains("href=\"/resolutions/" + published + "\"").doesNotContain("href=\"/resolutions/" + draft + "\"");
        assertThat(otherProvinceView).doesNotContain("href=\"/resolutions/" + draft + "\"");
    }

    private long importSeed(String seed) throws Exception {
        byte[] bytes = ResolutionImportIntegrationTests.unique(TestDocuments.seed(seed));
        return imports.importDocument(COMMUNE, "nq.txt", bytes, PlanFixtures.officer(COMMUNE)).resolution().id();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Accept-Language", "vi")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
