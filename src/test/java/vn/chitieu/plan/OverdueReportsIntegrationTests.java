package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import vn.chitieu.IntegrationTest;
import vn.chitieu.monitoring.OverdueReports;
import vn.chitieu.monitoring.OverdueReports.Overdue;
import vn.chitieu.monitoring.PeriodStatus;
import vn.chitieu.plan.web.Signed;

/** Late reports: a half-year or year not submitted 15 days after it ends, on the commune's and the province's pages. */
@IntegrationTest
@AutoConfigureMockMvc
class OverdueReportsIntegrationTests extends ResolutionApiTest {
    @Autowired
    OverdueReports overdue;

    @Autowired
    Resolutions resolutions;

    @Test
    void aHalfYearIsLateFromTheSixteenthDayUntilItIsSubmittedAndAgainWhenReturned() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        assertThat(late(id, "2026-07-15")).isEmpty();
        assertThat(late(id, "2026-07-16")).singleElement().satisfies(late -> {
            assertThat(late.period()).isEqualTo("2026-H1");
            assertThat(late.status()).isEqualTo(PeriodStatus.DRAFT);
            assertThat(late.due()).isEqualTo(LocalDate.of(2026, 7, 15));
            assertThat(late.daysLate()).isEqualTo(1);
        });
        assertThat(late(id, "2027-01-20")).extracting(Overdue::period).containsExactly("2026-H1", "2026-H2", "2026");

        mvc.perform(post("/api/resolutions/" + id + "/periods/2026-H1/submit").with(csrf()).with(Signed.as(officer)))
                .andExpect(status().isOk());
        assertThat(late(id, "2026-07-16")).isEmpty();
        mvc.perform(post("/api/resolutions/" + id + "/periods/2026-H1/return").with(csrf()).with(Signed.as(leader))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Thiếu số thu ngân sách\"}")).andExpect(status().isOk());
        assertThat(late(id, "2026-07-16")).extracting(Overdue::status).containsExactly(PeriodStatus.RETURNED);

        // today the half-year of 2026 is long over: the commune's officers and the province see it late, visitors do not
        String link = "href=\"/resolutions/" + id + "/periods/2026-H1\"";
        assertThat(html(get("/units/" + COMMUNE + "/resolutions"), officer, 200)).contains("báo cáo quá hạn", link,
                "phải gửi chậm nhất 15 ngày", "Bị trả lại");
        assertThat(html(get("/units/" + PROVINCE + "/resolutions"), PlanFixtures.provinceOfficer(PROVINCE), 200))
                .contains("báo cáo quá hạn", link, "Đông Khê");
        api.post("/api/resolutions/" + id + "/publish", leader).andExpect(status().isOk());
        assertThat(html(get("/units/" + COMMUNE + "/resolutions"), null, 200)).contains("href=\"/resolutions/" + id + "\"")
                .doesNotContain("quá hạn");
        // published, it is seen by everyone; its reports are still only for those whose scope holds it
        assertThat(html(get("/units/" + COMMUNE + "/resolutions"), PlanFixtures.officer(PlanFixtures.NEIGHBOUR), 200))
                .contains("href=\"/resolutions/" + id + "\"").doesNotContain("quá hạn");
        assertThat(html(get("/units/" + PlanFixtures.FAR_PROVINCE + "/resolutions"), PlanFixtures.provinceOfficer(PlanFixtures.FAR_PROVINCE), 200))
                .doesNotContain(link);
        assertThat(html(get("/units/" + PROVINCE + "/resolutions"), PlanFixtures.provinceOfficer(PlanFixtures.FAR_PROVINCE), 200))
                .contains("href=\"/resolutions/" + id + "\"").doesNotContain(link);
    }


    private List<Overdue> late(long id, String day) {
        List<ResolutionSummary> rows = resolutions.list(COMMUNE, null, false, Optional.of(officer)).stream().filter(r -> r.id() == id).toList();
        assertThat(rows).hasSize(1);
        return overdue.among(rows, LocalDate.parse(day));
    }
}
