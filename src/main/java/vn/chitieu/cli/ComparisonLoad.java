package vn.chitieu.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code load --compare --url URL --user NAME --password SECRET [--province CODE] [--users 20] [--warmup 60]
 * [--seconds 30]}: the comparison benchmark on a generated data set. N people, each signed in as that
 * user (a province officer: {@code tinh.08}), open the province's comparison page
 * {@code /units/{code}/compare?indicator=&period=} for an indicator drawn at random from
 * {@link #INDICATORS} (those the generated plans have) and a period among the last two years and
 * their halves, for {@code --warmup} then {@code --seconds} seconds; it prints p50/p95/p99 and pages
 * per second. It changes nothing but the first pages' proposals of catalogue indicators for plans
 * that have none yet (made once).
 */
final class ComparisonLoad {
    static final List<String> INDICATORS = List.of("RUNG-CHE-PHU", "HO-NGHEO-TY-LE", "NGAN-SACH-THU", "THU-NHAP-BQ", "BHYT-TY-LE",
            "NUOC-SACH", "DU-LICH-KHACH", "LUONG-THUC-SL");
    static final List<String> PERIODS = List.of("2025", "2025-H1", "2025-H2", "2026", "2026-H1");
    private final PrintStream out;
    private final PrintStream err;

    ComparisonLoad(PrintStream out, PrintStream err) {
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
        if (options.province() == null) {
            err.println("load: --compare needs --province CODE (or a generated province officer, tinh.CODE, as --user)");
            return 2;
        }
        List<URI> uris = new ArrayList<>();
        for (String indicator : INDICATORS) {
            for (String period : PERIODS) {
                uris.add(URI.create(options.url() + "/units/" + options.province() + "/compare?indicator=" + indicator + "&period=" + period));
            }
        }
        return PageLoad.randomPages(options, "comparison", String.format(Locale.ROOT, "compare: province %s, %d indicators × %d periods "
                + "at random", options.province(), INDICATORS.size(), PERIODS.size()), uris, out, err);
    }
}
