package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.plan.Target;

class TargetWordingTests {
    private final TargetWording vietnamese = new TargetWording(messages(), Locale.forLanguageTag("vi"));

    @Test
    void writesTargetsTheWayAResolutionDoes() {
        assertThat(vietnamese.describe(target(TargetKind.LEVEL, Comparator.GE, "42", "%", null, false, null, null))).isEqualTo("≥ 42 %");
        assertThat(vietnamese.describe(target(TargetKind.CHANGE, Comparator.GE, "10", "%", Direction.UP, true, null, null)))
                .isEqualTo("tăng 10 %/năm");
        assertThat(vietnamese.describe(target(TargetKind.MILESTONE, null, null, null, null, false, null, LocalDate.of(2026, 6, 30))))
                .isEqualTo("hoàn thành trước 30/06/2026");
        assertThat(vietnamese.describe(target(TargetKind.LEVEL, Comparator.GT, "3865.28", "tấn", null, false, 2030, null)))
                .isEqualTo("> 3.865,28 tấn (đến năm 2030)");
        assertThat(vietnamese.describe(target(TargetKind.MAINTAIN, Comparator.GE, "100", "%", null, false, null, null)))
                .isEqualTo("duy trì 100 %");
    }

    @Test
    void writesThemInEnglishForAnEnglishReader() {
        TargetWording english = new TargetWording(messages(), Locale.ENGLISH);

        assertThat(english.describe(target(TargetKind.CHANGE, Comparator.GE, "1306.5", "ha", Direction.DOWN, true, null, null)))
                .isEqualTo("decrease 1,306.5 ha/year");
    }

    private static Target target(TargetKind kind, Comparator comparator, String value, String unit, Direction direction, boolean perYear,
            Integer year, LocalDate deadline) {
        return new Target(null, "x", kind, comparator, value == null ? null : new BigDecimal(value), null, unit, false, null, direction,
                perYear, year, deadline, null, null, List.of());
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/review", "messages/plan", "messages/monitor");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
