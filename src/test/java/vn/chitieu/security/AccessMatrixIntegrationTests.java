package vn.chitieu.security;

import static vn.chitieu.security.AuthorizationMatrix.AWAY;
import static vn.chitieu.security.AuthorizationMatrix.LISTS;
import static vn.chitieu.security.AuthorizationMatrix.LOGIN;
import static vn.chitieu.security.AuthorizationMatrix.OMITS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.MultiValueMap;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.SheetBuilder;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.Comments;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.web.FormFields;
import vn.chitieu.security.AuthorizationMatrix.Person;
import vn.chitieu.security.AuthorizationMatrix.Request;
import vn.chitieu.security.internal.ApiTokens;

/**
 * Every role against every endpoint of the API and every page, cell by cell, for resolutions of commune
 * A ({@value TestUnits#COMMUNE}) in province P ({@value TestUnits#PROVINCE}). The columns: a visitor, an
 * admin, a province officer of P and one of another province, then each commune role in A, in B (another
 * commune of P, {@value TestUnits#NEIGHBOUR_COMMUNE}) and in C (a commune of another province, {@value
 * TestUnits#OTHER_PROVINCE_COMMUNE}). What is outside someone's scope answers 404; what is inside it but
 * not theirs to do answers 403 (the API's problem, or the 403 page); a visitor gets 401 from the API and
 * is sent to sign in by the pages, except for what is published, which everyone may read.
 *
 * <p>In the tables ({@code PROVINCE} heads the province officers' columns): {@code LOGIN} is a redirect to the sign-in page, {@code AWAY} a form's redirect once it
 * did what was asked; {@code LISTS} and {@code OMITS} say whether a list holds the resolution its path's
 * {@code #{…}} names. {@code {draft}}, {@code {adopted}}, {@code {published}} and {@code {archived}} are one resolution of A
 * each, shared by a row; {@code {new …}} is a resolution of A made for each cell ({@code {new submitted}}: adopted, its 2026
 * report submitted), so that what one cell
 * changes (or wrongly changes) never reaches another, and the matrix checks that a change was made exactly
 * where the answer says it was.
 */
@IntegrationTest
class AccessMatrixIntegrationTests extends SecurityTestBase {
    private static final String A = TestUnits.COMMUNE;
    private static final String SEED = "000_a52e04d6636138d8.txt";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ResolutionImport imports;
    @Autowired
    Resolutions resolutions;
    @Autowired
    Comments comments;
    @Autowired
    vn.chitieu.monitoring.Reporting reporting;
    @Autowired
    vn.chitieu.monitoring.Actuals actuals;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ObjectMapper json;

    /** A leader of A outside the table, who makes the resolutions the rows are about. */
    private Actor clerk;
    private Browser clerkBrowser;
    private final List<Person> people = new ArrayList<>();

    @BeforeEach
    void people() {
        String clerkName = accounts.create(Role.COMMUNE_LEADER, A);
        clerk = actor(clerkName, Role.COMMUNE_LEADER, A);
        clerkBrowser = new Browser(port);
        clerkBrowser.signIn(clerkName, TestAccounts.PASSWORD);

        people.add(Person.visitor(port));
        people.add(person(Role.ADMIN, null, "ADMIN"));
        people.add(person(Role.PROVINCE_OFFICER, TestUnits.PROVINCE, "of its province P"));
        people.add(person(Role.PROVINCE_OFFICER, TestUnits.OTHER_PROVINCE, "of another province"));
        for (Role role : List.of(Role.COMMUNE_OFFICER, Role.COMMUNE_LEADER, Role.COUNCIL_MEMBER)) {
            people.add(person(role, A, "of commune A"));
            people.add(person(role, TestUnits.NEIGHBOUR_COMMUNE, "of commune B in the same province"));
            people.add(person(role, TestUnits.OTHER_PROVINCE_COMMUNE, "of commune C in another province"));
        }
    }

