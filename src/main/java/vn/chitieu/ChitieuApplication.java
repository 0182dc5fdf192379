package vn.chitieu;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.chitieu.cli.ExtractCommand;

/**
 * The program's entry point. Without arguments it serves the web application; {@code extract} reads
 * resolutions on the command line without starting a server or a Spring context; {@code generate}
 * starts only the database part of the application to write a data set into it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChitieuApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            System.exit(runCommand(args, System.out, System.err));
        }
        SpringApplication.run(ChitieuApplication.class, args);
    }

    static int runCommand(String[] args, PrintStream out, PrintStream err) {
        // The command prints JSON on standard output and its own one-line reasons on standard error;
        // library log lines would only get in the way of both.
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
        if (args[0].equals("extract")) {
            return new ExtractCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args[0].equals("assess-bench")) {
            return new vn.chitieu.cli.AssessmentBench(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args[0].equals("load")) {
            return new vn.chitieu.cli.LoadCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args[0].equals("batch-bench")) {
            return new vn.chitieu.cli.BatchBench(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args[0].equals("generate")) {
            return new vn.chitieu.cli.GenerateCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        err.println("usage: java -jar chitieu.jar                 serves the web application on port 8080");
        err.println("       java -jar chitieu.jar extract FILE... [--out DIR] [--explain] [--bench [--warmup N] [--seconds N]]");
        err.println("       java -jar chitieu.jar load --url URL --user NAME --password SECRET --unit CODE --file FILE [--imports 10] [--users 20] [--warmup 60] [--seconds 30]");
        err.println("       java -jar chitieu.jar load --dashboard --url URL --user NAME --password SECRET [--users 20] [--warmup 60] [--seconds 30]"
                + " [--sample 200] [--province CODE]");
        err.println("       java -jar chitieu.jar assess-bench [--warmup 5] [--seconds 10] [--targets 60]");
        err.println("       java -jar chitieu.jar generate (--province CODE | --all) [--communes N] [--resolutions 2] [--targets 25] [--years 5]"
                + " [--seed 42] [--as-of YYYY-MM-DD] [--password SECRET] [--writers 2] [--spring.profiles.active=postgres]");
        err.println("       java -jar chitieu.jar batch-bench [--documents 1000] [--province 04] [--warmup 20] [--seed FILE]"
                + " [--spring.datasource.url=…]");
        err.println("  extract reads resolutions (TXT, DOCX, DOC, PDF, PNG, JPEG, TIFF, XLSX) and prints what they contain as JSON");
        err.println("  generate writes a realistic data set for benchmarks into the configured database (see README)");
        return args[0].equals("help") ? 0 : 2;
    }
}
