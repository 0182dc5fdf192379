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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code load --url URL --user NAME --password SECRET --unit CODE --file FILE [--imports N] [--users N] [--warmup N] [--seconds N]}:
 * the web benchmark of docs/benchmarks.md against a running server. It imports FILE through the
 * API N times (each copy made distinct by a comment line at its end, so none is taken for an earlier
 * import) and prints the first, median and slowest import; then N people, each signed in through
 * the login form, open the resolution page over and over, first for {@code --warmup} seconds (60;
 * the JIT compiles the page's code meanwhile) and then for {@code --seconds} measured ones; it prints
 * the page's p50/p95/p99 and the pages served per second.
 */
public final class LoadCommand {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private final PrintStream out;
    private final PrintStream err;

    public LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("load: " + e.getMessage());
            return 2;
        }
        try {
            long id = importFiles(options);
            String page = options.url() + "/resolutions/" + id;
            List<HttpClient> people = new ArrayList<>();
            for (int i = 0; i < options.users(); i++) {
                people.add(signIn(options));
            }
            measure(people, page, options.warmUp(), new ArrayList<>());
            List<Long> times = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            measure(people, page, options.seconds(), times);
            double elapsed = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(null);
            out.printf(Locale.ROOT, "resolution page %s: %d requests by %d signed-in people in %.1f s (%.1f/s); p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    page, sorted.size(), options.users(), elapsed, sorted.size() / elapsed, percentile(sorted, 0.50),
                    percentile(sorted, 0.95), percentile(sorted, 0.99));
            return 0;
        } catch (java.net.ConnectException e) {
            err.println("load: nothing answers at " + options.url() + "; start the server first (see docs/benchmarks.md)");
            return 2;
        } catch (IOException | IllegalStateException e) {
            err.println("load: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /** Imports distinct copies of the file as new drafts and says how long each took; answers the last one's id. */
    private long importFiles(LoadOptions options) throws IOException, InterruptedException {
        byte[] file = Files.readAllBytes(options.file());
        // One client for every import, its own start-up (threads, classes) paid by an untimed request
        // first: the times are the server's and the network's, not this program's warming up.
        HttpClient client = HttpClient.newHttpClient();
        client.send(HttpRequest.newBuilder(URI.create(options.url() + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        List<Double> millis = new ArrayList<>();
        long id = -1;
        for (int i = 0; i < options.imports(); i++) {
            byte[] copy = (new String(file, StandardCharsets.ISO_8859_1) + "\n% chitieu load " + UUID.randomUUID() + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            String boundary = "----chitieu" + UUID.randomUUID();
            HttpRequest request = HttpRequest.newBuilder(URI.create(options.url() + "/api/resolutions"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, options.unit(), options.file().getFileName().toString(), copy)))
                    .build();
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - started) / 1e6);
            Matcher found = ID.matcher(response.body());
            if (response.statusCode() != 201 || !found.find()) {
                throw new IllegalStateException("the import answered " + response.statusCode() + ": " + response.body());
            }
            id = Long.parseLong(found.group(1));
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        out.printf(Locale.ROOT, "%d imports of %s (%,d bytes) end to end: first %.0f ms, median %.0f ms, slowest %.0f ms%n",
                millis.size(), options.file().getFileName(), file.length, millis.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
        return id;
    }

    private static byte[] multipart(String boundary, String unit, String fileName, byte[] file) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitCode\"\r\n\r\n" + unit + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(file, 0, body, start.length, file.length);
        System.arraycopy(end, 0, body, start.length + file.length, end.length);
        return body;
    }

    private HttpClient signIn(LoadOptions options) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(options.url() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("the login page has no CSRF field");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + URLEncoder.encode(options.user(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(options.password(), StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(options.url() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("signing in as " + options.user() + " failed (HTTP " + response.statusCode() + " " + location + ")");
        }
        return client;
    }

    private static void measure(List<HttpClient> people, String page, int seconds, List<Long> times) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        for (HttpClient person : people) {
            pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(page)).header("Accept-Language", "vi").build();
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    HttpResponse<Void> response = person.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("the resolution page answered " + response.statusCode());
                    }
                    times.add(System.nanoTime() - started);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }

    record LoadOptions(String url, String user, String password, String unit, Path file, int imports, int users, int warmUp, int seconds) {
        static LoadOptions parse(String[] args) {
            java.util.Map<String, String> values = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value pairs, not '" + args[i] + "'");
                }
                values.put(args[i].substring(2), args[++i]);
            }
            for (String required : List.of("url", "user", "password", "unit", "file")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is needed; e.g. load --url http://localhost:8080 --user admin "
                            + "--password SECRET --unit 01786 --file nghi-quyet.pdf --users 20 --seconds 30");
                }
            }
            return new LoadOptions(values.get("url").replaceAll("/$", ""), values.get("user"), values.get("password"), values.get("unit"),
                    Path.of(values.get("file")), Integer.parseInt(values.getOrDefault("imports", "10")),
                    Integer.parseInt(values.getOrDefault("users", "20")), Integer.parseInt(values.getOrDefault("warmup", "60")),
                    Integer.parseInt(values.getOrDefault("seconds", "30")));
        }
    }
}
