package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining a page's wrapped lines into paragraphs, on lines placed by hand (PDF points, A4). */
class ParagraphsTests {

    private static final float PAGE_WIDTH = 595;
    private static final float MARGIN = 57;
    private static final float RIGHT_EDGE = 538;
    private static final float SPACE = 3.8f;
    private static final float LEADING = 16.8f;

    private final List<TextLine> lines = new ArrayList<>();
    private float baseline = 70;

    @Test
    void joinsALineToTheFullLineAbove() {
        full("Tổng sản lượng lương thực có hạt đạt");
        shortLine("3.865,28 tấn.");

        assertThat(text()).isEqualTo("Tổng sản lượng lương thực có hạt đạt 3.865,28 tấn.\n");
    }

    @Test
    void keepsALineAfterAShortOneSeparate() {
        full("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025 và các văn bản");
        baseline += LEADING;
        shortLine("NGHỊ QUYẾT");
        shortLine("Về kế hoạch phát triển kinh tế - xã hội");

        assertThat(text()).endsWith("\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội\n");
    }

    @Test
    void treatsAWrappedHyphenAsPartOfTheSentence() {
        full("bảo đảm quốc phòng");
        shortLine("- an ninh năm 2025;");

        assertThat(text()).isEqualTo("bảo đảm quốc phòng - an ninh năm 2025;\n");
    }

    @Test
    void startsANewItemAtADashAfterAFinishedClause() {
        full("- (1) Thu ngân sách nhà nước trên địa bàn đạt 85 triệu đồng;");
        shortLine("- (2) Trồng mới 32,0 ha rừng sản xuất.");

        assertThat(text()).hasLineCount(2);
    }

    @Test
    void startsANewParagraphAtANumberedItemOrArticle() {
        full("góp phần cải thiện môi trường đầu tư kinh doanh");
        shortLine("2.1. Về kinh tế");
        full("nâng cao năng lực cạnh tranh của địa phương");
        shortLine("Điều 2. Tổ chức thực hiện");

        assertThat(text()).hasLineCount(4);
    }

    @Test
    void startsANewParagraphAtAnIndentedLine() {
        full("chăm lo đời sống Nhân dân.");
        add("Nâng cao chất lượng nguồn nhân lực", MARGIN + 28, 300, false);

        assertThat(text()).hasLineCount(2);
    }

    @Test
    void followsTheHangingIndentOfAListItem() {
        full("- Tăng cường quản lý tài nguyên, bảo vệ môi trường,");
        add("chủ động ứng phó với thiên tai.", MARGIN + 12, 300, false);

        assertThat(text()).hasLineCount(1);
    }

    @Test
    void neverJoinsTableRows() {
        add("1 Thu ngân sách triệu đồng 85", MARGIN, RIGHT_EDGE, true);
        add("2 Sản lượng lương thực tấn 3.865,28", MARGIN, RIGHT_EDGE, true);

        assertThat(text()).hasLineCount(2);
    }

    @Test
    void turnsALargeGapIntoABlankLine() {
        full("Xét Tờ trình số 24/TTr-UBND ngày 24/7/2025 của UBND xã Khoen On về đề nghị");
        shortLine("ban hành Nghị quyết;");
        baseline += LEADING;
        shortLine("QUYẾT NGHỊ:");

        assertThat(text()).isEqualTo("Xét Tờ trình số 24/TTr-UBND ngày 24/7/2025 của UBND xã Khoen On về đề nghị"
                + " ban hành Nghị quyết;\n\nQUYẾT NGHỊ:\n");
    }

    @Test
    void joinsNothingOnAPageWhoseLinesAreAllShort() {
        shortLine("TM. HỘI ĐỒNG NHÂN DÂN");
        shortLine("CHỦ TỊCH");

        assertThat(text()).isEqualTo("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n");
    }

    @Test
    void givesAnEmptyPageNoText() {
        assertThat(Paragraphs.of(new PageLines(PAGE_WIDTH, List.of()))).isEmpty();
    }

    private void full(String text) {
        add(text, MARGIN, RIGHT_EDGE - 2, false);
    }

    private void shortLine(String text) {
        add(text, MARGIN, MARGIN + 150, false);
    }

    private void add(String text, float left, float right, boolean tabular) {
        float firstWord = text.split(" ")[0].length() * 6.5f;
        lines.add(new TextLine(text, left, right, baseline, SPACE, firstWord, tabular));
        baseline += LEADING;
    }

    private String text() {
        return Paragraphs.of(new PageLines(PAGE_WIDTH, lines));
    }
}
