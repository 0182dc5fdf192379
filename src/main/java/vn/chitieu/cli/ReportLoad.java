package vn.chitieu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code load --reports --url URL --user NAME --password SECRET [--sample 200] [--warmup 20] [--province CODE]}:
 * the reports' benchmark on a generated data set. One person, signed in, downloads (as the pages' links do) the
 * implementation report of {@code --sample} random periods with values, each in DOCX, XLSX and PDF
 * one after the other, then the province's roll-up of its latest half-year with values in DOCX and
 * XLSX three times; the first {@code --warmup} reports (at most 20) are not counted. It prints the time of each
 * format and of the three together (p50, p95, slowest), and of each roll-up.
 */
final class ReportLoad {
    private static final List<String> FORMATS = List.of("docx", "xlsx", "pdf");
    private final PrintStream out;
    private final PrintStream err;

    ReportLoad(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        DashboardLoad.Options options;
        try {
            options = DashboardLoad.Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("load: " + e.getMessage());
            return 2;
        }
        try {
            List<String> pages = new ArrayList<>(DashboardLoad.pages(options));
            Collections.shuffle(pages, new Random(7));
            int warmUp = Math.min(options.warmUp(), 20);
            int count = Math.min(options.sample(), pages.size());
            HttpClient person = PageLoad.signIn(options.url(), options.user(), options.password());
            List<List<Long>> byFormat = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Long> together = new ArrayList<>();
            out.printf(Locale.ROOT, "reports: %d periods with values (after %d not counted), each as %s, one after the other, as %s%n",
                    count, warmUp, String.join(", ", FORMATS), options.user());
            for (int i = 0; i < count + warmUp; i++) {
                String page = pages.get(i % pages.size());
                String id = page.replaceAll("/resolutions/(\\d+)/periods/.*", "$1");
                String period = page.substring(page.lastIndexOf('/') + 1);
                long all = 0;
                for (int f = 0; f < FORMATS.size(); f++) {
                    long took = download(person, options.url() + "/resolutions/" + id + "/periods/" + period + "/report."
                            + FORMATS.get(f));
                    all += took;
                    if (i >= warmUp) {
                        byFormat.get(f).add(took);
                    }
                }
                if (i >= warmUp) {
                    together.add(all);
                }
            }
            for (int f = 0; f < FORMATS.size(); f++) {
                out.println("  " + FORMATS.get(f) + ": " + figures(byFormat.get(f)));
            }
            out.println("  the three together: " + figures(together));
            if (options.province() != null) {
                String period = pages.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).filter(p -> p.endsWith("-H1") || p.endsWith("-H2"))
                        .max(String::compareTo).orElse(pages.get(0).substring(pages.get(0).lastIndexOf('/') + 1));
                for (String format : List.of("docx", "xlsx")) {
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        times.add(download(person, options.url() + "/units/" + options.province() + "/report?period=" + period
                                + "&format=" + format + "&draft=true"));
                    }
                    out.printf(Locale.ROOT, "  roll-up of province %s, %s, %s: %s ms%n", options.province(), period, format,
                            times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t / 1e6)).toList());
                }
            }
            return 0;
        } catch (IOException | IllegalStateException | InterruptedException e) {
            return PageLoad.failed(e, options.url(), err);
        }
    }

    /** Nanoseconds from the request to the last byte of the file. */
    private static long download(HttpClient person, String uri) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = person.send(HttpRequest.newBuilder(URI.create(uri)).timeout(PageLoad.PATIENCE).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return took;
    }

    private static String figures(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, slowest %.0f ms (%d)", PageLoad.percentile(sorted, 0.5),
                PageLoad.percentile(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }
}
