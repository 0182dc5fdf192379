package vn.chitieu.web;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import vn.chitieu.assessment.Period;
import vn.chitieu.assessment.Reason;
import vn.chitieu.security.CurrentActor;
import vn.chitieu.security.Role;

/**
 * Gives every template {@code #viewer}, who is reading the page ({@code ${#viewer.signedIn}},
 * {@code ${#viewer.admin}}, {@code ${#viewer.name}}: plain fields, where the security dialect's
 * {@code sec:authorize} parsed an expression on every page), and {@code #vn}, the {@link Formats} of the page's language: {@code
 * ${#vn.number(target.amount)}} writes 1.306,5 on a Vietnamese page and 1,306.5 on an English one;
 * {@code ${#vn.number(rate, 1)}}, {@code ${#vn.date(resolution.signedOn)}}, {@code
 * ${#vn.dateTime(event.occurredAt)}}. Spring Boot adds every dialect bean to Thymeleaf, also in
 * {@code @WebMvcTest} slices.
 */
@Component
class FormatDialect extends AbstractDialect implements IExpressionObjectDialect {
    private static final String NAME = "vn";
    private static final String VIEWER = "viewer";

    FormatDialect() {
        super("Chỉ tiêu formats");
    }

    /** The formats bound to one template's language. */
    public record PageFormats(Locale locale) {
        public String number(Number value) {
            return Formats.number(value, locale);
        }

        public String number(Number value, int maxDecimals) {
            return Formats.number(value, maxDecimals, locale);
        }

        public String date(TemporalAccessor value) {
            return Formats.date(value, locale);
        }

        public String dateTime(TemporalAccessor value) {
            return Formats.dateTime(value, locale);
        }

        /** A plan period's code as a heading: {@code 2026-H1} is "6 tháng đầu năm 2026", "First half of 2026". */
        public String period(Object period) {
            return Reason.heading(period instanceof Period p ? p : Period.parse(String.valueOf(period)), locale);
        }
    }

    /** The person reading the page: a visitor (not signed in) or an account. */
    public record Viewer(boolean signedIn, boolean admin, String name) {
        static Viewer current() {
            return CurrentActor.get().map(actor -> new Viewer(true, actor.role() == Role.ADMIN, actor.username()))
                    .orElse(new Viewer(false, false, ""));
        }
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME, VIEWER);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return switch (expressionObjectName) {
                    case NAME -> new PageFormats(context.getLocale());
                    case VIEWER -> Viewer.current();
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
