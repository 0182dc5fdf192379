package vn.chitieu.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class HealthControllerTests {

    @Test
    void saysUpWhenTheDatabaseAnswers() throws Exception {
        health("jdbc:h2:mem:health;DB_CLOSE_DELAY=0").perform(get("/api/health"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().json("{\"status\":\"UP\"}", true));
    }

    @Test
    void saysDownWithServiceUnavailableWhenTheDatabaseDoesNotAnswer() throws Exception {
        health("jdbc:h2:tcp://127.0.0.1:1/nowhere").perform(get("/api/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().json("{\"status\":\"DOWN\"}", true));
    }

    private static MockMvc health(String databaseUrl) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(databaseUrl, "sa", ""));
        return MockMvcBuilders.standaloneSetup(new HealthController(jdbc)).build();
    }
}
