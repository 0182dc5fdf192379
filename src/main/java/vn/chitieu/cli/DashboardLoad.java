package vn.chitieu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code load --dashboard --url URL --user NAME --password SECRET [--users 20] [--warmup 60]
 * [--seconds 30] [--sample 200] [--province CODE]}: the dashboard benchmark on a generated data set
 * (see {@code generate}). It lists the resolutions of the province's communes the user may see (a
 * province officer: every one of them), takes up to {@code --sample} of them at random and, from
 * each, the periods that have values; then N people, each signed in through the login form as that user, open period pages
 * {@code /resolutions/{id}/periods/{period}} chosen at random among them, for {@code --warmup} seconds
 * and then {@code --seconds} measured ones, and it prints p50/p95/p99 and pages per second. It imports
 * nothing and changes nothing.
 */
final class DashboardLoad {
    private static final Set<String> OPTIONS = Set.of("url", "user", "password", "users", "warmup", "seconds", "sample", "province");
    /** The province officers {@code generate} creates. */
    private static final Pattern PROVINCE_OFFICER = Pattern.compile("tinh\\.(\\d{2})");
    private final PrintStream out;
    private final PrintStream err;

    DashboardLoad(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("load: " + e.getMessage());
            return 2;
        }
        try {
            List<String> pages = pages(options);
            out.printf(Locale.ROOT, "dashboard: %,d period pages with values, of %,d resolutions %s sees%s; %d people sign in, warm up "
                    + "for %d s, then %d s are measured%n", pages.size(), pages.stream().map(DashboardLoad::resolution).distinct().count(),
                    options.user(), options.province() == null ? "" : " in province " + options.province(), options.users(), options.warmUp(),
                    options.seconds());
            List<URI> uris = pages.stream().map(page -> URI.create(options.url() + page)).toList();
            PageLoad.Measured measured = PageLoad.run(options.url(), options.user(), options.password(), options.users(), options.warmUp(),
                    options.seconds(), random -> uris.get(random.nextInt(uris.size())));
            out.println("period pages as " + options.user() + ": " + measured.figures());
            return 0;
        } catch (IOException | IllegalStateException | InterruptedException e) {
            return PageLoad.failed(e, options.url(), err);
        }
    }

    /** The period pages to open: of a random sample of the resolutions the user sees, each period with a value entered. */
    static List<String> pages(Options options) throws IOException, InterruptedException {
        HttpClient api = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> resolutions = new ArrayList<>();
        json.readTree(get(api, options, "/api/resolutions")).forEach(resolutions::add);
        String province = options.province();
        if (province != null) {
            // published resolutions of every province are in the list too; the province's communes are the dashboard's
            Set<String> communes = new HashSet<>();
            json.readTree(get(api, options, "/api/units?parent=" + province)).forEach(unit -> communes.add(unit.get("code").asText()));
            resolutions.removeIf(resolution -> !communes.contains(resolution.get("unitCode").asText()));
        }
        if (resolutions.isEmpty()) {
            throw new IllegalStateException(options.user() + " sees no resolution" + (province == null ? "" : " of province " + province)
                    + "; generate a data set first (generate --province CODE)");
        }
        Collections.shuffle(resolutions, new Random(42));
        // each API request checks the password (bcrypt, a tenth of a second on purpose): a few at a time
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> found = new ArrayList<>();
        for (JsonNode resolution : resolutions.subList(0, Math.min(options.sample(), resolutions.size()))) {
            found.add(pool.submit(() -> {
                long id = resolution.get("id").asLong();
                int targets = resolution.get("targetCount").asInt();
                List<String> withValues = new ArrayList<>();
                String periods = get(api, options, "/api/resolutions/" + id + "/periods");
                if (periods == null) {
                    return withValues; // published, but outside the user's scope: its periods are not theirs to see
                }
                for (JsonNode period : json.readTree(periods)) {
                    if (period.get("missing").size() < targets) {
                        withValues.add("/resolutions/" + id + "/periods/" + period.get("period").asText());
                    }
                }
                return withValues;
            }));
        }
        pool.shutdown();
        List<String> pages = new ArrayList<>();
        try {
            for (Future<List<String>> periods : found) {
                pages.addAll(periods.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no period of the resolutions " + options.user() + " sees has a value yet");
        }
        return pages;
    }

    private static String resolution(String page) {
        return page.substring(0, page.indexOf("/periods/"));
    }

    private static String get(HttpClient api, Options options, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(options.url() + path)).timeout(PageLoad.PATIENCE)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((options.user() + ":" + options.password())
                        .getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404 && path.endsWith("/periods")) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + options.user() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The dashboard benchmark's options.
     *
     * @param sample how many resolutions the pages come from
     * @param province whose communes' resolutions: {@code --province}, else the code in a generated
     *     province officer's name ({@code tinh.08}), else {@code null} for every one in the user's scope
     */
    record Options(String url, String user, String password, int users, int warmUp, int seconds, int sample, String province) {
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--dashboard") || args[i].equals("--reports") || args[i].equals("--search")
                        || args[i].equals("--compare")) {
                    continue;
                }
                if (!args[i].startsWith("--") || !OPTIONS.contains(args[i].substring(2)) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("--dashboard takes --url, --user, --password, --users, --warmup, --seconds, "
                            + "--sample and --province, each with a value, not '" + args[i] + "'");
                }
                values.put(args[i].substring(2), args[++i]);
            }
            for (String required : List.of("url", "user", "password")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is needed; e.g. load --dashboard --url http://localhost:8080 "
                            + "--user tinh.08 --password SECRET --users 20 --seconds 30");
                }
            }
            Matcher generated = PROVINCE_OFFICER.matcher(values.get("user"));
            String province = values.containsKey("province") ? values.get("province") : generated.matches() ? generated.group(1) : null;
            return new Options(values.get("url").replaceAll("/$", ""), values.get("user"), values.get("password"),
                    number(values, "users", 20), number(values, "warmup", 60), number(values, "seconds", 30), number(values, "sample", 200),
                    province);
        }

        private static int number(Map<String, String> values, String name, int otherwise) {
            try {
                int number = values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
                if (number < (name.equals("warmup") ? 0 : 1)) {
                    throw new IllegalArgumentException("--" + name + " must be " + (name.equals("warmup") ? "0 or more" : "at least 1"));
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + values.get(name) + "'");
            }
        }
    }
}
