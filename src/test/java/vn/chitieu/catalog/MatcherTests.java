package vn.chitieu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Nature;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

class MatcherTests {
    private static final CatalogIndicator FOREST = indicator("RUNG-CHE-PHU", "Tỷ lệ che phủ rừng", "%", "độ che phủ rừng");
    private static final CatalogIndicator FOOD = indicator("LUONG-THUC-SL", "Tổng sản lượng lương thực có hạt", "tấn", "sản lượng lương thực");
    private static final CatalogIndicator POOR_RATE = indicator("HO-NGHEO-TY-LE", "Tỷ lệ hộ nghèo đa chiều", "%", "tỷ lệ hộ nghèo");
    private static final CatalogIndicator POOR_COUNT = indicator("HO-NGHEO-SO", "Số hộ nghèo", "hộ", "số hộ nghèo");
    private static final CatalogIndicator FISH = indicator("THUY-SAN-SL", "Sản lượng thủy sản", "tấn", "sản lượng nuôi trồng thủy sản");
    private final Matcher matcher = new Matcher(List.of(FOREST, FOOD, POOR_RATE, POOR_COUNT, FISH));

    private static CatalogIndicator indicator(String code, String name, String unit, String synonym) {
        return new CatalogIndicator(code, name, code, unit, Direction.UP, Nature.STOCK, "recurring in resolutions", true, List.of(synonym));
    }

    @Test
    void matchesWhateverTheDiacriticsAndTonePlacement() {
        assertThat(matcher.propose("Sản lượng thuỷ sản", "tấn", TargetKind.LEVEL)).get().extracting(Matcher.Proposal::code).isEqualTo("THUY-SAN-SL");
        assertThat(matcher.propose("San luong thuy san", "tan", TargetKind.LEVEL)).get().extracting(Matcher.Proposal::code).isEqualTo("THUY-SAN-SL");
        assertThat(matcher.propose("TỶ LỆ CHE PHỦ RỪNG", "%", TargetKind.LEVEL)).get()
                .satisfies(p -> assertThat(p.confidence()).isEqualTo(1.0)).extracting(Matcher.Proposal::code).isEqualTo("RUNG-CHE-PHU");
    }

    @Test
    void tellsARateFromACountByItsUnit() {
        assertThat(matcher.propose("Tỷ lệ hộ nghèo", "%", TargetKind.LEVEL)).get().extracting(Matcher.Proposal::code).isEqualTo("HO-NGHEO-TY-LE");
        assertThat(matcher.propose("Số hộ nghèo", "hộ", TargetKind.CHANGE)).get().extracting(Matcher.Proposal::code).isEqualTo("HO-NGHEO-SO");
    }

    @Test
    void neverMapsAPercentLevelToAnIndicatorInTonnes() {
        assertThat(matcher.propose("Sản lượng lương thực có hạt", "%", TargetKind.LEVEL)).isEmpty();
        assertThat(matcher.propose("Sản lượng lương thực có hạt", "ha", TargetKind.LEVEL)).isEmpty();
    }

    @Test
    void takesAChangeInPercentAsTheGrowthOfTheIndicator() {
        assertThat(matcher.propose("Tổng sản lượng lương thực có hạt", "%", TargetKind.CHANGE)).get()
                .extracting(Matcher.Proposal::code).isEqualTo("LUONG-THUC-SL");
    }

    @Test
    void trustsASubjectWithoutAUnitALittleLess() {
        assertThat(matcher.propose("Tỷ lệ che phủ rừng", null, TargetKind.LEVEL)).get()
                .satisfies(p -> assertThat(p.confidence()).isEqualTo(0.9)).extracting(Matcher.Proposal::code).isEqualTo("RUNG-CHE-PHU");
    }

    @Test
    void proposesNothingForAnUnrelatedSubject() {
        assertThat(matcher.propose("Số vụ cháy nổ", "vụ", TargetKind.CHANGE)).isEmpty();
        assertThat(matcher.propose("Diện tích cây chè", "ha", TargetKind.LEVEL)).isEmpty();
    }

    @Test
    void tellsMoneyFromLabour() {
        assertThat(UnitKind.of("triệu đồng/người/năm")).isEqualTo(UnitKind.MONEY);
        assertThat(UnitKind.of("Tỷ đồng")).isEqualTo(UnitKind.MONEY);
        assertThat(UnitKind.of("lao động")).isEqualTo(UnitKind.COUNT);
        assertThat(UnitKind.of("tấn")).isEqualTo(UnitKind.MASS);
    }
}
