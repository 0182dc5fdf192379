package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/** An indicator table ("Biểu chỉ tiêu") read from XLSX, from a DOCX table and from text becomes indicators. */
class IndicatorTableTests {
    private static final String[] HEADER = {"STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"};
    private final Extractor extractor = new Extractor();

    @Test
    void readsAnXlsxIndicatorTableWithNumericCells() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Biểu chỉ tiêu");
            row(sheet, 0, (Object[]) HEADER);
            row(sheet, 1, "I", "Chỉ tiêu kinh tế", "", "", "");
            row(sheet, 2, 1, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 15820, 16500);
            row(sheet, 3, 2, "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", 58.2, 64.5);
            row(sheet, 4, "II", "Chỉ tiêu văn hóa - xã hội", "", "", "");
            row(sheet, 5, 3, "Giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 1.35, 0.5);
            row(sheet, 6, 4, "Xã đạt chuẩn nông thôn mới nâng cao", "Xã", "", "Đạt");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        DocumentText text = Documents.read(new DocumentSource("bieu-chi-tieu.xlsx", xlsx));
        Extraction e = extractor.extract(text);

        assertThat(e.indicators()).extracting(Indicator::no).containsExactly(1, 2, 3, 4);
        assertThat(e.indicators()).extracting(Indicator::group)
                .containsExactly(IndicatorGroup.ECONOMY, IndicatorGroup.ECONOMY, IndicatorGroup.SOCIETY, IndicatorGroup.SOCIETY);
        Target revenue = e.indicators().get(0).targets().get(0);
        assertThat(revenue.value()).isEqualByComparingTo(new BigDecimal("16500"));
        assertThat(revenue.unit()).isEqualTo("triệu đồng");
        assertThat(revenue.comparator()).isEqualTo(Comparator.GE);
        Target income = e.indicators().get(1).targets().get(0);
        assertThat(income.value()).isEqualByComparingTo(new BigDecimal("64.5"));
        assertThat(income.per()).isEqualTo("người/năm");
        Target poverty = e.indicators().get(2).targets().get(0);
        assertThat(poverty.kind()).isEqualTo(TargetKind.CHANGE);
        assertThat(poverty.direction()).isEqualTo(Direction.DOWN);
        assertThat(poverty.value()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(e.indicators().get(3).targets().get(0).kind()).isEqualTo(TargetKind.MILESTONE);
    }

    @Test
    void readsAnIndicatorTableInADocxAnnex() throws Exception {
        String text = String.join("\n",
                "Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.",
                "2. Các chỉ tiêu chủ yếu năm 2026 (Có Biểu chi tiết kèm theo).",
                "Điều 2. Tổ chức thực hiện",
                "PHỤ LỤC",
                "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |",
                "| 1 | Tỷ lệ che phủ rừng | % | ≥ 63 |",
                "| 2 | Tỷ lệ tăng dân số tự nhiên | % | ≤ 1,0 |",
                "| 3 | Tỷ lệ huy động trẻ em đến trường | | |",
                "| - | Nhà trẻ | % | 38 |",
                "| - | Mẫu giáo | % | 99 |");
        DocumentText docx = Documents.read(new DocumentSource("nghi-quyet.docx", TestDocuments.docx(text)));
        Extraction e = extractor.extract(docx);

        assertThat(e.document().indicatorsInAnnex()).isFalse();
        assertThat(e.indicators()).extracting(Indicator::no).containsExactly(1, 2, 3);
        assertThat(e.indicators().get(0).targets().get(0).comparator()).isEqualTo(Comparator.GE);
        assertThat(e.indicators().get(1).targets().get(0).comparator()).isEqualTo(Comparator.LE);
        assertThat(e.indicators().get(2).targets()).extracting(Target::subject)
                .containsExactly("Tỷ lệ huy động trẻ em đến trường: Nhà trẻ", "Tỷ lệ huy động trẻ em đến trường: Mẫu giáo");
        assertThat(e.indicators().get(2).targets()).extracting(t -> t.value().intValue()).containsExactly(38, 99);
    }

    private static void row(XSSFSheet sheet, int index, Object... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(cell.toString());
            }
        }
    }
}
