package vn.chitieu.security;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The few administrative units the security tests need, inserted only where the real list has not
 * put them already: Cao Bằng with two of its communes, and Hà Nội with one.
 */
public final class TestUnits {
    public static final String PROVINCE = "04";
    public static final String COMMUNE = "01786";
    public static final String NEIGHBOUR_COMMUNE = "01321";
    public static final String OTHER_PROVINCE = "01";
    public static final String OTHER_PROVINCE_COMMUNE = "00376";

    private TestUnits() {}

    public static void insert(JdbcClient jdbc) {
        unit(jdbc, PROVINCE, "Cao Bằng", "tỉnh", "PROVINCE", null, "cao bang");
        unit(jdbc, OTHER_PROVINCE, "Hà Nội", "thành phố", "PROVINCE", null, "ha noi");
        unit(jdbc, COMMUNE, "Đông Khê", "xã", "COMMUNE", PROVINCE, "dong khe");
        unit(jdbc, NEIGHBOUR_COMMUNE, "Bảo Lạc", "xã", "COMMUNE", PROVINCE, "bao lac");
        unit(jdbc, OTHER_PROVINCE_COMMUNE, "Sóc Sơn", "xã", "COMMUNE", OTHER_PROVINCE, "soc son");
    }

    private static void unit(JdbcClient jdbc, String code, String name, String type, String level, String province, String searchName) {
        jdbc.sql("INSERT INTO admin_unit (code, name, type, level, province_code, search_name) "
                        + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM admin_unit WHERE code = ?)")
                .params(code, name, type, level, province, searchName, code)
                .update();
    }
}
