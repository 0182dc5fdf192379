package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading tesseract's TSV output into lines with their boxes. */
class OcrLinesTests {

    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    @Test
    void groupsWordsIntoLinesWithTheirBoxes() {
        String tsv = HEADER
                + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3507\t-1\t\n"
                + "4\t1\t1\t1\t1\t0\t240\t384\t416\t49\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t240\t384\t70\t43\t93.2\tSố:\n"
                + "5\t1\t1\t1\t1\t2\t337\t389\t319\t44\t80.7\t13/NQ-HĐND\n"
                + "5\t1\t1\t1\t2\t1\t241\t528\t149\t39\t92.1\tKhoen\n"
                + "5\t1\t1\t1\t2\t2\t412\t529\t80\t43\t94.5\tOn\n";

        List<PageLines> pages = OcrLines.parse(tsv);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.width()).isEqualTo(2480);
            assertThat(page.lines()).extracting(TextLine::text).containsExactly("Số: 13/NQ-HĐND", "Khoen On");
            TextLine first = page.lines().get(0);
            assertThat(first.left()).isEqualTo(240);
            assertThat(first.right()).isEqualTo(656);
            assertThat(first.firstWordWidth()).isEqualTo(70);
            assertThat(first.tabular()).isFalse();
        });
    }

    @Test
    void keepsThePagesOfAMultiPagePicture() {
        String tsv = HEADER
                + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3507\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t240\t384\t70\t43\t93.2\tMột\n"
                + "1\t2\t0\t0\t0\t0\t0\t0\t2480\t3507\t-1\t\n"
                + "5\t2\t1\t1\t1\t1\t240\t384\t70\t43\t93.2\tHai\n";

        assertThat(OcrLines.parse(tsv)).extracting(page -> page.lines().get(0).text()).containsExactly("Một", "Hai");
    }

    @Test
    void marksALineWithColumnSizedGapsAsATableRow() {
        String tsv = HEADER
                + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3507\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t100\t400\t100\t40\t90\tThu\n"
                + "5\t1\t1\t1\t1\t2\t220\t400\t100\t40\t90\tngân\n"
                + "5\t1\t1\t1\t1\t3\t340\t400\t100\t40\t90\tsách\n"
                + "5\t1\t1\t1\t1\t4\t1400\t400\t60\t40\t90\t85\n";

        assertThat(OcrLines.parse(tsv).get(0).lines().get(0).tabular()).isTrue();
    }

    @Test
    void ignoresRowsItCannotRead() {
        assertThat(OcrLines.parse("Error in pixRead\n\n" + HEADER)).isEmpty();
    }
}