    @Test
    void answersTheApiAsTheTableSays() {
        Request get = Request.apiGet();
        Request file = Request.apiGetAny();
        Request list = Request.apiList();
        Request post = Request.apiPost();
        Request put = new Request("PUT", (person, cell) -> {
            Resolution resolution = resolutions.get(cell.id(), Optional.of(clerk));
            return AuthorizationMatrix.api(person.api().put(cell.path(), write(resolution.content()), "\"" + resolution.version() + "\""));
        });
        Request upload = Request.apiUpload(Map.of("unitCode", A), this::uniqueSeed);
        Request extract = Request.apiUpload(Map.of(), this::uniqueSeed);
        Request account = Request.apiJson(() -> "{\"username\":\"ma-tran-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime()
                + "\",\"displayName\":\"Người thử\",\"role\":\"COUNCIL_MEMBER\",\"unitCode\":\"" + A + "\"}");
        Request token = Request.apiJson(() -> "{\"name\":\"ma trận\"}");
        Request comment = Request.apiJson(() -> "{\"body\":\"Ý kiến thử\"}");
        Request values = Request.apiUpload(Map.of(), "so-lieu.xlsx", AccessMatrixIntegrationTests::valuesWorkbook);

        AuthorizationMatrix matrix = new AuthorizationMatrix(people, placeholders(), this::state)
        //                                                                          visitor   ADMIN   PROVINCE       COMMUNE_OFFICER       COMMUNE_LEADER        COUNCIL_MEMBER
        //                                                                                                P  other       A      B      C       A      B      C       A      B      C
                .row(get,     "/api/health",                                            200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/api/units?parent=04",                                   200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(list,    "/api/resolutions#{draft}",                             OMITS,  LISTS,  LISTS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS)
                .row(list,    "/api/resolutions?unit=01786#{draft}",                  OMITS,  LISTS,  LISTS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS)
                .row(list,    "/api/resolutions?unit=01786#{published}",              LISTS,  LISTS,  LISTS, LISTS,  LISTS, LISTS, LISTS,  LISTS, LISTS, LISTS,  LISTS, LISTS, LISTS)
                .row(list,    "/api/resolutions?unit=01786&archived=true#{archived}", OMITS,  LISTS,  LISTS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS)
                .row(upload,  "/api/resolutions",                                       401,    201,    403,   404,    201,   404,   404,    201,   404,   404,    403,   404,   404)
                .row(get,     "/api/resolutions/{draft}",                               404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(file,    "/api/resolutions/{draft}/source",                        404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(file,    "/api/resolutions/{draft}/text",                          404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/api/audit?entity=resolution/{draft}",                   401,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/api/resolutions/{published}",                           200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(file,    "/api/resolutions/{published}/source",                    200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(file,    "/api/resolutions/{published}/text",                      200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/api/audit?entity=resolution/{published}",               401,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(put,     "/api/resolutions/{new draft}",                           401,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(put,     "/api/resolutions/{new published}",                       401,    422,    403,   403,    422,   403,   403,    422,   403,   403,    403,   403,   403)
                .row(post,    "/api/resolutions/{new draft}/adopt",                     401,    200,    403,   404,    403,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(post,    "/api/resolutions/{new adopted}/publish",                 401,    200,    403,   404,    403,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(post,    "/api/resolutions/{new draft}/archive",                   401,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(post,    "/api/resolutions/{new published}/archive",               401,    200,    403,   403,    200,   403,   403,    200,   403,   403,    403,   403,   403)
                .row(post,    "/api/resolutions/{new archived}/restore",                401,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(get,     "/api/resolutions/{draft}/comments",                      401,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/api/resolutions/{published}/comments",                  401,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(comment, "/api/resolutions/{new draft}/comments",                  401,    201,    403,   404,    201,   404,   404,    201,   404,   404,    201,   404,   404)
                .row(comment, "/api/resolutions/{new published}/comments",              401,    201,    403,   403,    201,   403,   403,    201,   403,   403,    201,   403,   403)
                .row(get,     "/api/resolutions/{adopted}/periods",                     404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/api/resolutions/{adopted}/assessment?period=2026",      404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(post,    "/api/resolutions/{new adopted}/periods/2026/submit",     401,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(post,    "/api/resolutions/{new submitted}/periods/2026/approve",  401,    200,    403,   404,    403,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(values.changingNothing(), "/api/resolutions/{adopted}/periods/2026/actuals.xlsx?dryRun=true",
                                                                                        401,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(values,  "/api/resolutions/{new adopted}/periods/2026/actuals.xlsx",
                                                                                        401,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(values,  "/api/resolutions/{new submitted}/periods/2026/actuals.xlsx",
                                                                                        401,    422,    403,   404,    422,   404,   404,    422,   404,   404,    403,   404,   404)
                .row(extract, "/api/extract",                                           401,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/api/accounts",                                          401,    200,    404,   404,    404,   404,   404,    404,   404,   404,    404,   404,   404)
                .row(account, "/api/accounts",                                          401,    201,    404,   404,    404,   404,   404,    404,   404,   404,    404,   404,   404)
                .row(get,     "/api/tokens",                                            401,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(token,   "/api/tokens",                                            401,    201,    201,   201,    201,   201,   201,    201,   201,   201,    201,   201,   201);

        matrix.verify();
    }

    @Test
    void answersThePagesAsTheTableSays() {
        Request get = Request.pageGet();
        Request list = Request.pageList();
        Request post = Request.pageForm(cell -> List.of());
        Request upload = Request.pageUpload(this::uniqueSeed);
        Request comment = Request.pageForm(cell -> List.of(Map.entry("body", "Ý kiến thử")));
        Request preview = Request.pageUpload("so-lieu.xlsx", AccessMatrixIntegrationTests::valuesWorkbook).changingNothing();
        Request confirm = Request.pageForm(cell -> List.of(Map.entry("rows[0].row", "2"),
                Map.entry("rows[0].target", String.valueOf(resolutions.get(cell.id(), Optional.of(clerk)).content().indicators().get(0)
                        .targets().get(0).id())),
                Map.entry("rows[0].value", "1150"), Map.entry("rows[0].estimate", "false"), Map.entry("rows[0].version", "0")));
        Request save = Request.pageForm(cell -> {
            MultiValueMap<String, String> form = FormFields.of(clerkBrowser.get("/resolutions/" + cell.id() + "/review").body());
            form.remove("_csrf");
            form.set("action", "save");
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            form.forEach((name, values) -> values.forEach(value -> fields.add(Map.entry(name, value))));
            return fields;
        });

        AuthorizationMatrix matrix = new AuthorizationMatrix(people, placeholders(), this::state)
        //                                                                          visitor   ADMIN   PROVINCE       COMMUNE_OFFICER       COMMUNE_LEADER        COUNCIL_MEMBER
        //                                                                                                P  other       A      B      C       A      B      C       A      B      C
                .row(get,     "/login",                                                 200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/profile",                                             LOGIN,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/admin/accounts",                                      LOGIN,    200,    403,   403,    403,   403,   403,    403,   403,   403,    403,   403,   403)
                .row(get,     "/units/01786",                                           200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(list,    "/units/01786/resolutions#{draft}",                     OMITS,  LISTS,  LISTS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS)
                .row(list,    "/units/01786/resolutions#{published}",                 LISTS,  LISTS,  LISTS, LISTS,  LISTS, LISTS, LISTS,  LISTS, LISTS, LISTS,  LISTS, LISTS, LISTS)
                .row(list,    "/units/01786/resolutions?archived=true#{archived}",    OMITS,  LISTS,  OMITS, OMITS,  LISTS, OMITS, OMITS,  LISTS, OMITS, OMITS,  OMITS, OMITS, OMITS)
                .row(get,     "/units/01786/import",                                  LOGIN,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(upload,  "/units/01786/import",                                  LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(get,     "/resolutions/{draft}",                                   404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/resolutions/{draft}/source",                            404,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/resolutions/{draft}/history",                         LOGIN,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/resolutions/{draft}/review",                          LOGIN,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(get,     "/resolutions/{published}",                               200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/resolutions/{published}/source",                        200,    200,    200,   200,    200,   200,   200,    200,   200,   200,    200,   200,   200)
                .row(get,     "/resolutions/{published}/history",                     LOGIN,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/resolutions/{published}/review",                      LOGIN,   AWAY,    403,   403,   AWAY,   403,   403,   AWAY,   403,   403,    403,   403,   403)
                .row(save,    "/resolutions/{new draft}/review",                      LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(post,    "/resolutions/{new draft}/adopt",                       LOGIN,   AWAY,    403,   404,    403,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(post,    "/resolutions/{new adopted}/publish",                   LOGIN,   AWAY,    403,   404,    403,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(post,    "/resolutions/{new draft}/archive",                     LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(post,    "/resolutions/{new published}/archive",                 LOGIN,   AWAY,    403,   403,   AWAY,   403,   403,   AWAY,   403,   403,    403,   403,   403)
                .row(post,    "/resolutions/{new archived}/restore",                  LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(get,     "/resolutions/{adopted}/periods",                       LOGIN,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(get,     "/resolutions/{adopted}/periods/2026",                  LOGIN,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(post,    "/resolutions/{new adopted}/periods/2026/submit",       LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(post,    "/resolutions/{new submitted}/periods/2026/approve",    LOGIN,   AWAY,    403,   404,    403,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(get,     "/resolutions/{adopted}/periods/2026/entry",            LOGIN,    200,    200,   404,    200,   404,   404,    200,   404,   404,    200,   404,   404)
                .row(preview, "/resolutions/{adopted}/periods/2026/entry/import",     LOGIN,    200,    403,   404,    200,   404,   404,    200,   404,   404,    403,   404,   404)
                .row(confirm, "/resolutions/{new adopted}/periods/2026/entry/import/confirm",
                                                                                      LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,    403,   404,   404)
                .row(comment, "/resolutions/{new draft}/comments",                    LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,   AWAY,   404,   404)
                .row(comment, "/resolutions/{new adopted}/periods/2026/comments",     LOGIN,   AWAY,    403,   404,   AWAY,   404,   404,   AWAY,   404,   404,   AWAY,   404,   404)
                .row(comment, "/resolutions/{new published}/comments",                LOGIN,   AWAY,    403,   403,   AWAY,   403,   403,   AWAY,   403,   403,   AWAY,   403,   403);

        matrix.verify();
    }

    /** What the placeholders of the rows stand for: shared resolutions made once, new ones made for every cell. */
    private Map<String, LongSupplier> placeholders() {
        return Map.of(
                "draft", once(this::draft),
                "published", once(this::published),
                "archived", once(this::archived),
                "new draft", this::draft,
                "new adopted", () -> resolutions.adopt(draft(), clerk).id(),
                "adopted", once(() -> resolutions.adopt(draft(), clerk).id()),
                "new submitted", () -> {
                    long id = resolutions.adopt(draft(), clerk).id();
                    reporting.submit(id, "2026", clerk);
                    return id;
                },
                "new published", this::published,
                "new archived", this::archived);
    }

    /** Where a resolution stands, as the rows' changes move it: its status, version, comments, reports and values entered. */
    private String state(long id) {
        Resolution resolution = resolutions.get(id, Optional.of(clerk));
        String reports = resolution.status() == vn.chitieu.plan.ResolutionStatus.DRAFT ? ""
                : reporting.periods(id, Optional.of(clerk)).stream().filter(p -> p.status() != vn.chitieu.monitoring.PeriodStatus.DRAFT)
                        .map(p -> ", " + p.period() + " " + p.status()).reduce("", String::concat)
                        + ", " + actuals.forResolution(resolution, clerk).size() + " values";
        return resolution.status() + (resolution.archived() ? " archived" : "") + " v" + resolution.version() + ", "
                + comments.list(id, Optional.of(clerk)).size() + " comments" + reports;
    }

    /** A table of 2026's values as a commune keeps it in Excel, for seed 000: its first indicator, which has one target. */
    private static byte[] valuesWorkbook() {
        return SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện").row(1, "Thu ngân sách trên địa bàn", "triệu đồng", "1.150")
                .bytes();
    }

    private long draft() {
        try {
            return imports.importDocument(A, "nq.txt", uniqueSeed(), clerk).resolution().id();
        } catch (DocumentException e) {
            throw new AssertionError("the seed cannot be read", e);
        }
    }

    private long published() {
        long id = draft();
        resolutions.adopt(id, clerk);
        return resolutions.publish(id, clerk).id();
    }

    private long archived() {
        return resolutions.archive(draft(), clerk).id();
    }

    /** The seed with a line of its own: the import keeps one resolution per file, by its SHA-256. */
    private byte[] uniqueSeed() {
        return (TestDocuments.seed(SEED) + "\n<!-- ma trận quyền " + SEQUENCE.incrementAndGet() + " " + System.nanoTime() + " -->")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static LongSupplier once(LongSupplier make) {
        long[] made = new long[1];
        return () -> made[0] != 0 ? made[0] : (made[0] = make.getAsLong());
    }

    private Person person(Role role, String unitCode, String where) {
        String username = accounts.create(role, unitCode);
        String label = role == Role.ADMIN ? where : role + " " + where;
        return Person.account(label, port, username, tokens.create(actor(username, role, unitCode), "ma trận quyền").token());
    }

    private Actor actor(String username, Role role, String unitCode) {
        return new Actor(accounts.id(username), username, "Người thử " + username, role, unitCode);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
