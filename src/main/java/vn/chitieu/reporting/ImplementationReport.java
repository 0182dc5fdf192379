package vn.chitieu.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.chitieu.assessment.AttainmentStatus;

/**
 * The report on how a resolution is being carried out in a period ("Báo cáo tình hình thực hiện
 * Nghị quyết …"), as words and numbers ready to be laid out: every writer (DOCX, XLSX, PDF) lays
 * out the same content and decides nothing about it. The text is Vietnamese, the language of the
 * official document (Nghị định 30/2020/NĐ-CP).
 *
 * @param title the title lines: "BÁO CÁO", then what it reports on
 * @param addressee "Kính gửi: Hội đồng nhân dân xã …"
 * @param draftMark "DỰ THẢO" on every page when values not yet approved are included, else {@code null}
 * @param resultsHeading "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", the part the summary and sections stand under
 * @param summary "Có x/y chỉ tiêu đạt và vượt kế hoạch, trong đó z chỉ tiêu vượt; các chỉ tiêu không đạt: …"
 * @param counts the indicators by status, every status that has one
 * @param sections one per indicator group, a sentence per target
 * @param atRisk the targets whose trajectory will not reach the plan in time, with it in words
 * @param closing the last paragraph of the body
 * @param recipients "Nơi nhận" lines
 * @param locale the language the words are in, which numbers are written in too (Vietnamese: 1.306,5)
 */
public record ImplementationReport(Heading heading, List<String> title, String addressee, String draftMark, String periodLabel,
        String resultsHeading, String summary, List<Count> counts, int indicatorCount, List<Section> sections, String atRiskHeading, List<String> atRisk,
        String closing, String recipientsHeading, List<String> recipients, Signature signature, Appendix appendix, String fileName, Locale locale) {

    /** Values not yet approved are included: every page carries {@link #draftMark()}. */
    public boolean draft() {
        return draftMark != null;
    }

    /** How many indicators have a status, and the status in words ("Vượt"), for a chart's label. */
    public record Count(AttainmentStatus status, String word, int count) {}

    /**
     * The document's heading (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body on the left,
     * the national name and motto on the right, the number and the place and date below them.
     *
     * @param issuer the issuing body's lines in capitals, e.g. "ỦY BAN NHÂN DÂN", "XÃ KHOEN ON"
     * @param number "Số:      /BC-UBND", the number left for the clerk to fill in
     * @param nation "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
     * @param motto "Độc lập - Tự do - Hạnh phúc"
     * @param placeAndDate "Khoen On, ngày 23 tháng 11 năm 2026"
     */
    public record Heading(List<String> issuer, String number, String nation, String motto, String placeAndDate) {}

    /** "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" and the signer's name, left empty for a hand to write. */
    public record Signature(String onBehalfOf, String position, String name) {}

    /** "1. Về kinh tế" and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {}

    /**
     * The indicator table attached to the report ("Biểu").
     *
     * @param columns the nine headings: STT, chỉ tiêu, đơn vị tính, kế hoạch, thực hiện kỳ này, cùng kỳ
     *     năm trước, % so với kế hoạch, % so với cùng kỳ, đánh giá
     * @param estimateMark the word written after an estimated figure ("ước")
     */
    public record Appendix(String title, String subtitle, List<String> columns, List<Row> rows, String estimateMark) {}

    /**
     * A row of the table: a group's heading ({@code group}, only {@code indicator} set) or a target.
     *
     * @param plan the target in words ("≥ 42 %", "Tăng 10 %/năm"), as the resolution sets it
     * @param planValue the plan's number when it is one number, for a spreadsheet to compute with
     * @param actual this period's value judged, {@code null} when none
     * @param estimate the value is an estimate ("ước")
     * @param lastYear the value of the same period a year before
     */
    public record Row(boolean group, String no, String indicator, String unit, String plan, BigDecimal planValue,
            BigDecimal actual, boolean estimate, BigDecimal lastYear, BigDecimal percentOfPlan, BigDecimal percentOfLastYear,
            AttainmentStatus status, String assessment) {

        public static Row group(String no, String heading) {
            return new Row(true, no, heading, null, null, null, null, false, null, null, null, null, null);
        }
    }
}
