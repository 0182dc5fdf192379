package vn.chitieu.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chitieu.assessment.AttainmentStatus;

/**
 * A province's roll-up for a period: every commune's resolutions counted by status, and the
 * targets most often not met. Vietnamese, like the commune report.
 *
 * @param title the title lines
 * @param draftMark "DỰ THẢO" on every page when values not yet approved are included, else {@code null}
 * @param summary how many communes and resolutions, how many of the period's reports are approved
 * @param columns the table's headings: STT, xã, nghị quyết, báo cáo kỳ, số chỉ tiêu, then one per status
 * @param lines one per commune and resolution whose plan covers the period, communes in name order
 * @param totals the indicators of every line by status
 * @param oftenNotMetColumns STT, chỉ tiêu, đơn vị tính, số xã không đạt, số xã có chỉ tiêu
 * @param oftenNotMet the targets not met in the most communes, most first
 */
public record RollUp(ImplementationReport.Heading heading, List<String> title, String draftMark, String periodLabel,
        String summary, List<String> columns, List<Line> lines, List<ImplementationReport.Count> totals, String oftenNotMetHeading,
        List<String> oftenNotMetColumns, List<OftenNotMet> oftenNotMet, String fileName, Locale locale) {

    public boolean draft() {
        return draftMark != null;
    }

    /**
     * A commune's resolution in the period.
     *
     * @param resolution "Nghị quyết số 15/NQ-HĐND ngày 20/12/2024"
     * @param reportStatus where the period's report stands, in words ("Đã duyệt", "Chưa gửi")
     */
    public record Line(String unitCode, String unitName, String resolution, String reportStatus, int indicators,
            Map<AttainmentStatus, Integer> counts) {

        public int count(AttainmentStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /** A target (by its subject and unit) and in how many of the communes that have it it was not met. */
    public record OftenNotMet(String subject, String unit, int notMet, int communes) {}
}
