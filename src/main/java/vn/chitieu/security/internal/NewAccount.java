package vn.chitieu.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.security.Role;

/**
 * An account an administrator asks for, as submitted by the form or the API: every field is text,
 * so that whatever was typed can be shown back with a message saying what is wrong with it.
 */
public record NewAccount(String username, String displayName, String role, String unitCode) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final int DISPLAY_NAME_MAX = 200;

    public static NewAccount empty() {
        return new NewAccount("", "", "", "");
    }

    public String normalizedUsername() {
        return AccountRepository.normalize(username);
    }

    public String trimmedDisplayName() {
        return displayName == null ? "" : displayName.strip();
    }

    /** The unit code, or {@code null} when none was given. */
    public String trimmedUnitCode() {
        return unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    }

    public Optional<Role> parsedRole() {
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the request, checking that the unit exists and fits the role; empty when nothing is. */
    public List<FieldProblem> problems(Function<String, Optional<AdministrativeUnit>> units) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(normalizedUsername()).matches()) {
            problems.add(new FieldProblem("username", "security.account.username.invalid"));
        }
        if (trimmedDisplayName().isEmpty()) {
            problems.add(new FieldProblem("displayName", "security.account.displayName.required"));
        } else if (trimmedDisplayName().length() > DISPLAY_NAME_MAX) {
            problems.add(new FieldProblem("displayName", "security.account.displayName.tooLong"));
        }
        Optional<Role> parsed = parsedRole();
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem("role", "security.account.role.required"));
        } else {
            unitProblem(parsed.get(), units).ifPresent(code -> problems.add(new FieldProblem("unitCode", code)));
        }
        return problems;
    }

    private Optional<String> unitProblem(Role parsed, Function<String, Optional<AdministrativeUnit>> units) {
        String code = trimmedUnitCode();
        if (parsed == Role.ADMIN) {
            return code == null ? Optional.empty() : Optional.of("security.account.unitCode.notForAdmin");
        }
        if (code == null) {
            return Optional.of("security.account.unitCode.required");
        }
        Optional<AdministrativeUnit> unit = units.apply(code);
        if (unit.isEmpty()) {
            return Optional.of("security.account.unitCode.unknown");
        }
        AdministrativeUnit.Level expected = parsed == Role.PROVINCE_OFFICER ? AdministrativeUnit.Level.PROVINCE : AdministrativeUnit.Level.COMMUNE;
        if (unit.get().level() != expected) {
            return Optional.of(expected == AdministrativeUnit.Level.PROVINCE
                    ? "security.account.unitCode.provinceExpected"
                    : "security.account.unitCode.communeExpected");
        }
        return Optional.empty();
    }
}
