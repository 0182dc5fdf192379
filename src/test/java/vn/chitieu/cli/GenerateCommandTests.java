package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chitieu.sample.SampleSettings;

class GenerateCommandTests {

    @Test
    void readsAProvinceAndItsFirstCommunesWithTheDefaultsOfTheIssue() {
        GenerateCommand.Options options = GenerateCommand.Options.parse(new String[] {"--province", "08", "--communes", "120", "--as-of",
            "2026-11-23", "--password", "bench-password-1", "--spring.profiles.active=postgres"});

        assertThat(options.province()).isEqualTo("08");
        assertThat(options.communes()).isEqualTo(120);
        assertThat(options.settings()).isEqualTo(new SampleSettings(2, 25, 5, 42, LocalDate.of(2026, 11, 23)));
        assertThat(options.password()).isEqualTo("bench-password-1");
        assertThat(options.writers()).isEqualTo(2);
        assertThat(options.springArguments()).containsExactly("--spring.profiles.active=postgres");
    }

    @Test
    void readsEveryProvinceWithEveryOption() {
        GenerateCommand.Options options = GenerateCommand.Options.parse(new String[] {"--all", "--resolutions", "3", "--targets", "20",
            "--years", "4", "--seed", "7", "--writers", "3"});

        assertThat(options.province()).isNull();
        assertThat(options.communes()).isNull();
        assertThat(options.settings().resolutions()).isEqualTo(3);
        assertThat(options.settings().targets()).isEqualTo(20);
        assertThat(options.settings().years()).isEqualTo(4);
        assertThat(options.settings().seed()).isEqualTo(7);
        assertThat(options.settings().asOf()).isNotNull();
        assertThat(options.password()).as("generated and printed when none is given").isNull();
        assertThat(options.writers()).isEqualTo(3);
    }

    @Test
    void refusesWhatItCannotDoWithTheReason() {
        assertThatThrownBy(() -> parse()).hasMessageStartingWith("name one province (--province 08) or --all");
        assertThatThrownBy(() -> parse("--all", "--province", "08")).hasMessageStartingWith("name one province");
        assertThatThrownBy(() -> parse("--all", "--password", "short")).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> parse("--all", "--as-of", "23/11/2026")).hasMessage("--as-of takes a day as 2026-11-23, not '23/11/2026'");
        assertThatThrownBy(() -> parse("--all", "--communes", "many")).hasMessage("--communes takes a whole number, not 'many'");
        assertThatThrownBy(() -> parse("--all", "--communes", "0")).hasMessage("--communes must be at least 1");
        assertThatThrownBy(() -> parse("--all", "--targets", "500")).hasMessageStartingWith("--targets can be at most "
                + SampleSettings.maxTargets());
        assertThatThrownBy(() -> parse("--all", "--users", "20")).hasMessageStartingWith("unknown option or missing value: '--users'");
        assertThat(SampleSettings.maxTargets()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void saysWhatIsWrongOnStandardErrorWithoutStartingAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GenerateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--communes", "3"});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("generate: name one province (--province 08) or --all; e.g. generate");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static GenerateCommand.Options parse(String... args) {
        return GenerateCommand.Options.parse(args);
    }
}
