package vn.chitieu.sample;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what the generator's writers wrote and says so every few seconds: communes done of all, rows per second. */
final class Progress {
    private final int communes;
    private final int skipped;
    private final long started;
    private final PrintStream out;
    private final Map<String, AtomicLong> rows = new LinkedHashMap<>();
    private final AtomicLong done = new AtomicLong();
    private long printed;

    Progress(int communes, int skipped, long started, PrintStream out) {
        this.communes = communes;
        this.skipped = skipped;
        this.started = started;
        this.out = out;
        this.printed = started;
        SampleRows.TABLES.forEach(table -> rows.put(table, new AtomicLong()));
    }

    void written(SampleRows chunk) {
        SampleRows.TABLES.forEach(table -> rows.get(table).addAndGet(chunk.count(table)));
        done.addAndGet(chunk.communes());
        print(false);
    }

    synchronized void print(boolean last) {
        long now = System.nanoTime();
        if (!last && now - printed < 5_000_000_000L) {
            return;
        }
        printed = now;
        double seconds = (now - started) / 1e9;
        long total = rows.values().stream().mapToLong(AtomicLong::get).sum();
        out.printf(Locale.ROOT, "generate: %,d/%,d communes%s, %,d resolutions, %,d targets, %,d values, %,d history rows; %,.0f rows/s, %.1f s%n",
                done.get(), communes, skipped > 0 ? " (" + skipped + " generated before, left as they are)" : "",
                rows.get("resolution").get(), rows.get("target").get(), rows.get("actual_value").get(), rows.get("audit_event").get(),
                total / seconds, seconds);
    }

    Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach((table, count) -> counts.put(table, count.get()));
        return counts;
    }
}
