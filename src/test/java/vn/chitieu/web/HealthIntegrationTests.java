package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class HealthIntegrationTests {
    @Autowired
    HealthController health;

    @Test
    void saysUpWhenTheApplicationsDatabaseAnswers() {
        var answer = health.health();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo(new HealthController.Health("UP"));
    }
}
