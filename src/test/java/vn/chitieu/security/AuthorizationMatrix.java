package vn.chitieu.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who gets which answer to which GET: one row per path, the status for an anonymous caller, for the
 * roles named, and for every other role. The API is called with HTTP Basic, pages with a signed-in
 * browser. {@link #mismatches} lists every cell that differs, so one run shows the whole picture.
 */
final class AuthorizationMatrix {
    private record Row(boolean api, String path, int anonymous, Map<Role, Integer> named, int others) {
        int expected(Role role) {
            return named.getOrDefault(role, others);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    AuthorizationMatrix api(String path, int anonymous, Map<Role, Integer> named, int others) {
        rows.add(new Row(true, path, anonymous, named, others));
        return this;
    }

    AuthorizationMatrix page(String path, int anonymous, Map<Role, Integer> named, int others) {
        rows.add(new Row(false, path, anonymous, named, others));
        return this;
    }

    /** Every cell whose answer differs from the table, as "GET /path as ROLE: expected 404, got 200". */
    List<String> mismatches(int port, Map<Role, String> usernames, String password) {
        Map<Role, Browser> browsers = new EnumMap<>(Role.class);
        usernames.forEach((role, username) -> {
            Browser browser = new Browser(port);
            browser.signIn(username, password);
            browsers.put(role, browser);
        });
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            int anonymous = row.api() ? Api.anonymous(port).get(row.path()).statusCode() : new Browser(port).get(row.path()).statusCode();
            compare(mismatches, row.path(), "anonymous", row.anonymous(), anonymous);
            for (Map.Entry<Role, String> user : usernames.entrySet()) {
                int actual = row.api()
                        ? Api.basic(port, user.getValue(), password).get(row.path()).statusCode()
                        : browsers.get(user.getKey()).get(row.path()).statusCode();
                compare(mismatches, row.path(), user.getKey().name(), row.expected(user.getKey()), actual);
            }
        }
        return mismatches;
    }

    private static void compare(List<String> mismatches, String path, String who, int expected, int actual) {
        if (expected != actual) {
            mismatches.add("GET " + path + " as " + who + ": expected " + expected + ", got " + actual);
        }
    }
}
