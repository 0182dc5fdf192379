package vn.chitieu.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.reporting.ImplementationReport.Appendix;
import vn.chitieu.reporting.ImplementationReport.Count;
import vn.chitieu.reporting.ImplementationReport.Heading;
import vn.chitieu.reporting.ImplementationReport.Row;
import vn.chitieu.reporting.ImplementationReport.Section;
import vn.chitieu.reporting.ImplementationReport.Signature;

/** Reports as the builder makes them, for the writers' tests: a commune's half-year and a province's roll-up. */
final class SampleReports {
    static final List<String> COLUMNS = List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện kỳ này",
            "Cùng kỳ năm trước", "% so với kế hoạch", "% so với cùng kỳ", "Đánh giá");

    static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private SampleReports() {}

    static Heading heading() {
        return new Heading(List.of("ỦY BAN NHÂN DÂN", "XÃ KHOEN ON"), "Số:        /BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Khoen On, ngày 23 tháng 11 năm 2026");
    }

    /** Seed 001's second half of 2025, four values entered; {@code rows} more targets make a long report. */
    static ImplementationReport commune(boolean draft, int extraRows) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.group("I", "Về kinh tế"));
        rows.add(new Row(false, "1", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "≥ 85 triệu đồng", new BigDecimal("85"),
                new BigDecimal("92.5"), false, new BigDecimal("80"), new BigDecimal("108.8"), new BigDecimal("115.6"),
                AttainmentStatus.EXCEEDED, "Vượt"));
        rows.add(new Row(false, "2", "Tỷ lệ che phủ rừng", "%", "≥ 40,64 %", new BigDecimal("40.64"), new BigDecimal("40.1"), false,
                null, new BigDecimal("98.7"), null, AttainmentStatus.NOT_MET, "Không đạt"));
        rows.add(Row.group("II", "Về văn hóa - xã hội"));
        rows.add(new Row(false, "3", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "≤ 15,99 %", new BigDecimal("15.99"),
                new BigDecimal("15.2"), true, new BigDecimal("16.4"), new BigDecimal("105.2"), new BigDecimal("92.7"),
                AttainmentStatus.EXCEEDED, "Vượt"));
        rows.add(new Row(false, "4", "Xã đạt chuẩn nông thôn mới", null, "Đạt chuẩn năm 2027", null, null, false, null, null, null,
                AttainmentStatus.PENDING, "Chưa đến hạn"));
        for (int i = 0; i < extraRows; i++) {
            rows.add(new Row(false, String.valueOf(5 + i), "Chỉ tiêu thêm số " + (5 + i) + " về tỷ lệ hộ sử dụng nước sạch", "%",
                    "≥ 95 %", new BigDecimal("95"), new BigDecimal("1306.5"), false, null, new BigDecimal("99.1"), null,
                    AttainmentStatus.MET, "Đạt"));
        }
        List<Section> sections = List.of(
                new Section("1. Về kinh tế", List.of(
                        "Thu ngân sách nhà nước trên địa bàn: thực hiện 92,5 triệu đồng, đạt 108,8 % kế hoạch (≥ 85 triệu đồng); "
                                + "cùng kỳ năm trước 80 triệu đồng (bằng 115,6 %); đánh giá: vượt.",
                        "Tỷ lệ che phủ rừng: thực hiện 40,1 %, đạt 98,7 % kế hoạch (≥ 40,64 %); đánh giá: không đạt. "
                                + "Ghi chú của cán bộ: diện tích rừng trồng mới chưa thành rừng.")),
                new Section("2. Về văn hóa - xã hội", List.of(
                        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân: ước thực hiện 15,2 %, đạt 105,2 % kế hoạch (≤ 15,99 %); "
                                + "cùng kỳ năm trước 16,4 %; đánh giá: vượt.",
                        "Xã đạt chuẩn nông thôn mới: chưa đến hạn (kế hoạch: đạt chuẩn năm 2027).")));
        return new ImplementationReport(heading(),
                List.of("BÁO CÁO", "Tình hình thực hiện Nghị quyết số 15/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân xã Khoen On"
                        + " về kế hoạch phát triển kinh tế - xã hội năm 2025, 6 tháng cuối năm 2025"),
                "Kính gửi: Hội đồng nhân dân xã Khoen On.", draft ? "DỰ THẢO" : null, "6 tháng cuối năm 2025",
                "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                "Có 2/4 chỉ tiêu đạt và vượt kế hoạch, trong đó 2 chỉ tiêu vượt; các chỉ tiêu không đạt: Tỷ lệ che phủ rừng.",
                List.of(new Count(AttainmentStatus.EXCEEDED, "Vượt", 2), new Count(AttainmentStatus.NOT_MET, "Không đạt", 1),
                        new Count(AttainmentStatus.PENDING, "Chưa đến hạn", 1)),
                4, sections, "II. CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT",
                List.of("Tỷ lệ che phủ rừng: xu hướng đang xấu đi; tăng bình quân 0,2 điểm %/năm, cần 0,5 điểm %/năm."),
                "Trên đây là báo cáo tình hình thực hiện Nghị quyết 6 tháng cuối năm 2025, Ủy ban nhân dân xã báo cáo "
                        + "Hội đồng nhân dân xã xem xét./.",
                "Nơi nhận:", List.of("- Thường trực HĐND xã;", "- Các đại biểu HĐND xã;", "- Lưu: VT."),
                new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ""),
                new Appendix("Biểu: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG CUỐI NĂM 2025",
                        "(Kèm theo Báo cáo số       /BC-UBND ngày 23/11/2026 của Ủy ban nhân dân xã Khoen On)", COLUMNS, rows, "ước"),
                "bao-cao-nq-15-nq-hdnd-2025-h2-khoen-on", VI);
    }

    /** A roll-up of {@code communes} communes of Cao Bằng. */
    static RollUp rollUp(boolean draft, int communes) {
        List<RollUp.Line> lines = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            lines.add(new RollUp.Line("0" + (1000 + i), "xã Số " + (i + 1), "Nghị quyết số " + (10 + i) + "/NQ-HĐND ngày 20/12/2024",
                    i % 3 == 0 ? "Đã duyệt" : "Chưa gửi", 25,
                    Map.of(AttainmentStatus.EXCEEDED, 5 + i % 4, AttainmentStatus.MET, 10, AttainmentStatus.NOT_MET, 3 + i % 2,
                            AttainmentStatus.NO_DATA, 7 - i % 4 - i % 2)));
        }
        return new RollUp(new Heading(List.of("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"), "Số:        /BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 23 tháng 11 năm 2026"),
                List.of("BÁO CÁO", "Tổng hợp tình hình thực hiện nghị quyết của các xã, phường 6 tháng đầu năm 2026"),
                draft ? "DỰ THẢO" : null, "6 tháng đầu năm 2026",
                "Có " + communes + " xã, phường, đặc khu với " + communes + " nghị quyết; " + (communes + 2) / 3 + "/" + communes
                        + " báo cáo kỳ đã được duyệt.",
                List.of("STT", "Xã, phường", "Nghị quyết", "Báo cáo kỳ", "Số chỉ tiêu", "Vượt", "Đạt", "Không đạt", "Chưa đến hạn",
                        "Chưa có số liệu", "Chưa có số gốc"),
                lines,
                List.of(new Count(AttainmentStatus.EXCEEDED, "Vượt", 6 * communes), new Count(AttainmentStatus.MET, "Đạt", 10 * communes)),
                "Các chỉ tiêu không đạt ở nhiều xã nhất",
                List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Số xã không đạt", "Số xã có chỉ tiêu"),
                List.of(new RollUp.OftenNotMet("Tỷ lệ che phủ rừng", "%", Math.max(1, communes / 2), communes),
                        new RollUp.OftenNotMet("Thu ngân sách nhà nước trên địa bàn", "triệu đồng", Math.max(1, communes / 3), communes)),
                "tong-hop-tinh-cao-bang-2026-h1", VI);
    }
}
