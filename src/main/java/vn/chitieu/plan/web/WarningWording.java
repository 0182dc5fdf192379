package vn.chitieu.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The extractor's warnings in the reader's language. The extractor writes them as English sentences
 * (spec/extraction.md, "warnings"), and they are stored and served by the API as written; a page
 * shows each sentence it knows through its message {@code review.warning.<name>}, with the parts
 * taken from the document as arguments. Anything else (a reader's note, already in Vietnamese, or a
 * sentence someone wrote) is shown as it is.
 */
final class WarningWording {
    /**
     * Every sentence the extractor writes (vn.chitieu.extraction: MetadataReader, Extractor,
     * IndicatorTable, TargetReader), as the code writes it, with {@code {}} for each part it fills in.
     */
    static final List<Known> KNOWN = List.of(
            new Known("dateLineAbsent", "date line is absent: place and signedOn are null"),
            new Known("numberBlank", "document number is blank: '{}'"),
            new Known("numberFromAnnex", "document number is absent from the header; '{}' is taken from the annex: '{}'"),
            new Known("numberAbsent", "document number is absent: the text has no 'Số:' line"),
            new Known("communeNotNamed", "the commune is not named: the text says only '{}'"),
            new Known("titleAbsent", "title (subject line 'Về …') is absent from the text"),
            new Known("periodAbsent", "the plan's period is not stated in the title or the first article"),
            new Known("indicatorsInAnnex", "indicators are in an attached table that the text does not contain: '{}'"),
            new Known("noIndicators", "no indicators found: the text has no numbered indicators (chỉ tiêu) part"),
            new Known("milestoneInTable", "indicator {} has no number in the plan column ('{}'): read as a milestone"),
            new Known("tableValueNoUnit", "value with no unit: indicator {} '{}' {}"),
            new Known("valueNoUnit", "value with no unit: '{}' (indicator {})"));

    /** A warning the extractor writes: {@code sentence} with {@code {}} where the document's words go. */
    record Known(String name, Pattern pattern) {
        Known(String name, String sentence) {
            this(name, pattern(sentence));
        }

        String key() {
            return "review.warning." + name;
        }

        /** The sentence as an anchored pattern: its words literally, each {@code {}} a group. */
        private static Pattern pattern(String sentence) {
            StringBuilder regex = new StringBuilder();
            String[] words = sentence.split("\\{}", -1);
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    regex.append("(.*?)");
                }
                regex.append(Pattern.quote(words[i]));
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }

    private final MessageSource messages;
    private final Locale locale;

    WarningWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<String> show(List<String> warnings) {
        return warnings.stream().map(this::show).toList();
    }

    /** The warning in the reader's language, or as it is when it is not one the extractor writes. */
    String show(String warning) {
        return warning == null ? null : recognise(warning).map(known -> worded(known, warning)).orElse(warning);
    }

    private String worded(Known known, String warning) {
        Matcher m = known.pattern().matcher(warning);
        m.matches();
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = m.group(i + 1);
        }
        return messages.getMessage(known.key(), args, warning, locale);
    }

    /** The known warning a sentence is, if any. */
    static Optional<Known> recognise(String warning) {
        return KNOWN.stream().filter(k -> k.pattern().matcher(warning).matches()).findFirst();
    }
}
