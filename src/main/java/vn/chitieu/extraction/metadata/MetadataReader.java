package vn.chitieu.extraction.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.DocumentInfo.PeriodKind;
import vn.chitieu.extraction.DocumentInfo.PlanPeriod;
import vn.chitieu.extraction.DocumentInfo.Signer;
import vn.chitieu.extraction.DocumentInfo.UnitRef;
import vn.chitieu.extraction.numeral.Numeral;
import vn.chitieu.extraction.numeral.Numerals;
import vn.chitieu.extraction.period.PeriodMention;
import vn.chitieu.extraction.period.Periods;
import vn.chitieu.extraction.structure.Block;
import vn.chitieu.extraction.structure.Outline;
import vn.chitieu.extraction.structure.Roman;

/** Reads a resolution's metadata (number, issuer, dates, term, session, title, period, signer, bases). */
public final class MetadataReader {
    // A number typed into the blank of a template keeps the blank's spaces: "Số: 13    /NQ-HĐND".
    private static final String NUMBER_TEXT = "[^\\s,;|]*(?:\\s*/[^\\s,;|]*)?";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}])số\\s*:\\s*(" + NUMBER_TEXT + ")");
    private static final Pattern ANNEX_REFERENCE = Pattern.compile(
            "kèm theo nghị quyết số\\s+(\\d+[^\\s,;)]*)(?:\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} tháng \\d{1,2} năm \\d{4}))?");
    // The term may follow on the same line when a reader joins the two lines of the heading.
    private static final Pattern COUNCIL = Pattern.compile(
            "^(?:tm\\.\\s*)?(hội đồng nhân dân|hđnd)\\s+(xã|phường|đặc khu|thị trấn|tỉnh|thành phố)(?:\\s+(.+?))?"
                    + "(?:\\s*[,.–-]?\\s+khóa\\s.*)?\\s*$");
    private static final Pattern COUNCIL_IN_SENTENCE = Pattern.compile(
            "(hội đồng nhân dân|hđnd)\\s+(xã|phường|đặc khu|thị trấn|tỉnh|thành phố)(?:\\s+([^,]+?))?\\s+(?:khóa|khoá|kỳ họp)");
    // A two-column header run together on one line puts the number before the place.
    private static final String NUMBER_BEFORE_PLACE = "^(?:số\\s*:\\s*" + NUMBER_TEXT + "\\s+)?";
    private static final Pattern DATE_LINE = Pattern.compile(NUMBER_BEFORE_PLACE
            + "([^,]{2,40}?),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern DATE_LINE_NUMERIC = Pattern.compile(NUMBER_BEFORE_PLACE
            + "([^,]{2,40}?),\\s*ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TERM = Pattern.compile("(?<![\\p{L}])khó?[aá]\\s+([ivxlc]+|\\d{1,3})(?![\\p{L}\\d])");
    private static final Pattern SESSION = Pattern.compile(
            "kỳ họp\\s+(?:lần\\s+)?thứ\\s+(\\d{1,2}|[\\p{L}]+(?:\\s+[\\p{L}]+){0,3})");
    private static final Pattern ADOPTED = Pattern.compile("thông qua(?:\\s+ngày|.*?(?:từ|kể từ)\\s+ngày)");
    private static final Pattern PROVINCE = Pattern.compile(
            "(?:hội đồng nhân dân|hđnd|ủy ban nhân dân|ubnd|tỉnh ủy)\\s+(tỉnh|thành phố)\\s+([\\p{L}\\s]{2,60})");
    private static final Pattern POSITION =
            Pattern.compile("^(?:tm\\.\\s*hội đồng nhân dân\\s*)?(?:kt\\.\\s*chủ tịch\\s+)?(phó chủ tịch|chủ tịch)(?![\\p{L}])\\s*");
    private static final String SIGNED = "(Đã ký)";
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("nhất", 1), Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4),
            Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("mười một", 11), Map.entry("mười hai", 12),
            Map.entry("mười ba", 13), Map.entry("mười bốn", 14), Map.entry("mười lăm", 15));

    private final Outline outline;
    private final List<String> warnings;

    public MetadataReader(Outline outline, List<String> warnings) {
        this.outline = outline;
        this.warnings = warnings;
    }

    public DocumentInfo read() {
        List<String[]> header = headerCells();
        String number = number(header);
        String[] council = council(header);
        boolean provinceLevel = council != null && (council[0].equals("tỉnh") || council[0].equals("thành phố"));
        UnitRef unit = new UnitRef(council == null ? null : council[0], council == null ? null : council[1],
                provinceLevel ? null : province());
        String issuer = council == null ? null : issuer(council[0], council[1]);
        String place = null;
        LocalDate signedOn = null;
        for (String[] cell : header) {
            DateLine line = dateLine(cell[0], cell[1]);
            if (line != null) {
                place = line.place();
                signedOn = line.date();
                break;
            }
        }
        if (signedOn == null) {
            signedOn = annexDate();
            if (signedOn == null) {
                warnings.add("date line is absent: place and signedOn are null");
            }
        }
        LocalDate adoptedOn = adoptedOn();
        if (adoptedOn == null) {
            adoptedOn = signedOn;
        }
        String title = title(header);
        return new DocumentInfo(type(header), number, issuer, unit, place, signedOn, adoptedOn, term(), session(), title,
                period(title), signer(), legalBases(), false);
    }

    /** Header paragraphs, table rows split into cells: each as {original, folded}. */
    private List<String[]> headerCells() {
        List<String[]> cells = new ArrayList<>();
        for (Block block : outline.header()) {
            if (block.isTableRow()) {
                for (String text : tableCells(block.text())) {
                    cells.add(new String[] {text, VietnameseText.fold(text)});
                }
            } else {
                cells.add(new String[] {block.text(), block.folded()});
            }
        }
        return cells;
    }

    private String type(List<String[]> header) {
        for (String[] cell : header) {
            String f = cell[1].strip();
            if (f.equals("nghị quyết")) return "NGHI_QUYET";
            if (f.equals("quyết định")) return "QUYET_DINH";
            if (f.equals("kế hoạch")) return "KE_HOACH";
            if (f.equals("báo cáo")) return "BAO_CAO";
        }
        return "NGHI_QUYET";
    }

    private String number(List<String[]> header) {
        for (String[] cell : header) {
            Matcher m = numberField(cell[1]);
            if (m != null) {
                String value = numberValue(cell[0], m);
                if (value == null) {
                    warnings.add("document number is blank: '" + cell[0].substring(m.start()).strip() + "'");
                }
                return value;
            }
        }
        for (Block block : outline.annex()) {
            Matcher m = annexReference(block.folded());
            if (m != null) {
                String value = block.text().substring(m.start(1), m.end(1));
                warnings.add("document number is absent from the header; '" + value + "' is taken from the annex: '"
                        + block.text() + "'");
                return value;
            }
        }
        warnings.add("document number is absent: the text has no 'Số:' line");
        return null;
    }

    private LocalDate annexDate() {
        for (Block block : outline.annex()) {
            Matcher m = annexReference(block.folded());
            if (m != null && m.group(2) != null) {
                return Periods.firstDate(block.folded(), m.start(2));
            }
        }
        return null;
    }

    /** {level, name} of the council, from the header line or the closing sentence. */
    private String[] council(List<String[]> header) {
        for (String[] cell : header) {
            Council council = councilLine(cell[0], cell[1]);
            if (council != null) {
                return new String[] {council.level(), properName(council.name())};
            }
        }
        for (Block block : outline.closing()) {
            Council council = councilInSentence(block.text(), block.folded());
            if (council != null) {
                if (council.name() == null) {
                    warnings.add("the commune is not named: the text says only '" + council.written() + "'");
                }
                return new String[] {council.level(), council.name()};
            }
        }
        return null;
    }

    /** A name written in capitals in the header, as the text writes it elsewhere ("ĐÔNG KHÊ" → "Đông Khê"). */
    private String properName(String raw) {
        if (!raw.equals(raw.toUpperCase(Locale.ROOT))) {
            return raw;
        }
        String folded = VietnameseText.fold(raw);
        for (Block block : likelyPlaces()) {
            int at = block.folded().indexOf(folded);
            while (at >= 0) {
                String candidate = block.text().substring(at, at + raw.length());
                boolean wordBounded = (at == 0 || !Character.isLetter(block.text().charAt(at - 1)))
                        && (at + raw.length() == block.text().length() || !Character.isLetter(block.text().charAt(at + raw.length())));
                if (wordBounded && !candidate.equals(candidate.toUpperCase(Locale.ROOT))) {
                    return candidate;
                }
                at = block.folded().indexOf(folded, at + 1);
            }
        }
        return titleCase(raw);
    }

    /** "ĐÔNG KHÊ" → "Đông Khê": each word capitalised, for a name the text writes only in capitals. */
    private static String titleCase(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String word : raw.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    /**
     * Where names of the commune and its province usually stand (legal bases, the first article,
     * the closing), then everything else: looking there first spares folding the whole text.
     */
    private List<Block> likelyPlaces() {
        List<Block> blocks = namingPlaces();
        java.util.Set<Block> first = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        first.addAll(blocks);
        for (Block block : outline.all()) {
            if (!first.contains(block)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** The legal bases, the header, the first article and the closing: where a text names its units. */
    private List<Block> namingPlaces() {
        List<Block> blocks = new ArrayList<>(outline.legalBases());
        blocks.addAll(outline.header());
        if (outline.firstArticle() != null) {
            blocks.add(outline.firstArticle());
        }
        blocks.addAll(outline.closing());
        return blocks;
    }

    /** The province, where the text names it: in the header, a legal basis, the first article or the closing. */
    private String province() {
        for (Block block : namingPlaces()) {
            if (!mayNameProvince(block.text())) {
                continue;
            }
            Matcher m = PROVINCE.matcher(block.folded());
            while (m.find()) {
                String raw = block.text().substring(m.start(2), m.end(2)).strip();
                String name = capitalisedPrefix(raw);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A cheap look at the raw text before folding it: "tỉnh", "TỈNH", "thành phố", "THÀNH PHỐ". */
    private static boolean mayNameProvince(String text) {
        return text.contains("ỉnh") || text.contains("ỈNH") || text.contains("hành phố") || text.contains("HÀNH PHỐ");
    }

    /** The leading capitalised words: "Cao Bằng về Kế hoạch" → "Cao Bằng". */
    private static String capitalisedPrefix(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String word : raw.split("\\s+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(Character::isLetter)) {
                break;
            }
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(word);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private String term() {
        for (Block block : concat(outline.header(), outline.closing())) {
            String term = termIn(block.folded());
            if (term != null) {
                return term;
            }
        }
        return null;
    }

    private Integer session() {
        for (Block block : concat(outline.header(), outline.closing())) {
            Integer session = sessionIn(block.folded());
            if (session != null) {
                return session;
            }
        }
        return null;
    }

    private LocalDate adoptedOn() {
        for (Block block : outline.closing()) {
            LocalDate date = adoptedOnIn(block.folded());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private String title(List<String[]> header) {
        for (String[] cell : header) {
            if (cell[1].startsWith("về ") || cell[1].startsWith("v/v")) {
                return cell[0].replaceAll("\\s+", " ").strip();
            }
        }
        warnings.add("title (subject line 'Về …') is absent from the text");
        return null;
    }

    private PlanPeriod period(String title) {
        List<String> sources = new ArrayList<>();
        if (title != null) sources.add(VietnameseText.fold(title));
        if (outline.firstArticle() != null) sources.add(outline.firstArticle().folded());
        if (outline.indicatorsHeading() != null) sources.add(outline.indicatorsHeading().folded());
        for (String source : sources) {
            PeriodMention plan = Periods.planOf(source);
            if (plan != null) {
                return new PlanPeriod(PeriodKind.valueOf(plan.planKind().name()), plan.planStart(), plan.planEnd());
            }
        }
        warnings.add("the plan's period is not stated in the title or the first article");
        return null;
    }

    /** The signature block: a position line ("CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the name below it. */
    private Signer signer() {
        List<String> lines = new ArrayList<>();
        for (Block block : outline.closing()) {
            if (block.isTableRow()) {
                for (String cell : block.text().split("\\|")) {
                    if (!cell.isBlank()) lines.add(cell.strip());
                }
            } else {
                lines.add(block.text().strip());
            }
        }
        String position = null;
        int positionAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = POSITION.matcher(VietnameseText.fold(lines.get(i)));
            if (m.lookingAt()) {
                position = lines.get(i).substring(m.start(1), m.end(1));
                positionAt = i;
                String rest = lines.get(i).substring(m.end()).replace(SIGNED, "").strip();
                if (isPersonName(rest)) {
                    return new Signer(position, rest);
                }
            }
        }
        for (int i = positionAt + 1; i < lines.size(); i++) {
            String line = lines.get(i).replace(SIGNED, "").strip();
            if (isPersonName(line) && (positionAt >= 0 || i == lines.size() - 1)) {
                return new Signer(position, line);
            }
        }
        return new Signer(position, null);
    }

    /** "Nguyễn Thị Thu Phương": two to six capitalised words of letters only. */
    static boolean isPersonName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String word : words) {
            // "Y Thuận Niê", "H'Hen Niê": Ê Đê and Jarai names open with a one-letter word or an apostrophe.
            boolean letters = word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’');
            boolean capitalised = Character.isUpperCase(word.charAt(0))
                    && (word.length() == 1 || !word.equals(word.toUpperCase(Locale.ROOT)) || word.matches("\\p{Lu}['’]\\p{Lu}\\p{Ll}*"));
            if (!letters || !capitalised) {
                return false;
            }
        }
        return true;
    }

    private List<String> legalBases() {
        List<String> bases = new ArrayList<>();
        for (Block block : outline.legalBases()) {
            for (String part : block.text().split(";\\s*(?=Căn cứ)")) {
                String base = part.strip().replaceFirst("^Căn cứ\\s+", "").replaceAll("[;.,\\s]+$", "");
                if (!base.isEmpty()) {
                    bases.add(base);
                }
            }
        }
        return bases;
    }

    /** What one line gives on its own; {@code numbered} when it has a "Số:" field or an annex reference. */
    public record LineReading(boolean numbered, String number, String issuer, String term, Integer session,
            String place, LocalDate signedOn, LocalDate adoptedOn) {}

    /**
     * Reads one NFC line by the rules above, as a header cell (a table row cell by cell), a closing
     * sentence or an annex's reference line: the corpus {@code extraction/metadata.tsv} tests it. A
     * legal basis ("Căn cứ …") gives nothing. A name written only in capitals is title-cased, since one
     * line cannot show how the rest of the text spells it.
     */
    public static LineReading readLine(String line) {
        boolean numbered = false;
        String number = null;
        Council council = null;
        String term = null;
        Integer session = null;
        DateLine dateLine = null;
        LocalDate adoptedOn = null;
        Matcher annex = null;
        String annexCell = null;
        for (String cell : line.startsWith("|") ? tableCells(line) : List.of(line)) {
            String folded = VietnameseText.fold(cell);
            if (folded.startsWith("căn cứ")) {
                continue;
            }
            Matcher m = numberField(folded);
            if (m != null && !numbered) {
                numbered = true;
                number = numberValue(cell, m);
            }
            council = council != null ? council : councilLine(cell, folded);
            council = council != null ? council : councilInSentence(cell, folded);
            term = term != null ? term : termIn(folded);
            session = session != null ? session : sessionIn(folded);
            dateLine = dateLine != null ? dateLine : dateLine(cell, folded);
            adoptedOn = adoptedOn != null ? adoptedOn : adoptedOnIn(folded);
            if (annex == null && (annex = annexReference(folded)) != null) {
                annexCell = cell;
            }
        }
        if (annex != null && !numbered) {
            numbered = true;
            number = annexCell.substring(annex.start(1), annex.end(1));
        }
        LocalDate signedOn = dateLine == null ? null : dateLine.date();
        if (signedOn == null && annex != null && annex.group(2) != null) {
            signedOn = Periods.firstDate(VietnameseText.fold(annexCell), annex.start(2));
        }
        String issuer = null;
        if (council != null) {
            String name = council.name();
            boolean capitals = name != null && name.equals(name.toUpperCase(Locale.ROOT));
            issuer = issuer(council.level(), capitals ? titleCase(name) : name);
        }
        return new LineReading(numbered, number, issuer, term, session, dateLine == null ? null : dateLine.place(),
                signedOn, adoptedOn);
    }

    private record DateLine(String place, LocalDate date) {}

    /** A council as a line names it: {@code written} is the words that name it, for a warning. */
    private record Council(String level, String name, String written) {}

    private static List<String> tableCells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("\\|")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    private static Matcher numberField(String folded) {
        Matcher m = NUMBER.matcher(folded);
        return m.find() ? m : null;
    }

    /** The number as written without the blank's spaces; null when it is blank ("Số:    /NQ-HĐND"). */
    private static String numberValue(String text, Matcher field) {
        String value = text.substring(field.start(1), field.end(1)).replaceAll("\\s+", "");
        return value.isEmpty() || value.startsWith("/") || !Character.isDigit(value.charAt(0)) ? null : value;
    }

    private static Matcher annexReference(String folded) {
        Matcher m = ANNEX_REFERENCE.matcher(folded);
        return m.find() ? m : null;
    }

    /** "Đông Khê, ngày 24 tháng 12 năm 2025" → place and date (null when no such day); null for other lines. */
    private static DateLine dateLine(String text, String folded) {
        if (folded.startsWith("căn cứ")) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(folded);
        Matcher n = DATE_LINE_NUMERIC.matcher(folded);
        Matcher found = m.find() ? m : n.find() ? n : null;
        return found == null ? null : new DateLine(text.substring(found.start(1), found.end(1)).strip(),
                date(found.group(4), found.group(3), found.group(2)));
    }

    /** A header line that is the council's name: "HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG KHÊ". */
    private static Council councilLine(String text, String folded) {
        Matcher m = COUNCIL.matcher(folded.strip());
        if (!m.matches() || m.group(3) == null) {
            return null;
        }
        return new Council(m.group(2), text.strip().substring(m.start(3), m.end(3)), text.strip());
    }

    /**
     * A council named in a sentence before its term or session ("… Hội đồng nhân dân xã Đông Khê khóa XX,
     * …"), its name null when the sentence gives none ("HĐND xã khóa XXI"). A name is capitalised, so
     * "HĐND xã và ý kiến thảo luận tại kỳ họp" names no council.
     */
    private static Council councilInSentence(String text, String folded) {
        Matcher m = COUNCIL_IN_SENTENCE.matcher(folded);
        while (m.find()) {
            String name = m.group(3) == null ? null : text.substring(m.start(3), m.end(3)).strip();
            if (name == null || Arrays.stream(name.split("\\s+")).noneMatch(w -> Character.isLowerCase(w.charAt(0)))) {
                return new Council(m.group(2), name, text.substring(m.start(), m.end()));
            }
        }
        return null;
    }

    private static String issuer(String level, String name) {
        return "Hội đồng nhân dân " + level + (name == null ? "" : " " + name);
    }

    private static String termIn(String folded) {
        Matcher m = TERM.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1);
        return value.chars().allMatch(Character::isDigit) ? Roman.of(Integer.parseInt(value)) : value.toUpperCase(Locale.ROOT);
    }

    /** "kỳ họp thứ 4", "thứ Tư", "lần thứ hai", "thứ hai mươi mốt" → 4, 4, 2, 21; null when unreadable. */
    private static Integer sessionIn(String folded) {
        Matcher m = SESSION.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1);
        if (value.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(value);
        }
        List<Numeral> numerals = Numerals.find(value);
        if (!numerals.isEmpty() && numerals.get(0).start() == 0) {
            return numerals.get(0).value().intValue();
        }
        // Ordinal words that are no numerals on their own: "thứ nhất", "thứ tư", "thứ năm".
        String[] words = value.split("\\s+");
        Integer two = words.length > 1 ? ORDINALS.get(words[0] + " " + words[1]) : null;
        return two != null ? two : ORDINALS.get(words[0]);
    }

    /** The date after "thông qua ngày …" (or "thông qua … kể từ ngày …") in a closing sentence. */
    private static LocalDate adoptedOnIn(String folded) {
        Matcher m = ADOPTED.matcher(folded);
        return m.find() ? Periods.firstDate(folded, m.start()) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Block> concat(List<Block> a, List<Block> b) {
        List<Block> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
