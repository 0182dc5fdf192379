package vn.chitieu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTests {

    @Test
    void hashesATokenAsSixtyFourLowerCaseHexDigitsOfItsSha256() {
        assertThat(Secrets.tokenHash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void makesTokensThatAreLongRecognisableAndNeverRepeated() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(Secrets.token());
        }

        assertThat(tokens).hasSize(1000).allMatch(token -> token.matches("ct_[A-Za-z0-9_-]{43}"));
    }

    @Test
    void makesPasswordsOfTheAskedLengthWithoutLookAlikeCharacters() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            String password = Secrets.password(20);
            assertThat(password).hasSize(20);
            all.append(password);
        }

        assertThat(all.toString()).matches("[a-zA-Z2-9]+").doesNotContain("l", "I", "O", "0", "1", "o");
    }
}
