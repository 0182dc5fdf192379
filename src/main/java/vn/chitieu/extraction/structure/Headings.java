package vn.chitieu.extraction.structure;

import java.util.regex.Pattern;
import vn.chitieu.extraction.IndicatorGroup;

/** What a heading announces, judged from its folded text. */
public final class Headings {
    /** "3. Các nhiệm vụ, giải pháp chủ yếu", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "3. Giải pháp": the heading opens with them. */
    private static final Pattern TASKS = Pattern.compile(
            "^(?:(?:một số|các|những|nhóm)\\s+)*(?:nhiệm vụ|giải pháp)(?![\\p{L}])");
    // "Chương trình mục tiêu quốc gia" is a national target programme, not the plan's objectives.
    private static final Pattern OBJECTIVES = Pattern.compile("(?<![\\p{L}])mục tiêu(?! cụ thể| quốc gia)(?![\\p{L}])");
    private static final Pattern INDICATORS = Pattern.compile("(?<![\\p{L}])(?:chỉ tiêu|mục tiêu cụ thể)(?![\\p{L}])");
    // "Về cơ bản, …" ("basically") opens a sentence, not a heading.
    private static final Pattern GROUP = Pattern.compile(
            "^(?:về(?! cơ bản)|(?:các |nhóm )?chỉ tiêu (?:về|chủ yếu về|lĩnh vực)|lĩnh vực|nhóm chỉ tiêu)(?![\\p{L}])");

    /** "Các chỉ tiêu kinh tế", "Chỉ tiêu cải cách hành chính, chuyển đổi số": indicators of a field. */
    private static final Pattern INDICATORS_OF = Pattern.compile("^(?:các |nhóm )?chỉ tiêu(?: chủ yếu)?\\s");
    /** "(06 chỉ tiêu)": how many indicators a group holds. */
    private static final Pattern COUNT_IN_PARENTHESES = Pattern.compile("\\(\\s*\\d+[^)]*\\)");

    /** "Các chỉ tiêu kinh tế - xã hội chủ yếu" names the whole plan, not one field of it. */
    private static final Pattern WHOLE_PLAN = Pattern.compile("kinh tế\\s*[-–]\\s*xã hội");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[;.]\\s*$");

    private record GroupWord(Pattern pattern, IndicatorGroup group) {}

    private static final GroupWord[] GROUP_WORDS = {
        word("kinh tế|ngân sách|nông nghiệp|nông, lâm|sản xuất|thương mại|du lịch|đầu tư|tài chính", IndicatorGroup.ECONOMY),
        word("văn hóa|xã hội|giáo dục|y tế|lao động|an sinh|dân số|việc làm|giảm nghèo", IndicatorGroup.SOCIETY),
        word("môi trường|tài nguyên", IndicatorGroup.ENVIRONMENT),
        word("chuyển đổi số|cải cách hành chính|hành chính|khoa học|công nghệ|chính quyền số", IndicatorGroup.DIGITAL_ADMIN),
        word("quốc phòng|an ninh|quân sự|trật tự", IndicatorGroup.DEFENSE_SECURITY),
    };

    private Headings() {}

    private static GroupWord word(String words, IndicatorGroup group) {
        return new GroupWord(Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])"), group);
    }

    public static boolean isTasksHeading(String folded) {
        return TASKS.matcher(folded).find();
    }

    public static boolean isObjectivesHeading(String folded) {
        return OBJECTIVES.matcher(folded).find();
    }

    public static boolean isIndicatorsHeading(String folded) {
        return INDICATORS.matcher(folded).find();
    }

    /** "Về kinh tế:", "2.1. Chỉ tiêu về kinh tế", "Lĩnh vực xã hội": a heading that names a group. */
    public static boolean isGroupHeading(String foldedBody) {
        String body = foldedBody.strip();
        if (GROUP.matcher(body).lookingAt()) {
            return true;
        }
        String withoutCount = COUNT_IN_PARENTHESES.matcher(body).replaceAll("");
        if (WHOLE_PLAN.matcher(withoutCount).find()) {
            return false;
        }
        boolean noNumbers = withoutCount.chars().noneMatch(Character::isDigit);
        if (INDICATORS_OF.matcher(withoutCount).lookingAt() && noNumbers && groupOf(withoutCount) != IndicatorGroup.OTHER) {
            return true;
        }
        // A short phrase that ends in ";" or "." is a list item or a sentence ("- Sở Tài chính;",
        // "5. Xã đạt chuẩn quốc gia về y tế."), not a heading.
        boolean shortPhrase = wordCount(withoutCount) <= 8 && noNumbers && !ENDS_SENTENCE.matcher(withoutCount).find();
        return shortPhrase && groupOf(withoutCount) != IndicatorGroup.OTHER && !isTasksHeading(withoutCount);
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The group a heading names: the field named first wins ("văn hóa - xã hội, chuyển đổi số" → SOCIETY). */
    public static IndicatorGroup groupOf(String folded) {
        IndicatorGroup best = IndicatorGroup.OTHER;
        int bestAt = Integer.MAX_VALUE;
        for (GroupWord word : GROUP_WORDS) {
            var m = word.pattern.matcher(folded);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = word.group;
            }
        }
        return best;
    }
}
