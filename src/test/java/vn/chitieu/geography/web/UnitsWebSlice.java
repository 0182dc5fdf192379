package vn.chitieu.geography.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;
import vn.chitieu.geography.AdministrativeUnits;

/**
 * What the units controllers' web tests share: MockMvc (each test turns the security filters off
 * with {@code @AutoConfigureMockMvc(addFilters = false)}: the units are public), and a repository
 * that answers as the database would for a few real units; a search finds Đông Khê for "dong khe"
 * and nothing else.
 */
abstract class UnitsWebSlice {
    static final AdministrativeUnit HA_NOI = new AdministrativeUnit("01", "Hà Nội", "thành phố", Level.PROVINCE, null);
    static final AdministrativeUnit CAO_BANG = new AdministrativeUnit("04", "Cao Bằng", "tỉnh", Level.PROVINCE, null);
    static final AdministrativeUnit DONG_KHE = new AdministrativeUnit("01786", "Đông Khê", "xã", Level.COMMUNE, "04");
    static final AdministrativeUnit HOA_AN = new AdministrativeUnit("01654", "Hoà An", "xã", Level.COMMUNE, "04");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AdministrativeUnits units;

    @BeforeEach
    void standInForTheDatabase() {
        given(units.find(anyString())).willReturn(Optional.empty());
        for (AdministrativeUnit unit : List.of(HA_NOI, CAO_BANG, DONG_KHE, HOA_AN)) {
            given(units.find(unit.code())).willReturn(Optional.of(unit));
        }
        given(units.provinces()).willReturn(List.of(HA_NOI, CAO_BANG));
        given(units.communesOf("04")).willReturn(List.of(HOA_AN, DONG_KHE));
        given(units.communesOf("01")).willReturn(List.of());
        given(units.search(any(), any(), anyInt())).willReturn(List.of());
        given(units.search(org.mockito.ArgumentMatchers.eq("dong khe"), any(), anyInt())).willReturn(List.of(DONG_KHE));
    }
}
