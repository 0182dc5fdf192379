package vn.chitieu.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnitNamesTests {

    @Test
    void foldsDongKheToPlainLowerCase() {
        assertThat(UnitNames.searchKey("Đông Khê")).isEqualTo("dong khe");
    }

    @Test
    void foldsOldAndNewTonePlacementToTheSameKey() {
        assertThat(UnitNames.searchKey("Hoà")).isEqualTo("hoa").isEqualTo(UnitNames.searchKey("Hòa"));
        assertThat(UnitNames.searchKey("Thanh Thuỷ")).isEqualTo("thanh thuy").isEqualTo(UnitNames.searchKey("Thanh Thủy"));
        assertThat(UnitNames.searchKey("Thanh Hoá")).isEqualTo(UnitNames.searchKey("Thanh Hóa"));
    }

    @Test
    void foldsDecomposedInputLikeComposedInput() {
        String decomposed = Normalizer.normalize("Khánh Hoà", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Khánh Hoà");
        assertThat(UnitNames.searchKey(decomposed)).isEqualTo("khanh hoa");
    }

    @Test
    void foldsBothCasesOfDToD() {
        assertThat(UnitNames.searchKey("Đắk Lắk")).isEqualTo("dak lak");
        assertThat(UnitNames.searchKey("đồng đăng")).isEqualTo("dong dang");
        assertThat(UnitNames.searchKey("ĐIỆN BIÊN")).isEqualTo("dien bien");
    }

    @Test
    void collapsesSpacesAndPunctuationIntoSingleSpaces() {
        assertThat(UnitNames.searchKey("  Văn Miếu - Quốc Tử Giám \t")).isEqualTo("van mieu quoc tu giam");
        assertThat(UnitNames.searchKey("Lâm Viên - Đà Lạt")).isEqualTo("lam vien da lat");
    }

    @Test
    void dropsApostrophesSoHLeoAndHleoMatch() {
        assertThat(UnitNames.searchKey("Ea H'Leo")).isEqualTo("ea hleo");
        assertThat(UnitNames.searchKey("Cư M\u2019gar")).isEqualTo("cu mgar");
    }

    @Test
    void keepsDigits() {
        assertThat(UnitNames.searchKey("Hà Giang 2")).isEqualTo("ha giang 2");
    }

    @Test
    void foldsEmptyAndBlankTextToEmptyKey() {
        assertThat(UnitNames.searchKey("")).isEmpty();
        assertThat(UnitNames.searchKey(" - ")).isEmpty();
    }

    @Test
    void readsTheTypeWordBeforeAName() {
        assertThat(UnitNames.query("xã Đông Khê")).isEqualTo(new UnitNames.Query("xa dong khe", "xã", "dong khe"));
        assertThat(UnitNames.query("Phuong Ba Dinh")).isEqualTo(new UnitNames.Query("phuong ba dinh", "phường", "ba dinh"));
        assertThat(UnitNames.query("đặc khu Phú Quốc").type()).isEqualTo("đặc khu");
        assertThat(UnitNames.query("TP Hà Nội")).isEqualTo(new UnitNames.Query("tp ha noi", "thành phố", "ha noi"));
    }

    @Test
    void readsATypeWordAloneAsAName() {
        assertThat(UnitNames.query("xã")).isEqualTo(new UnitNames.Query("xa", null, null));
        assertThat(UnitNames.query("Đông Khê")).isEqualTo(new UnitNames.Query("dong khe", null, null));
    }

    @Test
    void turnsTypesIntoMessageKeyWords() {
        assertThat(UnitNames.typeKey("đặc khu")).isEqualTo("dac-khu");
        assertThat(UnitNames.typeKey("thành phố")).isEqualTo("thanh-pho");
        assertThat(UnitNames.typeKey("xã")).isEqualTo("xa");
    }
}
