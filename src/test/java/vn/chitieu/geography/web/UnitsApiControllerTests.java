package vn.chitieu.geography.web;

import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;

@WebMvcTest(UnitsApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class UnitsApiControllerTests extends UnitsWebSlice {

    @Test
    void listsTheProvincesWhenAskedForNothingInParticular() throws Exception {
        mvc.perform(get("/api/units"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].code").value("04"))
                .andExpect(jsonPath("$[1].name").value("Cao Bằng"))
                .andExpect(jsonPath("$[1].type").value("tỉnh"))
                .andExpect(jsonPath("$[1].level").value("PROVINCE"))
                .andExpect(jsonPath("$[1].provinceCode").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[1].fullName").value("tỉnh Cao Bằng"));
    }

    @Test
    void listsTheCommunesOfAParent() throws Exception {
        mvc.perform(get("/api/units").param("parent", "04"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("01654", "01786")))
                .andExpect(jsonPath("$[1].provinceCode").value("04"))
                .andExpect(jsonPath("$[1].fullName").value("xã Đông Khê"));
    }

    @Test
    void searchesWithinTheParent() throws Exception {
        mvc.perform(get("/api/units").param("parent", "04").param("q", "dong khe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Đông Khê"));
        then(units).should().search("dong khe", "04", UnitsApiController.DEFAULT_LIMIT);
    }

    @Test
    void keepsTheLimitWithinBounds() throws Exception {
        mvc.perform(get("/api/units").param("q", "a").param("limit", "100000")).andExpect(status().isOk());
        then(units).should().search("a", null, UnitsApiController.MAX_LIMIT);
        mvc.perform(get("/api/units").param("q", "a").param("limit", "-3")).andExpect(status().isOk());
        then(units).should().search("a", null, 1);
    }

    @Test
    void answersAnUnknownParentWithALocalisedProblem() throws Exception {
        mvc.perform(get("/api/units").param("parent", "99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.detail").value("Không có đơn vị hành chính mã “99”."))
                .andExpect(jsonPath("$.instance").value("/api/units"));
        mvc.perform(get("/api/units").param("parent", "99").param("q", "x").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("There is no administrative unit with code “99”."));
    }

    @Test
    void answersALimitThatIsNotANumberWithABadRequestProblem() throws Exception {
        mvc.perform(get("/api/units").param("q", "a").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value("Giá trị \"many\" của tham số \"limit\" không hợp lệ."));
    }
}
