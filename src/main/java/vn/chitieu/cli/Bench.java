package vn.chitieu.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.extraction.ExtractionJson;
import vn.chitieu.extraction.Extractor;

/**
 * {@code extract --bench FILE...}: how many documents per second one thread reads, extracts and
 * writes as JSON, after a warm-up, so anyone can rerun the figures in docs/benchmarks.md. It also
 * reports the rate per second of the thread's own CPU time, which a busy machine disturbs less, and
 * the median and fastest-tenth rate of whole passes over the files (on a shared machine the fastest
 * passes show what the code does when nothing else competes for the core).
 */
final class Bench {
    private final PrintStream out;
    private final PrintStream err;
    private final Extractor extractor;

    Bench(PrintStream out, PrintStream err, Extractor extractor) {
        this.out = out;
        this.err = err;
        this.extractor = extractor;
    }

    int run(List<Path> files, int warmUpSeconds, int seconds) {
        try {
            long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
            long sink = 0;
            while (System.nanoTime() < warmUpEnd) {
                sink += once(files);
            }
            List<Long> perDocument = new ArrayList<>();
            List<Long> passCpu = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long documents = 0;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            while (System.nanoTime() < end) {
                long passStarted = threads.getCurrentThreadCpuTime();
                for (Path file : files) {
                    long t0 = System.nanoTime();
                    sink += one(file);
                    perDocument.add(System.nanoTime() - t0);
                    documents++;
                }
                passCpu.add(threads.getCurrentThreadCpuTime() - passStarted);
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            perDocument.sort(null);
            passCpu.sort(null);
            long p50 = perDocument.get(perDocument.size() / 2);
            long p99 = perDocument.get(Math.min(perDocument.size() - 1, (int) (perDocument.size() * 0.99)));
            double medianPass = passCpu.get(passCpu.size() / 2) / 1e9 / files.size();
            double fastPass = passCpu.get(passCpu.size() / 10) / 1e9 / files.size();
            out.printf(Locale.ROOT, "files: %d, documents: %d in %.1f s on one thread: %.1f documents/s "
                            + "(%.1f per second of the thread's CPU time; passes over all files: median %.1f/s, "
                            + "fastest tenth %.1f/s of CPU); per document p50 %.2f ms, p99 %.2f ms (checksum %d)%n",
                    files.size(), documents, elapsed, documents / elapsed, documents / cpu, 1 / medianPass, 1 / fastPass,
                    p50 / 1e6, p99 / 1e6, sink % 10);
            return 0;
        } catch (DocumentException e) {
            err.println("bench: " + e.getMessage());
            return 2;
        }
    }

    private long once(List<Path> files) throws DocumentException {
        long sink = 0;
        for (Path file : files) {
            sink += one(file);
        }
        return sink;
    }

    private long one(Path file) throws DocumentException {
        DocumentText document = Documents.read(file);
        return ExtractionJson.write(extractor.extract(document), false, document.text()).length();
    }
}
