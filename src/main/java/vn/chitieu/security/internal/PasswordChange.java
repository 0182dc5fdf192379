package vn.chitieu.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A person's request to replace their own password, as typed into the profile page. */
public record PasswordChange(String currentPassword, String newPassword, String confirmPassword) {
    static final int MIN_LENGTH = 10;
    /** BCrypt reads no further than 72 bytes, and Spring's encoder refuses longer passwords. */
    static final int MAX_BYTES = 72;

    public static PasswordChange empty() {
        return new PasswordChange("", "", "");
    }

    /** What is wrong with the new password itself; the current one is checked against the stored hash. */
    public List<FieldProblem> problems(String username) {
        List<FieldProblem> problems = new ArrayList<>();
        String password = newPassword == null ? "" : newPassword;
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new FieldProblem("newPassword", "security.password.tooShort"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(new FieldProblem("newPassword", "security.password.tooLong"));
        } else if (password.equalsIgnoreCase(username)) {
            problems.add(new FieldProblem("newPassword", "security.password.sameAsUsername"));
        }
        if (!password.equals(confirmPassword)) {
            problems.add(new FieldProblem("confirmPassword", "security.password.mismatch"));
        }
        return problems;
    }
}
