package vn.chitieu.sample;

import static vn.chitieu.extraction.IndicatorGroup.DEFENSE_SECURITY;
import static vn.chitieu.extraction.IndicatorGroup.DIGITAL_ADMIN;
import static vn.chitieu.extraction.IndicatorGroup.ECONOMY;
import static vn.chitieu.extraction.IndicatorGroup.ENVIRONMENT;
import static vn.chitieu.extraction.IndicatorGroup.SOCIETY;
import static vn.chitieu.sample.Measure.Form.APPROX;
import static vn.chitieu.sample.Measure.Form.CHANGE_ABSOLUTE;
import static vn.chitieu.sample.Measure.Form.CHANGE_POINTS;
import static vn.chitieu.sample.Measure.Form.CHANGE_POINTS_PER_YEAR;
import static vn.chitieu.sample.Measure.Form.CHANGE_RELATIVE;
import static vn.chitieu.sample.Measure.Form.CHANGE_RELATIVE_PER_YEAR;
import static vn.chitieu.sample.Measure.Form.LEVEL_GE;
import static vn.chitieu.sample.Measure.Form.LEVEL_GT;
import static vn.chitieu.sample.Measure.Form.LEVEL_LE;
import static vn.chitieu.sample.Measure.Form.MAINTAIN;
import static vn.chitieu.sample.Measure.Form.MILESTONE;
import static vn.chitieu.sample.Measure.Place.ANY;
import static vn.chitieu.sample.Measure.Place.RURAL;
import static vn.chitieu.sample.Measure.Place.URBAN;

import java.util.List;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.sample.Measure.Form;
import vn.chitieu.sample.Measure.Place;
import vn.chitieu.sample.Measure.Shape;

/**
 * The measures of the generated plans, after the indicators of real commune resolutions (the seeds
 * and their like): where a commune of the 2025 reform typically stands and how far a plan asks it
 * to move in a year.
 */
