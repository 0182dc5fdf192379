package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class VersionsTests {

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\"", "W/\"3\"", " \"3\" "})
    void readsTheVersionBareQuotedOrWeak(String ifMatch) {
        assertThat(Versions.fromIfMatch(ifMatch)).isEqualTo(3);
    }

    @Test
    void writesTheVersionAsAStrongEntityTag() {
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"abc\"", "\"1\", \"2\"", "-1", "W/"})
    void refusesAnIfMatchThatNamesNoSingleVersionAsABadRequest(String ifMatch) {
        assertThatThrownBy(() -> Versions.fromIfMatch(ifMatch)).isInstanceOfSatisfying(ApiRefusal.class,
                refusal -> assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void asksForAVersionWhenThereIsNone() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null)).isInstanceOfSatisfying(ApiRefusal.class,
                refusal -> assertThat(refusal.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    }
}
