package vn.chitieu.extraction.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.extraction.Indicator;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Span;
import vn.chitieu.extraction.Target;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.extraction.numeral.Numeral;
import vn.chitieu.extraction.numeral.Numerals;
import vn.chitieu.extraction.quantity.Units;
import vn.chitieu.extraction.structure.Block;
import vn.chitieu.extraction.structure.Headings;
import vn.chitieu.extraction.structure.Roman;

/**
 * An indicator table ("Biểu chỉ tiêu": STT | Chỉ tiêu | Đơn vị tính | … | Kế hoạch … ) read into
 * indicators: numbered rows are indicators, Roman-numbered rows name groups, "-" rows are further
 * targets of the row above. The value is taken from the plan column.
 */
public final class IndicatorTable {
    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,6}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");
    private static final Pattern SUB_ROW = Pattern.compile("[-–+•*]|[a-zđ][.)]?");
    private static final Pattern SIGN = Pattern.compile("^\\s*(≥|>=|>|≤|<=|<|~|khoảng|trên|dưới|tối thiểu|tối đa)\\s*");
    private static final Pattern KIND_VERB = Pattern.compile("^(giảm|tăng|duy trì|có thêm|thêm)(?![\\p{L}])");
    private static final Pattern ACHIEVED = Pattern.compile("^(đạt|hoàn thành|có|x)$");

    private final List<String> warnings;
    private java.util.function.IntUnaryOperator toOriginal = i -> i;

    public IndicatorTable(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Indicators from the first indicator table among {@code blocks}, in row order; empty when there is none. */
    public List<Indicator> read(List<Block> blocks, java.util.function.IntUnaryOperator toOriginal) {
        this.toOriginal = toOriginal;
        List<Indicator> indicators = new ArrayList<>();
        Columns columns = null;
        String groupHeading = null;
        IndicatorGroup group = IndicatorGroup.OTHER;
        Row current = null;
        for (Block block : blocks) {
            if (!block.isTableRow()) {
                if (columns != null && (current != null || !indicators.isEmpty())) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(block.text());
            if (columns == null) {
                columns = Columns.of(cells);
                continue;
            }
            String stt = columns.cell(cells, columns.stt).strip();
            String name = columns.cell(cells, columns.name).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (ROMAN.matcher(stt).matches()) {
                current = flush(indicators, current, toOriginal);
                groupHeading = name;
                group = Headings.groupOf(VietnameseText.fold(name));
            } else if (INTEGER.matcher(stt).matches()) {
                current = flush(indicators, current, toOriginal);
                current = new Row(Integer.parseInt(stt), name, group, groupHeading, block);
                addTarget(current, name, cells, columns, block);
            } else if (current != null && SUB_ROW.matcher(stt).matches()) {
                addTarget(current, current.name + ": " + name, cells, columns, block);
                current.subRows = true;
            }
        }
        flush(indicators, current, toOriginal);
        return indicators;
    }

    private final class Row {
        final int no;
        final String name;
        final IndicatorGroup group;
        final String groupHeading;
        final Block block;
        final List<Target> targets = new ArrayList<>();
        boolean subRows;

        Row(int no, String name, IndicatorGroup group, String groupHeading, Block block) {
            this.no = no;
            this.name = name;
            this.group = group;
            this.groupHeading = groupHeading;
            this.block = block;
        }
    }

    private Row flush(List<Indicator> indicators, Row row, java.util.function.IntUnaryOperator toOriginal) {
        if (row == null) {
            return null;
        }
        List<Target> targets = new ArrayList<>();
        for (Target t : row.targets) {
            boolean emptyParent = row.subRows && t.value() == null && t.subject().equals(row.name);
            if (!emptyParent) {
                targets.add(t);
            }
        }
        Span span = new Span(toOriginal.applyAsInt(row.block.start()), toOriginal.applyAsInt(row.block.paragraph().end() - 1) + 1);
        indicators.add(new Indicator(row.no, row.group, row.groupHeading, row.name, targets, span));
        return null;
    }

    private void addTarget(Row row, String subject, List<String> cells, Columns columns, Block block) {
        String valueCell = columns.cell(cells, columns.value).strip();
        String unitCell = columns.cell(cells, columns.unit).strip();
        String foldedSubject = VietnameseText.fold(row.name);
        List<String> rules = new ArrayList<>();
        rules.add("a row of an indicator table: the value from the column '" + columns.valueHeader + "'");
        Span span = new Span(toOriginal.applyAsInt(block.start()), toOriginal.applyAsInt(block.paragraph().end() - 1) + 1);
        String foldedValue = VietnameseText.fold(valueCell);
        Comparator comparator = Comparator.GE;
        Matcher sign = SIGN.matcher(foldedValue);
        if (sign.find()) {
            comparator = switch (sign.group(1)) {
                case ">", "trên" -> Comparator.GT;
                case "≤", "<=", "tối đa" -> Comparator.LE;
                case "<", "dưới" -> Comparator.LT;
                case "~", "khoảng" -> Comparator.APPROX;
                default -> Comparator.GE;
            };
            rules.add("'" + sign.group(1) + "' in the value cell");
            foldedValue = foldedValue.substring(sign.end());
        }
        List<Numeral> numbers = Numerals.findDigits(foldedValue, false);
        if (numbers.isEmpty()) {
            if (ACHIEVED.matcher(foldedValue).matches()) {
                rules.add("'" + valueCell + "' in the value cell: a milestone");
                row.targets.add(new Target(subject, TargetKind.MILESTONE, null, null, null, null, null, null, false, null,
                        null, null, span, rules));
                warnings.add("indicator " + row.no + " has no number in the plan column ('" + valueCell
                        + "'): read as a milestone");
            } else if (valueCell.isEmpty()) {
                row.targets.add(new Target(subject, TargetKind.MILESTONE, null, null, null, null, null, null, false, null,
                        null, null, span, rules));
            }
            return;
        }
        BigDecimal value = numbers.get(0).value();
        BigDecimal valueMax = null;
        if (numbers.size() > 1 && foldedValue.substring(numbers.get(0).end(), numbers.get(1).start()).matches("\\s*[-–]\\s*")) {
            valueMax = numbers.get(1).value();
            comparator = Comparator.RANGE;
        }
        String[] unitAndPer = unit(unitCell);
        TargetKind kind = TargetKind.LEVEL;
        Direction direction = null;
        Matcher verb = KIND_VERB.matcher(foldedSubject);
        if (verb.find()) {
            String word = verb.group(1);
            if (word.equals("duy trì")) {
                kind = TargetKind.MAINTAIN;
            } else {
                kind = TargetKind.CHANGE;
                direction = word.equals("giảm") ? Direction.DOWN : Direction.UP;
            }
            rules.add("'" + word + "' opening the indicator's name");
        }
        if (unitAndPer[0] == null) {
            warnings.add("value with no unit: indicator " + row.no + " '" + row.name + "' " + valueCell);
        }
        row.targets.add(new Target(subject, kind, comparator, value, valueMax, unitAndPer[0], unitAndPer[1], direction,
                false, null, null, null, span, rules));
    }

    /** "Triệu đồng/người/năm" → {"triệu đồng", "người/năm"}; "Ha" → {"ha", null}. */
    static String[] unit(String cell) {
        if (cell.isBlank()) {
            return new String[] {null, null};
        }
        String folded = VietnameseText.fold(cell.strip());
        int slash = folded.indexOf('/');
        String unitPart = slash >= 0 ? folded.substring(0, slash).strip() : folded;
        String per = slash >= 0 ? folded.substring(slash + 1).replaceAll("\\s+", "") : null;
        Units.Match known = Units.at(unitPart, 0);
        String unit = known != null && known.end() == unitPart.length() ? known.unit() : unitPart.toLowerCase(Locale.ROOT);
        return new String[] {unit, per};
    }

    static List<String> cells(String row) {
        String inner = row.strip();
        if (inner.startsWith("|")) inner = inner.substring(1);
        if (inner.endsWith("|")) inner = inner.substring(0, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Where the STT, name, unit and plan-value columns are, from the header row; null when it is no indicator table. */
    private record Columns(int stt, int name, int unit, int value, String valueHeader) {
        static Columns of(List<String> header) {
            int stt = -1;
            int name = -1;
            int unit = -1;
            int value = -1;
            for (int i = 0; i < header.size(); i++) {
                String f = VietnameseText.fold(header.get(i));
                if (stt < 0 && f.matches("(số )?t\\.?t\\.?|stt")) stt = i;
                else if (name < 0 && f.contains("chỉ tiêu") && !f.matches(".*(năm|kế hoạch)\\s*\\d.*")) name = i;
                else if (unit < 0 && (f.contains("đơn vị") || f.equals("đvt"))) unit = i;
                else if (f.contains("kế hoạch") || f.matches("kh\\b.*") || f.contains("mục tiêu") || f.matches("chỉ tiêu.*\\d{4}.*")) value = i;
            }
            if (name < 0 || value < 0) {
                return null;
            }
            return new Columns(stt, name, unit, value, header.get(value));
        }

        String cell(List<String> cells, int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Whether {@code row} is the header of an indicator table. */
    public static boolean isHeader(String row) {
        return Columns.of(cells(row)) != null;
    }
}