final class Measures {
    static final List<Measure> ALL = List.of(
            // economy
            amount("budget", ECONOMY, "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 800, 12_000, 0.09, 0).flow()
                    .forms(CHANGE_RELATIVE_PER_YEAR, LEVEL_GE),
            amount("income", ECONOMY, "Thu nhập bình quân đầu người", "triệu đồng", 32, 65, 0.08, 1).per("người/năm").flow()
                    .forms(LEVEL_GT, CHANGE_RELATIVE),
            amount("grain", ECONOMY, "Tổng sản lượng lương thực có hạt", "tấn", 1_500, 20_000, 0.01, 0).flow().in(RURAL)
                    .forms(APPROX, APPROX),
            amount("retail", ECONOMY, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 60, 900, 0.10, 1).flow()
                    .in(URBAN).forms(APPROX, APPROX),
            rate("growth", ECONOMY, "Tốc độ tăng trưởng giá trị sản xuất nông, lâm nghiệp và thủy sản", 2.5, 5, 0).in(RURAL)
                    .forms(Form.RANGE, Form.RANGE),
            rate("growth", ECONOMY, "Tốc độ tăng trưởng giá trị sản xuất thương mại, dịch vụ", 6, 10, 0).in(URBAN)
                    .forms(Form.RANGE, Form.RANGE),
            amount("crop-value", ECONOMY, "Giá trị sản phẩm thu được trên 1 ha đất trồng trọt và nuôi trồng thủy sản", "triệu đồng", 60,
                    140, 0.04, 1).per("ha").flow().in(RURAL).forms(LEVEL_GE, LEVEL_GE),
            amount("livestock", ECONOMY, "Tổng đàn gia súc", "con", 1_000, 15_000, 0.02, 0).in(RURAL).forms(LEVEL_GE, LEVEL_GE),
            count("enterprises", ECONOMY, "Số doanh nghiệp, hợp tác xã thành lập mới", "doanh nghiệp", 2, 9, 0.3).flow()
                    .forms(LEVEL_GE, LEVEL_GE),
            amount("tourists", ECONOMY, "Số lượt khách du lịch", "lượt người", 2_000, 60_000, 0.12, 0).flow().forms(LEVEL_GE, LEVEL_GE),
            amount("afforestation", ECONOMY, "Diện tích trồng rừng mới", "ha", 20, 300, 0, 1).flow().in(RURAL).forms(LEVEL_GE, LEVEL_GE),
            rate("roads", ECONOMY, "Tỷ lệ đường giao thông nông thôn được cứng hóa", 55, 92, 3).in(RURAL).forms(LEVEL_GE, LEVEL_GE),
            rate("labour-structure", ECONOMY, "Tỷ lệ lao động nông nghiệp trong tổng số lao động", 35, 70, -2).in(RURAL)
                    .forms(LEVEL_LE, LEVEL_LE),
            // culture and society
            rate("poverty", SOCIETY, "Tỷ lệ hộ nghèo đa chiều", 1.5, 15, -1).forms(CHANGE_POINTS_PER_YEAR, CHANGE_POINTS),
            amount("poverty", SOCIETY, "Số hộ nghèo", "hộ", 15, 300, -0.15, 0).forms(CHANGE_ABSOLUTE, CHANGE_ABSOLUTE),
            rate("insurance", SOCIETY, "Tỷ lệ dân số tham gia bảo hiểm y tế", 86, 96, 0.8).forms(LEVEL_GE, LEVEL_GE),
            rate("health-records", SOCIETY, "Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử", 40, 85, 5).forms(LEVEL_GT, LEVEL_GT),
            rate("malnutrition", SOCIETY, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", 8, 24, -0.6).forms(LEVEL_LE, LEVEL_LE),
            rate("population", SOCIETY, "Tỷ lệ tăng dân số tự nhiên", 0.7, 1.3, 0).forms(Form.RANGE, Form.RANGE),
            rate("vaccination", SOCIETY, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", 95, 99.5, 0.1)
                    .forms(MAINTAIN, LEVEL_GE),
            rate("labour", SOCIETY, "Tỷ lệ lao động qua đào tạo", 45, 70, 2).forms(LEVEL_GE, LEVEL_GE),
            count("jobs", SOCIETY, "Số lao động được giải quyết việc làm mới", "người", 80, 500, 0).flow().forms(LEVEL_GE, LEVEL_GE),
            count("schools", SOCIETY, "Số trường đạt chuẩn quốc gia", "trường", 1, 6, 0.3).forms(CHANGE_ABSOLUTE, LEVEL_GE),
            rate("schools", SOCIETY, "Tỷ lệ trường học đạt chuẩn quốc gia", 50, 90, 4).forms(LEVEL_GE, LEVEL_GE),
            rate("enrolment", SOCIETY, "Tỷ lệ huy động trẻ em 3–5 tuổi đến trường mẫu giáo", 90, 98, 0.8).forms(LEVEL_GE, LEVEL_GE),
            rate("enrolment", SOCIETY, "Tỷ lệ trẻ em 6 tuổi vào lớp 1", 99, 100, 0).forms(MAINTAIN, MAINTAIN),
            rate("culture", SOCIETY, "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", 80, 93, 0.6).forms(LEVEL_GE, LEVEL_GE),
            rate("culture", SOCIETY, "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa", 60, 90, 2).forms(LEVEL_GE, LEVEL_GE),
            rate("civilised-streets", SOCIETY, "Tỷ lệ tuyến phố đạt chuẩn văn minh đô thị", 40, 80, 5).in(URBAN).forms(LEVEL_GE, LEVEL_GE),
            event("new-countryside", SOCIETY, "{unit} đạt chuẩn nông thôn mới nâng cao").in(RURAL).forms(MILESTONE, null),
            event("civilised", SOCIETY, "{unit} đạt chuẩn đô thị văn minh").in(URBAN).forms(MILESTONE, null),
            event("health-criteria", SOCIETY, "{unit} đạt Bộ tiêu chí quốc gia về y tế").forms(MILESTONE, null),
            event("culture-house", SOCIETY, "Hoàn thành xây dựng nhà văn hóa trung tâm").forms(null, MILESTONE),
            // environment
            rate("forest", ENVIRONMENT, "Tỷ lệ che phủ rừng", 20, 70, 0.3).in(RURAL).forms(MAINTAIN, LEVEL_GE),
            rate("water", ENVIRONMENT, "Tỷ lệ dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn", 55, 92, 3).in(RURAL)
                    .forms(LEVEL_GE, LEVEL_GE),
            rate("water", ENVIRONMENT, "Tỷ lệ hộ dân được sử dụng nước sạch", 85, 99, 1).in(URBAN).forms(LEVEL_GE, LEVEL_GE),
            rate("waste", ENVIRONMENT, "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", 70, 95, 2).forms(LEVEL_GT, LEVEL_GT),
            rate("electricity", ENVIRONMENT, "Tỷ lệ hộ sử dụng điện lưới quốc gia", 97, 100, 0.2).forms(MAINTAIN, MAINTAIN),
            // digital transformation and administrative reform
            rate("online-services", DIGITAL_ADMIN, "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến", 30, 80, 8)
                    .forms(LEVEL_GE, LEVEL_GE),
            rate("e-payment", DIGITAL_ADMIN, "Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử", 30, 70, 6).forms(LEVEL_GE, LEVEL_GE),
            rate("digitised", DIGITAL_ADMIN, "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", 40, 85, 8)
                    .forms(LEVEL_GE, LEVEL_GE),
            // defence and security
            rate("conscription", DEFENSE_SECURITY, "Tỷ lệ hoàn thành chỉ tiêu tuyển quân cấp trên giao", 100, 100, 0)
                    .forms(MAINTAIN, LEVEL_GE),
            amount("crime", DEFENSE_SECURITY, "Số vụ phạm tội về trật tự xã hội", "vụ", 3, 30, -0.05, 0).flow()
                    .forms(CHANGE_RELATIVE_PER_YEAR, CHANGE_RELATIVE),
            amount("accidents", DEFENSE_SECURITY, "Số vụ tai nạn giao thông", "vụ", 2, 15, -0.05, 0).flow()
                    .forms(CHANGE_RELATIVE_PER_YEAR, CHANGE_RELATIVE),
            count("drug-free", DEFENSE_SECURITY, "Số thôn, tổ dân phố đạt tiêu chuẩn không có ma túy", "thôn, tổ dân phố", 4, 15, 0)
                    .forms(MAINTAIN, MAINTAIN),
            rate("security-areas", DEFENSE_SECURITY, "Tỷ lệ khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự", 60, 90, 3)
                    .forms(LEVEL_GE, LEVEL_GE),
            event("drill", DEFENSE_SECURITY, "Hoàn thành diễn tập chiến đấu phòng thủ").forms(null, MILESTONE));

    private Measures() {}

    private static Draft rate(String indicator, IndicatorGroup group, String subject, double low, double high, double trend) {
        return new Draft(indicator, group, subject, "%", Shape.RATE, low, high, trend, 2);
    }

    private static Draft amount(String indicator, IndicatorGroup group, String subject, String unit, double low, double high, double trend,
            int decimals) {
        return new Draft(indicator, group, subject, unit, Shape.AMOUNT, low, high, trend, decimals);
    }

    private static Draft count(String indicator, IndicatorGroup group, String subject, String unit, double low, double high, double trend) {
        return new Draft(indicator, group, subject, unit, Shape.COUNT, low, high, trend, 0);
    }

    private static Draft event(String indicator, IndicatorGroup group, String subject) {
        return new Draft(indicator, group, subject, null, Shape.EVENT, 0, 0, 0, 0);
    }

    /** A measure being described. */
    private static final class Draft {
        private final String indicator;
        private final IndicatorGroup group;
        private final String subject;
        private final String unit;
        private final Shape shape;
        private final double low;
        private final double high;
        private final double trend;
        private final int decimals;
        private String per;
        private boolean flow;
        private Place place = ANY;

        Draft(String indicator, IndicatorGroup group, String subject, String unit, Shape shape, double low, double high, double trend,
                int decimals) {
            this.indicator = indicator;
            this.group = group;
            this.subject = subject;
            this.unit = unit;
            this.shape = shape;
            this.low = low;
            this.high = high;
            this.trend = trend;
            this.decimals = decimals;
        }

        Draft per(String text) {
            per = text;
            return this;
        }

        Draft flow() {
            flow = true;
            return this;
        }

        Draft in(Place where) {
            place = where;
            return this;
        }

        Measure forms(Form fiveYear, Form annual) {
            return new Measure(indicator, group, subject, unit, per, shape, low, high, trend, flow, decimals, place, fiveYear, annual);
        }
    }
}
