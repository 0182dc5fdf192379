package vn.chitieu.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.chitieu.sample.SampleContext;
import vn.chitieu.sample.SampleGenerator;
import vn.chitieu.sample.SampleSettings;
import vn.chitieu.security.internal.Secrets;

/**
 * {@code generate (--province CODE | --all) [--communes N] [--resolutions 2] [--targets 25] [--years 5]
 * [--seed 42] [--as-of DATE] [--password SECRET] [--writers 2]}: writes a realistic data set into the
 * application's configured database (the server's datasource and migrations: H2 under ./data, or
 * PostgreSQL by CHITIEU_DB_URL, SPRING_DATASOURCE_URL or {@code --spring.profiles.active=postgres})
 * for benchmarks. See the README.
 */
public final class GenerateCommand {
    private static final int MIN_PASSWORD = 10;
    private final PrintStream out;
    private final PrintStream err;

    public GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
        String password = options.password() != null ? options.password() : Secrets.password(14);
        try (ConfigurableApplicationContext context = start(options)) {
            out.printf(Locale.ROOT, "generate: %s, %s communes, %d resolutions × %d targets each, values up to %s, seed %d, into %s%n",
                    options.province() == null ? "every province" : "province " + options.province(),
                    options.communes() == null ? "all" : "the first " + options.communes(), options.settings().resolutions(),
                    options.settings().targets(), options.settings().asOf(), options.settings().seed(),
                    context.getEnvironment().getProperty("spring.datasource.url"));
            SampleGenerator.Summary summary = context.getBean(SampleGenerator.class).generate(
                    new SampleGenerator.Scope(options.province(), options.communes()), options.settings(), password, options.writers(), out);
            if (summary.total() > 0) {
                out.printf(Locale.ROOT, "generated %,d communes (%,d generated before were left as they are): %,d rows in %.1f s, %,.0f rows/s%n",
                        summary.communes(), summary.skipped(), summary.total(), summary.seconds(), summary.total() / summary.seconds());
                summary.rows().forEach((table, count) -> out.printf(Locale.ROOT, "  %-16s %,12d%n", table, count));
                out.println("sign in as tinh.<province code> (a province officer, e.g. tinh."
                        + (options.province() == null ? "08" : options.province()) + "), cb.<commune code> (a commune officer) or "
                        + "ld.<commune code> (its leader), password "
                        + (options.password() != null ? "as given by --password" : password + " (generated; only its hash is stored)"));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        } catch (Exception e) {
            err.println("generate: " + rootMessage(e));
            return 2;
        }
    }

    private static ConfigurableApplicationContext start(Options options) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("logging.level.root", "WARN");
        defaults.put("logging.level.org.springframework.boot.autoconfigure", "ERROR");
        defaults.put("spring.datasource.hikari.maximum-pool-size", options.writers() + 2);
        return new SpringApplicationBuilder(SampleContext.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(defaults)
                .initializers(context -> {
                    // PostgreSQL's driver sends a batch of inserts as one multi-row INSERT only when asked to
                    String url = context.getEnvironment().getProperty("spring.datasource.url", "");
                    if (url.startsWith("jdbc:postgresql:")) {
                        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("generate",
                                Map.of("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")));
                    }
                })
                .run(options.springArguments().toArray(String[]::new));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.contains("Database may be already in use") || message.contains("locked by another process")
                ? "the database under ./data is open in another program (the server?); stop it first: " + message : message;
    }

    /**
     * The command's options.
     *
     * @param province {@code null} with {@code --all}
     * @param communes the first N communes of each province; {@code null} for all
     * @param springArguments {@code --spring.…=…} options, handed to the application as the server takes them
     */
    record Options(String province, Integer communes, SampleSettings settings, String password, int writers, List<String> springArguments) {
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            List<String> spring = new ArrayList<>();
            boolean all = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--spring.") || arg.startsWith("--logging.")) {
                    spring.add(arg);
                } else if (arg.equals("--all")) {
                    all = true;
                } else if (arg.startsWith("--") && i + 1 < args.length && List.of("province", "communes", "resolutions", "targets", "years",
                        "seed", "as-of", "password", "writers").contains(arg.substring(2))) {
                    values.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown option or missing value: '" + arg + "'; " + USAGE);
                }
            }
            if (all == values.containsKey("province")) {
                throw new IllegalArgumentException("name one province (--province 08) or --all; " + USAGE);
            }
            String password = values.get("password");
            if (password != null && password.codePointCount(0, password.length()) < MIN_PASSWORD) {
                throw new IllegalArgumentException("--password needs at least " + MIN_PASSWORD + " characters, as every account's password does");
            }
            int targets = number(values, "targets", 25);
            if (targets > SampleSettings.maxTargets()) {
                throw new IllegalArgumentException("--targets can be at most " + SampleSettings.maxTargets()
                        + ": the measures the generator knows that suit every commune's plans");
            }
            LocalDate asOf;
            try {
                asOf = values.containsKey("as-of") ? LocalDate.parse(values.get("as-of")) : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of takes a day as 2026-11-23, not '" + values.get("as-of") + "'");
            }
            SampleSettings settings = new SampleSettings(number(values, "resolutions", 2), targets, number(values, "years", 5),
                    number(values, "seed", 42), asOf);
            return new Options(values.get("province"), values.containsKey("communes") ? number(values, "communes", 0) : null, settings,
                    password, number(values, "writers", 2), spring);
        }

        private static int number(Map<String, String> values, String name, int otherwise) {
            String value = values.get(name);
            try {
                int number = value == null ? otherwise : Integer.parseInt(value);
                if (number < 1 && !name.equals("seed")) {
                    throw new IllegalArgumentException("--" + name + " must be at least 1");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + value + "'");
            }
        }
    }

    static final String USAGE = "e.g. generate --province 08 --communes 120 --password bench-password-1 "
            + "(add --spring.profiles.active=postgres, or set CHITIEU_DB_URL, for PostgreSQL)";
}
