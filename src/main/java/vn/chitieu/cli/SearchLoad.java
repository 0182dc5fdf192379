package vn.chitieu.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code load --search --url URL --user NAME --password SECRET [--users 20] [--warmup 60] [--seconds 30]}:
 * the search benchmark on a generated data set. N people, each signed in as that user, open the
 * search page {@code /search?q=} with a query drawn at random from {@link #QUERIES} (what people
 * type: without diacritics, some a word still being typed, some that match in thousands of
 * resolutions, some in none), for {@code --warmup} then {@code --seconds} seconds; it prints
 * p50/p95/p99 and pages per second. It changes nothing.
 */
final class SearchLoad {
    /** Subjects and words of the generated resolutions as people type them, and a few that match little or nothing. */
    static final List<String> QUERIES = List.of("che phu rung", "ty le ho ngheo", "thu ngan sach", "thu nhap binh quan", "nong thon moi",
            "bao hiem y te", "trong rung", "khach du lich", "suy dinh duong", "giao thong nong thon", "ho ngheo da chieu", "luong thuc",
            "doanh nghiep", "dan so", "lao dong nong nghiep", "gia suc", "tang truong", "thuong mai dich vu", "nuoc sach", "ho so suc khoe",
            "che phu run", "thu nhap binh qua", "2025", "nghi quyet", "xoa doi giam ngheo", "khong co tu nay");
    private final PrintStream out;
    private final PrintStream err;

    SearchLoad(PrintStream out, PrintStream err) {
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
        List<URI> uris = QUERIES.stream()
                .map(q -> URI.create(options.url() + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
        return PageLoad.randomPages(options, "search", String.format(Locale.ROOT, "search: %d queries at random", uris.size()), uris,
                out, err);
    }
}
