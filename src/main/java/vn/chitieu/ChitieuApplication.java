package vn.chitieu;

import java.io.PrintStream;
import vn.chitieu.cli.ExtractCommand;

/** The program's entry point: {@code extract} reads resolutions on the command line without starting a server. */
public final class ChitieuApplication {
    private ChitieuApplication() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("extract")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return new ExtractCommand(out, err).run(rest);
        }
        err.println("usage: java -jar chitieu.jar extract FILE... [--out DIR] [--explain] [--bench [--seconds N]]");
        err.println("  reads resolutions (TXT, DOCX, DOC, PDF, PNG, JPEG, TIFF, XLSX) and prints what they contain as JSON");
        return args.length == 0 || args[0].equals("help") || args[0].equals("--help") ? 0 : 2;
    }
}
