package vn.chitieu.plan.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.plan.Target;

/**
 * A target written as people write it: "≥ 42 %", "tăng 10 %/năm", "duy trì 100 %",
 * "hoàn thành trước 30/06/2026", with the year it holds by when the text gives one.
 */
public final class TargetWording {
    private final MessageSource messages;
    private final Locale locale;
    private final LocalFormat format;

    TargetWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.format = LocalFormat.of(locale);
    }

    /** Targets in words for readers of {@code locale}, for other modules' documents (the reports). */
    public static TargetWording of(MessageSource messages, Locale locale) {
        return new TargetWording(messages, locale);
    }

    public String describe(Target target) {
        String quantity = quantity(target);
        TargetKind kind = target.kind() == null ? TargetKind.LEVEL : target.kind();
        String stated = switch (kind) {
            case LEVEL -> symbol(target.comparator(), Comparator.EQ) + quantity;
            case CHANGE -> message("review.wording.change." + (target.direction() == Direction.DOWN ? "DOWN" : "UP"),
                    symbol(target.comparator(), Comparator.GE) + quantity);
            case MAINTAIN -> message("review.wording.maintain", symbol(target.comparator(), Comparator.GE) + quantity);
            case MILESTONE -> milestone(target, quantity);
        };
        if (target.year() != null && kind != TargetKind.MILESTONE) {
            return stated + " " + message("review.wording.byYear", String.valueOf(target.year()));
        }
        if (target.deadline() != null && kind != TargetKind.MILESTONE) {
            return stated + " " + message("review.wording.before", format.date(target.deadline()));
        }
        return stated;
    }

    private String milestone(Target target, String quantity) {
        String what = target.value() == null ? message("review.wording.milestone")
                : message("review.wording.milestoneValue", symbol(target.comparator(), Comparator.EQ) + quantity);
        if (target.deadline() != null) {
            return what + " " + message("review.wording.before", format.date(target.deadline()));
        }
        return target.year() == null ? what : what + " " + message("review.wording.inYear", String.valueOf(target.year()));
    }

    /** "3.865,28 tấn", "65–70 %", "60 triệu đồng/người/năm", "10 %/năm". */
    private String quantity(Target target) {
        if (target.value() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(format.number(target.value()));
        if (target.comparator() == Comparator.RANGE && target.valueMax() != null) {
            text.append('–').append(format.number(target.valueMax()));
        }
        if (target.unit() != null) {
            text.append(' ').append(target.unit());
        }
        if (target.per() != null) {
            text.append('/').append(target.per());
        }
        if (target.perYear()) {
            text.append('/').append(message("review.wording.year"));
        }
        return text.toString();
    }

    /** The comparator's sign and a space, none for the one the kind implies anyway and for a range. */
    private static String symbol(Comparator comparator, Comparator implied) {
        if (comparator == null || comparator == implied || comparator == Comparator.RANGE) {
            return "";
        }
        return switch (comparator) {
            case GE -> "≥ ";
            case GT -> "> ";
            case LE -> "≤ ";
            case LT -> "< ";
            case EQ -> "= ";
            case APPROX -> "≈ ";
            case RANGE -> "";
        };
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
