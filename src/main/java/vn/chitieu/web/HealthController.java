package vn.chitieu.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/health}: whether the application can serve, which is whether its database answers. */
@RestController
class HealthController {
    private static final Logger log = LoggerFactory.getLogger(HealthController.class);
    private final JdbcClient jdbc;

    /** @param status {@code UP} or {@code DOWN} */
    record Health(String status) {}

    HealthController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/health")
    ResponseEntity<Health> health() {
        HttpStatus status = HttpStatus.OK;
        try {
            jdbc.sql("SELECT 1").query(Integer.class).single();
        } catch (DataAccessException down) {
            log.warn("the database does not answer: {}", down.getMessage());
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(new Health(status == HttpStatus.OK ? "UP" : "DOWN"));
    }
}
