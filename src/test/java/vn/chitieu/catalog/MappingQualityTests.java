package vn.chitieu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * How well the automatic proposals agree with hand labels of every gold target of the five seed
 * resolutions ({@code catalog/seed-labels.tsv}); the figures are in docs/benchmarks.md.
 */
class MappingQualityTests {
    /** What was measured (seeds 0.965 and 1.000, held out 0.865 and 0.976) minus a small margin; docs/benchmarks.md, "Catalogue mapping". */
    private static final double PRECISION_FLOOR = 0.95;
    private static final double RECALL_FLOOR = 0.95;
    private static final double HELD_OUT_PRECISION_FLOOR = 0.83;
    private static final double HELD_OUT_RECALL_FLOOR = 0.93;

    record Label(String seed, String subject, String unit, TargetKind kind, String expected) {}

    record Score(int labelled, int proposed, int correct, List<String> errors) {
        double precision() {
            return proposed == 0 ? 0 : (double) correct / proposed;
        }

        double recall() {
            return labelled == 0 ? 0 : (double) correct / labelled;
        }
    }

    @Test
    void proposesTheHandLabelledIndicatorOfTheSeedsTargets() throws IOException {
        meetsFloors("/catalog/seed-labels.tsv", "on the seeds", PRECISION_FLOOR, RECALL_FLOOR);
    }

    /** Resolutions the catalogue and matcher were never tuned on, labelled before they were first scored. */
    @Test
    void proposesTheHandLabelledIndicatorOfHeldOutTargets() throws IOException {
        meetsFloors("/catalog/heldout-labels.tsv", "held out", HELD_OUT_PRECISION_FLOOR, HELD_OUT_RECALL_FLOOR);
    }

    private static void meetsFloors(String resource, String name, double precision, double recall) throws IOException {
        Score score = score(labels(resource));
        System.out.printf("Catalogue mapping %s: %d targets with a code, %d proposals, %d right: precision %.3f, recall %.3f%n",
                name, score.labelled(), score.proposed(), score.correct(), score.precision(), score.recall());
        score.errors().forEach(System.out::println);
        assertThat(score.precision()).as(String.join("\n", score.errors())).isGreaterThanOrEqualTo(precision);
        assertThat(score.recall()).as(String.join("\n", score.errors())).isGreaterThanOrEqualTo(recall);
    }

    static Score score(List<Label> labels) {
        Matcher matcher = new Matcher(CatalogFile.read());
        int labelled = 0;
        int proposed = 0;
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Label label : labels) {
            Optional<Matcher.Proposal> proposal = matcher.propose(label.subject(), label.unit(), label.kind());
            boolean hasCode = !label.expected().equals("-");
            labelled += hasCode ? 1 : 0;
            proposed += proposal.isPresent() ? 1 : 0;
            String got = proposal.map(Matcher.Proposal::code).orElse("-");
            if (hasCode && got.equals(label.expected())) {
                correct++;
            } else if (!got.equals(label.expected())) {
                String best = matcher.best(label.subject(), label.unit(), label.kind()).map(p -> p.code() + " " + p.confidence()).orElse("");
                errors.add("  " + label.seed() + " «" + label.subject() + "» [" + label.unit() + "] expected " + label.expected() + ", got " + got
                        + " (best " + best + ")");
            }
        }
        return new Score(labelled, proposed, correct, errors);
    }

    static List<Label> labels(String resource) throws IOException {
        try (InputStream in = MappingQualityTests.class.getResourceAsStream(resource)) {
            List<Label> labels = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                labels.add(new Label(cells[0], cells[1], cells[2], TargetKind.valueOf(cells[3]), cells[4].strip()));
            }
            return labels;
        }
    }
}
