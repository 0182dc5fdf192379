package vn.chitieu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordChangeTests {

    private static List<String> problems(String newPassword, String confirmation) {
        return new PasswordChange("old", newPassword, confirmation).problems("can.bo").stream().map(FieldProblem::code).toList();
    }

    @Test
    void acceptsTenCharactersThatAreConfirmed() {
        assertThat(problems("mười ký tự!", "mười ký tự!")).isEmpty();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertThat(problems("ngắn quá", "ngắn quá")).containsExactly("security.password.tooShort");
    }

    @Test
    void refusesMoreThanTheSeventyTwoBytesBcryptReads() {
        String accented = "ệ".repeat(25);

        assertThat(problems(accented, accented)).containsExactly("security.password.tooLong");
    }

    @Test
    void refusesTheUsernameAsPassword() {
        PasswordChange change = new PasswordChange("old", "Can.Bo.Dong.Khe", "Can.Bo.Dong.Khe");

        assertThat(change.problems("can.bo.dong.khe")).extracting(FieldProblem::code).containsExactly("security.password.sameAsUsername");
    }

    @Test
    void refusesAConfirmationThatDiffers() {
        assertThat(problems("mật khẩu mới dài", "mật khẩu mới dà")).containsExactly("security.password.mismatch");
    }
}
