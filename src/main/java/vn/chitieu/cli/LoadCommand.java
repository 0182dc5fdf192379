package vn.chitieu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code load --url URL --user NAME --password SECRET --unit CODE --file FILE [--imports N] [--users N] [--warmup N] [--seconds N]}:
 * the web benchmark of docs/benchmarks.md against a running server. It imports FILE through the
 * API N times (each copy made distinct by a comment line at its end, so none is taken for an earlier
 * import) and prints the first, median and slowest import; then N people, each signed in through
 * the login form, open the resolution page over and over, first for {@code --warmup} seconds (60;
 * the JIT compiles the page's code meanwhile) and then for {@code --seconds} measured ones; it prints
 * the page's p50/p95/p99 and the pages served per second. With {@code --dashboard}, the benchmark of
 * a generated data set instead ({@link DashboardLoad}); {@code --search}, of the search page ({@link SearchLoad}).
 */
public final class LoadCommand {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private final PrintStream out;
    private final PrintStream err;

    public LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        if (List.of(args).contains("--dashboard")) {
            return new DashboardLoad(out, err).run(args);
        }
        if (List.of(args).contains("--compare")) {
            return new ComparisonLoad(out, err).run(args);
        }
        if (List.of(args).contains("--search")) {
            return new SearchLoad(out, err).run(args);
        }
        if (List.of(args).contains("--reports")) {
            return new ReportLoad(out, err).run(args);
        }
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
            URI uri = URI.create(page);
            PageLoad.Measured measured = PageLoad.run(options.url(), options.user(), options.password(), options.users(), options.warmUp(),
                    options.seconds(), random -> uri);
            out.println("resolution page " + page + ": " + measured.figures());
            return 0;
        } catch (IOException | IllegalStateException | InterruptedException e) {
            return PageLoad.failed(e, options.url(), err);
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
