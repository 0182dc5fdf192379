package vn.chitieu.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gets which answer to which request, cell by cell: a row per request, a column per {@link Person}.
 * A row names how its request is sent ({@link Request}: through the person's API client or through
 * their signed-in browser), the path, and the answer each person should get, in the order of the
 * columns. The placeholders of a path ({@code {draft}}, {@code {new draft}}) are filled anew for every
 * cell, so that a row which changes something can give each cell a resolution of its own. A path's
 * fragment ({@code #{draft}}) is not sent: it names what a list is looked through for. Where a request
 * other than a GET is about a resolution, the matrix also checks that the resolution changed exactly when
 * the answer says the request was done, and not at all for one that only shows what it would do (a dry
 * run). {@link #verify} fails with every cell that differs, so one run shows the whole picture.
 */
final class AuthorizationMatrix {
    /** A redirect to the sign-in page. */
    static final int LOGIN = -1;
    /** A redirect anywhere else: where a form sends the browser once it did what was asked. */
    static final int AWAY = -2;
    /** A list, with the resolution the path's fragment names in it. */
    static final int LISTS = -3;
    /** A list without it. */
    static final int OMITS = -4;
    /** An answer none of the others describes (an error without its page or problem detail). */
    private static final int ODD = 0;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z ]+)}");

    /** One column: a person, the API client they call with and the browser they use (a visitor's: signed in to nothing). */
    record Person(String label, Api api, Browser browser, String csrfToken) {

        static Person visitor(int port) {
            Browser browser = new Browser(port);
            return new Person("anonymous", Api.anonymous(port), browser, Browser.csrfToken(browser.get("/login").body()));
        }

        /**
         * A person with an account: the API with their personal token (HTTP Basic would hash the password
         * again for each of hundreds of requests), the pages with their password.
         */
        static Person account(String label, int port, String username, String apiToken) {
            Browser browser = new Browser(port);
            browser.signIn(username, TestAccounts.PASSWORD);
            return new Person(label, Api.bearer(port, apiToken), browser, Browser.csrfToken(browser.get("/profile").body()));
        }
    }

    /** One cell's request: the path with its placeholders filled, and the id the last of them stood for (0 if none). */
    record Cell(String path, long id) {}

    /** An answer as the table writes it, and in words for the report. */
    record Answer(int code, String text) {}

    /**
     * How a row's request is sent, and how its answer reads.
     *
     * @param changesNothing whether the resolution must stay as it was whatever the answer (a GET, a preview, a dry run)
     */
    record Request(String method, BiFunction<Person, Cell, Answer> send, boolean changesNothing) {

        Request(String method, BiFunction<Person, Cell, Answer> send) {
            this(method, send, method.equals("GET"));
        }

        /** The same request, which only shows what it would do: a resolution it is about must stay as it was. */
        Request changingNothing() {
            return new Request(method, send, true);
        }

        static Request apiGet() {
            return new Request("GET", (person, cell) -> api(person.api().get(cell.path())));
        }

        /** A GET of what is not JSON (a file, a text), accepting any media type. */
        static Request apiGetAny() {
            return new Request("GET", (person, cell) -> api(person.api().accepting("*/*").get(cell.path())));
        }

        static Request apiPost() {
            return new Request("POST", (person, cell) -> api(person.api().post(cell.path(), null)));
        }

        static Request apiJson(Supplier<String> body) {
            return new Request("POST", (person, cell) -> api(person.api().post(cell.path(), body.get())));
        }

        static Request apiUpload(Map<String, String> fields, Supplier<byte[]> file) {
            return apiUpload(fields, "nq.txt", file);
        }

        static Request apiUpload(Map<String, String> fields, String fileName, Supplier<byte[]> file) {
            return new Request("POST", (person, cell) -> api(person.api().upload(cell.path(), Multipart.of(fields, "file", fileName, file.get()))));
        }

        /** A GET of a JSON list: is the resolution the path's fragment names in it? */
        static Request apiList() {
            return list(true, "\"id\":%d[,}]");
        }

        static Request pageGet() {
            return new Request("GET", (person, cell) -> page(person.browser().get(cell.path())));
        }

        /** A GET of a page with a list of resolutions: is the one the path's fragment names among its links? */
        static Request pageList() {
            return list(false, "href=\"/resolutions/%d\"");
        }

        private static Request list(boolean api, String entry) {
            return new Request("GET", (person, cell) -> {
                HttpResponse<String> response = api ? person.api().get(cell.path()) : person.browser().get(cell.path());
                Answer answer = api ? api(response) : page(response);
                if (answer.code() != 200) {
                    return answer;
                }
                return Pattern.compile(entry.formatted(cell.id())).matcher(response.body()).find()
                        ? new Answer(LISTS, "listed") : new Answer(OMITS, "not listed");
            });
        }

        /** A form as the page sends it: the fields the cell calls for, and the person's own CSRF token. */
        static Request pageForm(Function<Cell, List<Map.Entry<String, String>>> fields) {
            return new Request("POST", (person, cell) -> {
                List<Map.Entry<String, String>> withToken = new ArrayList<>(fields.apply(cell));
                withToken.add(Map.entry("_csrf", person.csrfToken()));
                return page(person.browser().post(cell.path(), withToken));
            });
        }

        static Request pageUpload(Supplier<byte[]> file) {
            return pageUpload("nq.txt", file);
        }

        static Request pageUpload(String fileName, Supplier<byte[]> file) {
            return new Request("POST", (person, cell) -> page(person.browser().upload(cell.path(),
                    Multipart.of(Map.of("_csrf", person.csrfToken()), "file", fileName, file.get()))));
        }
    }

    private record Row(Request request, String path, int[] expected) {}

    private final List<Person> people;
    private final Map<String, LongSupplier> placeholders;
    private final LongFunction<String> state;
    private final List<Row> rows = new ArrayList<>();

    /**
     * @param placeholders what each {@code {name}} of a path stands for, asked again for every cell (a supplier
     *     that always gives the same id makes one thing shared by the whole row)
     * @param state where the resolution of that id stands, in words: a request other than a GET must change it
     *     exactly when its answer says it was done (a 2xx, or a form's redirect away)
     */
    AuthorizationMatrix(List<Person> people, Map<String, LongSupplier> placeholders, LongFunction<String> state) {
        this.people = List.copyOf(people);
        this.placeholders = new LinkedHashMap<>(placeholders);
        this.state = state;
    }

    /** A row: the request, its path, and what each person should get, in the order of the columns. */
    AuthorizationMatrix row(Request request, String path, int... expected) {
        if (expected.length != people.size()) {
            throw new IllegalArgumentException(request.method() + " " + path + ": " + expected.length + " answers for " + people.size()
                    + " columns");
        }
        rows.add(new Row(request, path, expected.clone()));
        return this;
    }

    /** Asks every cell, and fails with a line for each that differs from the table. */
    void verify() {
        List<String> mismatches = mismatches();
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " of " + rows.size() * people.size() + " cells differ from the table:\n"
                    + String.join("\n", mismatches));
        }
    }

    /**
     * Every cell that differs from the table, as "POST /path as someone (…/12/adopt): expected 403, got 200", or
     * "…: 403 as expected, but it changed DRAFT v1 to ADOPTED v2".
     */
    private List<String> mismatches() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (int column = 0; column < people.size(); column++) {
                Person person = people.get(column);
                Cell cell = fill(row.path());
                boolean watched = !row.request().method().equals("GET") && cell.id() != 0;
                String before = watched ? state.apply(cell.id()) : null;
                Answer actual = row.request().send().apply(person, cell);
                int expected = row.expected()[column];
                String where = row.request().method() + " " + row.path() + " as " + person.label() + " (" + cell.path() + "): ";
                if (actual.code() != expected) {
                    mismatches.add(where + "expected " + describe(expected) + ", got " + actual.text());
                } else if (watched) {
                    String after = state.apply(cell.id());
                    boolean done = !row.request().changesNothing() && (expected == AWAY || expected >= 200 && expected < 300);
                    if (done == before.equals(after)) {
                        mismatches.add(where + actual.text() + " as expected, but " + (done ? "it left " + before + " as it was"
                                : "it changed " + before + " to " + after));
                    }
                }
            }
        }
        return mismatches;
    }

    private Cell fill(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        long id = 0;
        while (placeholder.find()) {
            LongSupplier value = placeholders.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + placeholder.group(1) + "} in " + template);
            }
            id = value.getAsLong();
            placeholder.appendReplacement(path, String.valueOf(id));
        }
        placeholder.appendTail(path);
        int fragment = path.indexOf("#");
        return new Cell(fragment < 0 ? path.toString() : path.substring(0, fragment), id);
    }

    /** The API's answer: its status, where a refusal is the RFC 9457 problem detail every refusal of the API is. */
    static Answer api(HttpResponse<String> response) {
        int status = response.statusCode();
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (status >= 400 && !problem) {
            return new Answer(ODD, status + " without a problem detail");
        }
        return new Answer(status, String.valueOf(status));
    }

    /** A page's answer: where a redirect leads (the sign-in page or away), or its status, where an error is the application's error page. */
    static Answer page(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("");
            String path = URI.create(location).getPath();
            return new Answer("/login".equals(path) ? LOGIN : AWAY, status + " to " + location);
        }
        if (status >= 400 && !response.body().contains("Mã lỗi " + status)) {
            return new Answer(ODD, status + " without the error page");
        }
        return new Answer(status, String.valueOf(status));
    }

    private static String describe(int expected) {
        return switch (expected) {
            case LOGIN -> "a redirect to /login";
            case AWAY -> "a redirect away from /login";
            case LISTS -> "listed";
            case OMITS -> "not listed";
            default -> String.valueOf(expected);
        };
    }
}
