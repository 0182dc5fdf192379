package vn.chitieu.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MvcResult;
import vn.chitieu.web.NotFound;

@WebMvcTest(UnitPagesController.class)
@AutoConfigureMockMvc(addFilters = false)
class UnitPagesControllerTests extends UnitsWebSlice {

    @Test
    void listsTheProvincesWithLinksToThem() throws Exception {
        String page = html("/units");
        assertThat(page).contains("<h1>Đơn vị hành chính</h1>", "href=\"/units/04\"", ">Cao Bằng<", ">thành phố<", "2 tỉnh, thành phố.");
    }

    @Test
    void searchesWithAPlainFormWhenThereIsNoJavaScript() throws Exception {
        String page = html("/units?q=dong khe");
        assertThat(page).contains("<html", "href=\"/units/01786\"", ">Đông Khê<", ">Cao Bằng<", "1 đơn vị khớp với “dong khe”.");
        assertThat(page).contains("value=\"dong khe\"", "hx-get=\"/units/search\"");
    }

    @Test
    void answersHtmxWithTheResultsAndTheirCountAlone() throws Exception {
        String fragment = mvc.perform(get("/units/search").param("q", "dong khe").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html", "<main").contains("<table>", ">Đông Khê<")
                .contains("id=\"unit-status\"", "hx-swap-oob=\"innerHTML\"");
    }

    @Test
    void answersTheSearchAddressOpenedWithoutHtmxWithTheWholePage() throws Exception {
        assertThat(html("/units/search?q=dong khe")).contains("<html", "<h1>Đơn vị hành chính</h1>", ">Đông Khê<");
    }

    @Test
    void saysSoWhenNothingMatches() throws Exception {
        assertThat(html("/units?q=zzz")).doesNotContain("<table>").contains("Không có đơn vị nào khớp với “zzz”.");
    }

    @Test
    void showsAProvinceWithItsCommunes() throws Exception {
        String page = html("/units/04");
        assertThat(page).contains("<h1>Cao Bằng</h1>", "Xã, phường, đặc khu (2)", "href=\"/units/01786\"", ">Hoà An<", ">01654<");
    }

    @Test
    void showsACommuneWithItsProvinceAndWhereToLoadItsResolutions() throws Exception {
        String page = html("/units/01786");
        assertThat(page).contains("<h1>Đông Khê</h1>", "href=\"/units/04\"", ">xã<", "<section id=\"resolutions\"",
                "hx-get=\"/units/01786/resolutions\"", "href=\"/units/01786/resolutions\"");
    }

    @Test
    void answersAnUnknownCodeWithNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/units/99999")).andExpect(status().isNotFound()).andReturn();
        assertThat(result.getResolvedException()).isInstanceOf(NotFound.class);
    }

    @Test
    void speaksEnglishWhenAskedAndRemembersIt() throws Exception {
        mvc.perform(get("/units/01786").param("lang", "en"))
                .andExpect(cookie().value("chitieu-lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">commune<")));
        assertThat(html("/units/01786")).contains(">xã<", "lang=\"vi\"");
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
