package vn.chitieu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People signed in through the login form, each opening pages as fast as the server answers, every page timed. */
final class PageLoad {
    /** How long a request may take before the run stops with a failure instead of waiting for ever. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private PageLoad() {}

    /** A person's browser after signing in: it keeps the session cookie. */
    static HttpClient signIn(String url, String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("the login page has no CSRF field");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("signing in as " + user + " failed (HTTP " + response.statusCode() + " " + location + ")");
        }
        return client;
    }

    /**
     * Each person opens the page {@code next} chooses, again and again for {@code seconds}, and each
     * answer's time goes into {@code times} (nanoseconds).
     *
     * @param next the page to open next, given the person's own random numbers
     */
    private static void measure(List<HttpClient> people, Function<Random, URI> next, int seconds, List<Long> times) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<Object>> running = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            HttpClient person = people.get(i);
            Random random = new Random(i);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    URI page = next.apply(random);
                    HttpRequest request = HttpRequest.newBuilder(page).header("Accept-Language", "vi").timeout(PATIENCE).build();
                    long started = System.nanoTime();
                    HttpResponse<Void> response = person.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(page + " answered " + response.statusCode());
                    }
                    times.add(System.nanoTime() - started);
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        for (Future<Object> person : running) {
            try {
                person.get(1, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                pool.shutdownNow();
                throw new IllegalStateException(e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                        : "a person's requests did not finish", e);
            }
        }
    }

    /** The times of the measured requests, fastest first, and the seconds they took. */
    record Measured(List<Long> sorted, double seconds, int people) {
        /** "N requests by P signed-in people in S s (R/s); p50 …, p95 …, p99 …" */
        String figures() {
            return String.format(Locale.ROOT, "%d requests by %d signed-in people in %.1f s (%.1f/s); p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    sorted.size(), people, seconds, sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
                    percentile(sorted, 0.99));
        }
    }

    /** Signs {@code people} in as the user, lets them open pages for {@code warmUp} seconds, then measures {@code seconds} more. */
    static Measured run(String url, String user, String password, int people, int warmUp, int seconds, Function<Random, URI> next)
            throws IOException, InterruptedException {
        List<HttpClient> signedIn = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            signedIn.add(signIn(url, user, password));
        }
        measure(signedIn, next, warmUp, new ArrayList<>());
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        measure(signedIn, next, seconds, times);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return new Measured(sorted, elapsed, people);
    }

    /**
     * A benchmark of pages opened at random among {@code pages}: {@code --users} people sign in with
     * the options' account, warm up, then are measured; prints what is opened ({@code what}, e.g.
     * "search: 26 queries at random"), then "{@code name} pages as USER: figures". Answers the exit status.
     */
    static int randomPages(DashboardLoad.Options options, String name, String what, List<URI> pages, PrintStream out, PrintStream err) {
        try {
            out.printf(Locale.ROOT, "%s; %d people sign in as %s, warm up for %d s, then %d s are measured%n", what, options.users(),
                    options.user(), options.warmUp(), options.seconds());
            Measured measured = run(options.url(), options.user(), options.password(), options.users(), options.warmUp(),
                    options.seconds(), random -> pages.get(random.nextInt(pages.size())));
            out.println(name + " pages as " + options.user() + ": " + measured.figures());
            return 0;
        } catch (IOException | IllegalStateException | InterruptedException e) {
            return failed(e, options.url(), err);
        }
    }

    /** Says on {@code err} why a run stopped; answers the exit status. */
    static int failed(Exception e, String url, PrintStream err) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        } else if (e instanceof java.net.ConnectException) {
            err.println("load: nothing answers at " + url + "; start the server first (see docs/benchmarks.md)");
        } else {
            err.println("load: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        return 2;
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }
}
