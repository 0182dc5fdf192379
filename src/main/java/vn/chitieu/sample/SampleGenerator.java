package vn.chitieu.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;

/**
 * Generates the benchmark data set into the application's database (see {@code generate} in the
 * README): for each commune of a province, or of every province, its officer and leader and its
 * adopted resolutions with months of values and reports, and an officer for each province. One thread
 * generates communes in order and gives the ids (so a seed always gives the same rows); writers
 * insert groups of communes in parallel, each group in one transaction. A commune whose officer's
 * account exists was generated before and is left as it is, so a run that stopped can be run again.
 */
public final class SampleGenerator {
    private static final int COMMUNES_PER_TRANSACTION = 10;
    private static final List<String> ID_TABLES = List.of("account", "resolution", "indicator", "target", "task", "actual_value",
            "audit_event");
    private static final SampleRows END = new SampleRows();

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final AdministrativeUnits units;
    private final PasswordEncoder passwords;

    public SampleGenerator(DataSource dataSource, ObjectMapper json, AdministrativeUnits units, PasswordEncoder passwords) {
        this.dataSource = dataSource;
        this.json = json;
        this.units = units;
        this.passwords = passwords;
    }

    /**
     * Which communes: the first {@code communes} (all when {@code null}) of a province, or of every
     * province when {@code province} is {@code null}.
     */
    public record Scope(String province, Integer communes) {}

    /** What one run wrote, and how long it took. */
    public record Summary(int communes, int skipped, Map<String, Long> rows, double seconds) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Summary generate(Scope scope, SampleSettings settings, String password, int writers, PrintStream out)
            throws SQLException, InterruptedException {
        long started = System.nanoTime();
        List<AdministrativeUnit> provinces = provinces(scope);
        Set<String> done = existing("cb.");
        Set<String> provincesDone = existing("tinh.");
        Map<AdministrativeUnit, AdministrativeUnit> todo = new LinkedHashMap<>();
        int skipped = 0;
        for (AdministrativeUnit province : provinces) {
            List<AdministrativeUnit> communes = units.communesOf(province.code());
            for (AdministrativeUnit commune : communes.subList(0, scope.communes() == null ? communes.size()
                    : Math.min(scope.communes(), communes.size()))) {
                if (done.contains(commune.code())) {
                    skipped++;
                } else {
                    todo.put(commune, province);
                }
            }
        }
        List<AdministrativeUnit> newProvinces = provinces.stream().filter(p -> !provincesDone.contains(p.code())).toList();
        Progress progress = new Progress(todo.size(), skipped, started, out);
        if (todo.isEmpty() && newProvinces.isEmpty()) {
            out.printf(Locale.ROOT, "generate: nothing to do, the %,d communes were all generated before (their officer's account exists)%n",
                    skipped);
            return new Summary(0, skipped, progress.rows(), (System.nanoTime() - started) / 1e9);
        }
        // one hash for every generated account: bcrypt takes a tenth of a second per hash on purpose
        CommuneRows rows = new CommuneRows(json, passwords.encode(password), new CommuneRows.Ids(highestIds()));
        SampleRows first = new SampleRows();
        for (AdministrativeUnit province : newProvinces) {
            rows.addAccount(People.provinceOfficer(province, new Random(settings.seed() ^ province.code().hashCode())),
                    settings.asOf().minusYears(settings.years() + 1L).atStartOfDay(PlanReporting.VIETNAM).toInstant(), first);
        }
        try {
            try (SampleWriter writer = new SampleWriter(dataSource)) {
                writer.write(first);
                progress.written(first);
            }
            write(todo, rows, new CommuneSamples(settings), writers, progress);
        } finally {
            // also after a failure: the groups of communes committed by then keep their ids
            restartIdentities();
            analyze();
        }
        progress.print(true);
        return new Summary(todo.size(), skipped, progress.rows(), (System.nanoTime() - started) / 1e9);
    }

    private void write(Map<AdministrativeUnit, AdministrativeUnit> todo, CommuneRows rows, CommuneSamples samples, int writers,
            Progress progress) throws SQLException, InterruptedException {
        BlockingQueue<SampleRows> queue = new ArrayBlockingQueue<>(2 * writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            running.add(pool.submit(() -> {
                try (SampleWriter writer = new SampleWriter(dataSource)) {
                    for (SampleRows chunk = queue.take(); chunk != END; chunk = queue.take()) {
                        writer.write(chunk);
                        progress.written(chunk);
                    }
                }
                return null;
            }));
        }
        try {
            SampleRows chunk = new SampleRows();
            for (Map.Entry<AdministrativeUnit, AdministrativeUnit> commune : todo.entrySet()) {
                rows.add(samples.make(commune.getKey(), commune.getValue()), chunk);
                if (chunk.communes() == COMMUNES_PER_TRANSACTION) {
                    put(queue, chunk, running);
                    chunk = new SampleRows();
                }
            }
            put(queue, chunk, running);
            for (int i = 0; i < writers; i++) {
                put(queue, END, running);
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** Hands a chunk to the writers, unless one of them has failed (then its failure is reported instead of waiting forever). */
    private static void put(BlockingQueue<SampleRows> queue, SampleRows chunk, List<Future<?>> writers)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
            for (Future<?> writer : writers) {
                if (writer.isDone()) {
                    writer.get();
                }
            }
        }
    }

    private List<AdministrativeUnit> provinces(Scope scope) {
        if (scope.province() == null) {
            return units.provinces();
        }
        return units.find(scope.province()).filter(unit -> unit.level() == AdministrativeUnit.Level.PROVINCE).map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("no province has the code " + scope.province()
                        + " (two digits, e.g. 08 for Tuyên Quang; GET /api/units lists them)"));
    }

    /** The units whose generated account ({@code cb.<commune>}, {@code tinh.<province>}) exists. */
    private Set<String> existing(String prefix) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("SELECT username FROM account WHERE username LIKE '" + prefix + "%'")) {
            while (found.next()) {
                codes.add(found.getString(1).substring(prefix.length()));
            }
        }
        return codes;
    }

    private Map<String, Long> highestIds() throws SQLException {
        Map<String, Long> highest = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : ID_TABLES) {
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    max.next();
                    highest.put(table, max.getLong(1));
                }
            }
        }
        return highest;
    }

    /** The rows were given their ids here: the database's own counters go on from the highest, so the application's next row fits. */
    private void restartIdentities() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> table : highestIds().entrySet()) {
                statement.execute("ALTER TABLE " + table.getKey() + " ALTER COLUMN id RESTART WITH " + (table.getValue() + 1));
            }
        }
    }

    /**
     * Brings the planner's statistics up to date: just after a bulk load PostgreSQL has none until
     * autovacuum gets round to it, and meanwhile plans the list of resolutions so badly that it
     * takes minutes instead of seconds (measured on the national set).
     */
    private void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            for (String table : SampleRows.TABLES) {
                statement.execute((h2 ? "ANALYZE TABLE " : "ANALYZE ") + table);
            }
        }
    }
}
