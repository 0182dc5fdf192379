package vn.chitieu.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.assessment.Period;
import vn.chitieu.document.Spreadsheet;
import vn.chitieu.document.Spreadsheet.Cell;
import vn.chitieu.document.Spreadsheet.Sheet;
import vn.chitieu.document.Spreadsheets;
import vn.chitieu.plan.ResolutionProblem;

/**
 * Where the indicator table of a sheet is: its heading row (or two, the second under cells merged
 * across columns such as "Năm 2026" over "Kế hoạch" and "Thực hiện") within the sheet's first
 * rows, and which column holds the number (STT), the indicator, its unit, the plan, this period's
 * value and the note. Headings are matched without diacritics or case.
 *
 * @param firstDataRow the first row under the headings, counted from 0
 * @param value the column of this period's value; {@code estimate} when its heading says "ước"
 */
record SheetLayout(Sheet sheet, int headingRow, int firstDataRow, int number, int indicator, int unit, int plan, int value, int note,
        String valueHeading, boolean estimate) {
    /** How far down a sheet its table's heading is looked for. */
    static final int HEADING_ROWS = 15;
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern COLUMN_LABEL = Pattern.compile("\\(?(\\d{1,2}|[a-z])\\)?(\\s*[=*/x:+-].*)?");

    enum Role { NUMBER, INDICATOR, UNIT, PLAN, VALUE, NOTE, IGNORED, UNKNOWN }

    /** What a column with this heading holds. */
    static Role role(String heading) {
        String h = Wording.fold(heading);
        if (h.isEmpty()) {
            return Role.UNKNOWN;
        }
        if (h.matches("stt|tt|so tt|so thu tu|thu tu")) {
            return Role.NUMBER;
        }
        if (has(h, "so voi", "so sanh", "% so", "so kh", "% kh", "% ke hoach", "dat %", "% dat", "ty le dat", "ty le %", "tang giam",
                "th kh", "cung ky", "nam truoc", "ky truoc", "don vi thuc hien", "co quan", "chu tri", "phoi hop")) {
            return Role.IGNORED;
        }
        if (has(h, "ghi chu")) {
            return Role.NOTE;
        }
        if (has(h, "don vi tinh") || h.matches("dvt|don vi|dv|dv tinh")) {
            return Role.UNIT;
        }
        if (has(h, "thuc hien", "ket qua", "uoc") || h.equals("th")) {
            return Role.VALUE;
        }
        if (has(h, "ke hoach", "kh", "muc tieu", "nghi quyet", "nq", "giao")) {
            return Role.PLAN;
        }
        if (has(h, "chi tieu", "noi dung", "ten", "hang muc")) {
            return Role.INDICATOR;
        }
        return Role.UNKNOWN;
    }

    /**
     * The table of the first sheet that has one, with the reason it cannot be read if none can: the
     * first problem met (a heading without a value column, two value columns), else that no sheet
     * has a heading row.
     */
    static Result find(Spreadsheet workbook, Period period) {
        ResolutionProblem first = null;
        for (Sheet sheet : workbook.sheets()) {
            Optional<Integer> heading = headingRow(sheet);
            if (heading.isEmpty()) {
                continue;
            }
            Result result = layout(sheet, heading.get(), period);
            if (result.layout() != null) {
                return result;
            }
            first = first == null ? result.problem() : first;
        }
        return new Result(null, first != null ? first
                : new ResolutionProblem("monitor.import.file.noHeading", "file", HEADING_ROWS));
    }

    /** A sheet's layout, or why it cannot be read. */
    record Result(SheetLayout layout, ResolutionProblem problem) {}

    private static Optional<Integer> headingRow(Sheet sheet) {
        for (int r = 0; r < Math.min(HEADING_ROWS, sheet.rows().size()); r++) {
            List<Role> roles = new ArrayList<>();
            for (Cell cell : sheet.rows().get(r)) {
                Role role = role(cell.text());
                if (role != Role.UNKNOWN && role != Role.IGNORED && !roles.contains(role)) {
                    roles.add(role);
                }
            }
            if (roles.size() >= 2 && (roles.contains(Role.NUMBER) || roles.contains(Role.INDICATOR))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static Result layout(Sheet sheet, int row, Period period) {
        int width = sheet.width();
        boolean twoRows = isSecondHeadingRow(sheet, row);
        int[] columns = {-1, -1, -1, -1, -1};
        Role[] order = {Role.NUMBER, Role.INDICATOR, Role.UNIT, Role.PLAN, Role.NOTE};
        List<Integer> values = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell parent = sheet.cell(row, c);
            Cell child = twoRows ? sheet.cell(row + 1, c) : Cell.EMPTY;
            boolean ownChild = !child.isBlank() && !(child.mergedCopy() && child.text().equals(parent.text()));
            Role role = ownChild && role(child.text()) != Role.UNKNOWN ? role(child.text()) : role(parent.text());
            headings.add(ownChild ? (parent.text() + " " + child.text()).strip() : parent.text());
            for (int i = 0; i < order.length; i++) {
                if (role == order[i] && columns[i] < 0) {
                    columns[i] = c;
                }
            }
            if (role == Role.VALUE) {
                values.add(c);
            }
        }
        int headingRow = twoRows ? row + 1 : row;
        String name = sheet.name();
        if (columns[0] < 0) {
            return problem("monitor.import.file.noNumberColumn", name, headingRow + 1);
        }
        if (values.isEmpty()) {
            return problem("monitor.import.file.noValueColumn", name, headingRow + 1);
        }
        List<Integer> best = best(values, headings, period);
        if (fit(Wording.fold(headings.get(best.get(0))), period) < 0) {
            // the best column names another year or part of the year: last year's file, or the first half's on the second's page
            return problem("monitor.import.file.otherPeriod", name, headingRow + 1, "“" + headings.get(best.get(0)) + "”");
        }
        if (best.size() > 1) {
            return problem("monitor.import.file.manyValueColumns", name, headingRow + 1,
                    String.join("; ", best.stream().map(c -> "“" + headings.get(c) + "”").toList()));
        }
        if (!sheet.complete()) {
            return problem("monitor.import.file.sheetTooLarge", name, Spreadsheets.MAX_ROWS, Spreadsheets.MAX_COLUMNS);
        }
        int value = best.get(0);
        int firstData = headingRow + 1;
        if (isColumnNumbering(sheet, firstData)) {
            firstData++;
        }
        return new Result(new SheetLayout(sheet, headingRow, firstData, columns[0], columns[1], columns[2], columns[3], value, columns[4],
                headings.get(value), has(Wording.fold(headings.get(value)), "uoc")), null);
    }

    private static Result problem(String key, Object... args) {
        return new Result(null, new ResolutionProblem(key, "file", args));
    }

    /**
     * The row under the headings is a second heading row when it says what the columns under a
     * merged heading hold: no number and no indicator of its own, and some words in other columns.
     */
    private static boolean isSecondHeadingRow(Sheet sheet, int row) {
        Cell number = null;
        Cell indicator = null;
        for (int c = 0; c < sheet.width(); c++) {
            Role role = role(sheet.cell(row, c).text());
            if (role == Role.NUMBER && number == null) {
                number = sheet.cell(row + 1, c);
            } else if (role == Role.INDICATOR && indicator == null) {
                indicator = sheet.cell(row + 1, c);
            }
        }
        if (number != null && !number.isBlank() && !number.mergedCopy() || indicator != null && !indicator.isBlank() && !indicator.mergedCopy()) {
            return false;
        }
        for (Cell cell : sheet.rows().size() > row + 1 ? sheet.rows().get(row + 1) : List.<Cell>of()) {
            if (!cell.isBlank() && !cell.mergedCopy() && Wording.fold(cell.text()).matches(".*\\p{L}{2,}.*")) {
                return true;
            }
        }
        return false;
    }

    /** A row that only numbers the columns: "(1) (2) (3)", "A B 1 2 3=2/1". */
    private static boolean isColumnNumbering(Sheet sheet, int row) {
        if (row >= sheet.rows().size()) {
            return false;
        }
        int labels = 0;
        int last = 0;
        for (Cell cell : sheet.rows().get(row)) {
            if (cell.isBlank()) {
                continue;
            }
            Matcher label = COLUMN_LABEL.matcher(Wording.fold(cell.text()).replace(" ", ""));
            if (!label.matches()) {
                return false;
            }
            if (label.group(1).matches("\\d+")) {
                int n = Integer.parseInt(label.group(1));
                if (n <= last) {
                    return false;
                }
                last = n;
            }
            labels++;
        }
        return labels >= 3;
    }

    /** The value columns that fit the period best: its year, its part of the year ("6 tháng", "cả năm"), "kỳ này". */
    private static List<Integer> best(List<Integer> columns, List<String> headings, Period period) {
        int top = Integer.MIN_VALUE;
        List<Integer> best = new ArrayList<>();
        for (int c : columns) {
            int score = fit(Wording.fold(headings.get(c)), period);
            if (score > top) {
                top = score;
                best.clear();
            }
            if (score == top) {
                best.add(c);
            }
        }
        return best;
    }

    private static int fit(String heading, Period period) {
        int score = 0;
        Matcher year = YEAR.matcher(heading);
        boolean anyYear = false;
        boolean sameYear = false;
        while (year.find()) {
            anyYear = true;
            sameYear |= Integer.parseInt(year.group()) == period.year();
        }
        if (anyYear) {
            score += sameYear ? 2 : -3;
        }
        Optional<Period.Kind> part = partNamed(heading);
        if (part.isPresent()) {
            boolean same = part.get() == period.kind()
                    && (period.kind() != Period.Kind.HALF_YEAR || has(heading, "cuoi") == (period.number() == 2));
            score += same ? 2 : -3;
        }
        return score + (has(heading, "ky nay") ? 1 : 0);
    }

    private static Optional<Period.Kind> partNamed(String heading) {
        if (has(heading, "6 thang", "sau thang")) {
            return Optional.of(Period.Kind.HALF_YEAR);
        }
        if (has(heading, "9 thang", "chin thang")) {
            return Optional.of(Period.Kind.NINE_MONTHS);
        }
        if (has(heading, "quy")) {
            return Optional.of(Period.Kind.QUARTER);
        }
        if (heading.matches(".*\\bthang \\d{1,2}\\b.*")) {
            return Optional.of(Period.Kind.MONTH);
        }
        if (has(heading, "ca nam")) {
            return Optional.of(Period.Kind.YEAR);
        }
        return Optional.empty();
    }

    /** Does the folded text hold one of the phrases as whole words? */
    static boolean has(String folded, String... phrases) {
        String padded = " " + folded + " ";
        for (String phrase : phrases) {
            if (padded.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }
}
