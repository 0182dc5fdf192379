package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chitieu.extraction.Target.TargetKind;

class AssessmentBenchTests {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AssessmentBench bench = new AssessmentBench(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void makesAResolutionOfEveryKindWithABaselineAndTwentyPeriodsOfValues() {
        AssessmentBench.Resolution resolution = AssessmentBench.Resolution.generate(60, new Random(1));

        assertThat(resolution.goals()).hasSize(60).extracting(g -> g.kind()).contains(TargetKind.values());
        assertThat(resolution.periods()).hasSize(20);
        for (int i = 0; i < 60; i++) {
            int expected = resolution.goals().get(i).kind() == TargetKind.MILESTONE ? 1 : 21;
            assertThat(resolution.actuals().get(i)).hasSize(expected);
        }
    }

    @Test
    void refusesAnUnknownOptionOrANumberItCannotRead() {
        assertThat(bench.run(new String[] {"--rounds", "3"})).isEqualTo(2);
        assertThat(bench.run(new String[] {"--seconds", "ten"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --rounds", "whole numbers");
    }
}
