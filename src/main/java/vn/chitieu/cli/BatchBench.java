package vn.chitieu.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chitieu.ChitieuApplication;
import vn.chitieu.batch.Batch;
import vn.chitieu.batch.BatchDocument;
import vn.chitieu.batch.BatchDocument.State;
import vn.chitieu.batch.BatchFile;
import vn.chitieu.batch.Batches;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * {@code batch-bench [--documents 1000] [--province 04] [--warmup 20] [--seed FILE] [--spring.…=…]}: the batch
 * import benchmark of docs/benchmarks.md. Starts the application on the configured database (its
 * background jobs included), builds that many text resolutions from seed 000 of ../shared/seeds (each for one of the
 * province's communes in turn, its percentages varied, never the same file twice), hands them in
 * as one ZIP, confirms every commune found, and prints the time of reading (finding the communes)
 * and of importing, and documents per second over both. A small batch is run first, not counted.
 * It writes real drafts: point it at a scratch database.
 */
public final class BatchBench {
    private static final Pattern PERCENT = Pattern.compile("(\\d+)%");
    private final PrintStream out;
    private final PrintStream err;

    public BatchBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("--documents", "1000", "--province", "04", "--warmup", "20", "--seed",
                "../shared/seeds/000_a52e04d6636138d8.txt"));
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--spring.")) {
                spring.add(args[i]);
            } else if (options.containsKey(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                err.println("batch-bench: unknown option " + args[i] + "; use --documents N, --province CODE, --warmup N, --seed FILE, --spring.…=…");
                return 2;
            }
        }
        int documents;
        int warmUp;
        try {
            documents = Integer.parseInt(options.get("--documents"));
            warmUp = Integer.parseInt(options.get("--warmup"));
        } catch (NumberFormatException e) {
            err.println("batch-bench: --documents and --warmup take whole numbers, e.g. --documents 1000");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ChitieuApplication.class).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(Map.of("server.port", "0", "logging.level.root", "WARN", "chitieu.import.warm-up", "false"))
                .run(spring.toArray(String[]::new))) {
            Batches batches = context.getBean(Batches.class);
            Actor admin = new Actor(0, "batch-bench", "batch-bench", Role.ADMIN, null);
            AdministrativeUnit province = batches.province(options.get("--province"), admin);
            List<AdministrativeUnit> communes = batches.communes(province.code());
            String seed = Files.readString(Path.of(options.get("--seed")), StandardCharsets.UTF_8);
            if (warmUp > 0) {
                run(batches, admin, province, communes, seed, warmUp);
            }
            Result result = run(batches, admin, province, communes, seed, documents);
            out.printf(Locale.ROOT, "%d documents of %s: read %.1f s, imported %.1f s, in all %.1f s = %.1f documents/s%n", documents,
                    province.fullName(), result.readSeconds, result.importSeconds, result.readSeconds + result.importSeconds,
                    documents / (result.readSeconds + result.importSeconds));
            out.printf(Locale.ROOT, "imported %d, failed %d, commune found right %d of %d%n", result.imported, result.failed, result.rightCommune,
                    documents);
            return result.imported == documents ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("batch-bench: " + e.getMessage());
            return 2;
        }
    }

    private record Result(double readSeconds, double importSeconds, long imported, long failed, long rightCommune) {}

    private static Result run(Batches batches, Actor admin, AdministrativeUnit province, List<AdministrativeUnit> communes, String seed,
            int documents) throws IOException {
        Map<String, String> intended = new HashMap<>();
        byte[] zip = documents(province, communes, seed, documents, intended);
        long start = System.nanoTime();
        Batch batch = batches.create(province.code(), List.of(new BatchFile("bench.zip", zip)), admin);
        batch = waitWhile(batches, batch, admin, true);
        long read = System.nanoTime();
        Map<Long, String> choices = new HashMap<>();
        long right = 0;
        for (BatchDocument document : batch.awaitingConfirmation()) {
            String commune = document.proposedUnit() != null ? document.proposedUnit() : intended.get(document.fileName());
            right += commune.equals(intended.get(document.fileName())) && document.proposedUnit() != null ? 1 : 0;
            choices.put(document.id(), commune);
        }
        batch = batches.confirm(province.code(), batch.id(), choices, admin);
        batch = waitWhile(batches, batch, admin, false);
        long done = System.nanoTime();
        return new Result((read - start) / 1e9, (done - read) / 1e9, batch.count(State.IMPORTED), batch.count(State.FAILED), right);
    }

    private static Batch waitWhile(Batches batches, Batch batch, Actor admin, boolean reading) {
        Batch current = batch;
        while (reading ? current.reading() : current.working()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            current = batches.find(batch.provinceCode(), batch.id(), admin);
        }
        return current;
    }

    /** The seed rewritten for each commune in turn, its percentages varied, as one ZIP; which commune each file is for. */
    static byte[] documents(AdministrativeUnit province, List<AdministrativeUnit> communes, String seed, int count, Map<String, String> intended)
            throws IOException {
        Random random = new Random(count);
        long run = System.nanoTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                AdministrativeUnit commune = communes.get(i % communes.size());
                String text = seed.replace("Cao Bằng", province.name()).replace("Đông Khê", commune.name())
                        .replace("ĐÔNG KHÊ", commune.name().toUpperCase(Locale.forLanguageTag("vi")));
                Matcher percent = PERCENT.matcher(text);
                StringBuilder varied = new StringBuilder();
                while (percent.find()) {
                    percent.appendReplacement(varied, (1 + random.nextInt(99)) + "%");
                }
                percent.appendTail(varied);
                varied.append("\n<!-- batch-bench ").append(run).append(' ').append(i).append(" -->\n");
                String name = String.format(Locale.ROOT, "nq-%04d.txt", i);
                intended.put(name, commune.code());
                zip.putNextEntry(new ZipEntry(name));
                zip.write(varied.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
