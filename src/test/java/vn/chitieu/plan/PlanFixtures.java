package vn.chitieu.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/** Units and people for the plan's tests; the units are added only where the database lacks them. */
final class PlanFixtures {
    static final String PROVINCE = "04";
    static final String COMMUNE = "01786";
    static final String NEIGHBOUR = "01807";
    static final String FAR_PROVINCE = "01";
    static final String FAR_COMMUNE = "00004";

    private PlanFixtures() {}

    static void units(JdbcClient jdbc) {
        unit(jdbc, PROVINCE, "Cao Bằng", "tỉnh", "PROVINCE", null);
        unit(jdbc, COMMUNE, "Đông Khê", "xã", "COMMUNE", PROVINCE);
        unit(jdbc, NEIGHBOUR, "Thạch An", "xã", "COMMUNE", PROVINCE);
        unit(jdbc, FAR_PROVINCE, "Hà Nội", "thành phố", "PROVINCE", null);
        unit(jdbc, FAR_COMMUNE, "Ba Đình", "phường", "COMMUNE", FAR_PROVINCE);
    }

    private static void unit(JdbcClient jdbc, String code, String name, String type, String level, String province) {
        jdbc.sql("INSERT INTO admin_unit (code, name, type, level, province_code, search_name) "
                        + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM admin_unit WHERE code = ?)")
                .params(code, name, type, level, province, name.toLowerCase(), code).update();
    }

    static Actor officer(String commune) {
        return new Actor(11, "can-bo-" + commune, "Cán bộ", Role.COMMUNE_OFFICER, commune);
    }

    static Actor leader(String commune) {
        return new Actor(12, "lanh-dao-" + commune, "Lãnh đạo", Role.COMMUNE_LEADER, commune);
    }

    static Actor councilMember(String commune) {
        return new Actor(13, "dai-bieu-" + commune, "Đại biểu", Role.COUNCIL_MEMBER, commune);
    }

    static Actor provinceOfficer(String province) {
        return new Actor(14, "so-" + province, "Sở", Role.PROVINCE_OFFICER, province);
    }
}
