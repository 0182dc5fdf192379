package vn.chitieu.sample;

import java.util.List;
import java.util.Random;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.security.Role;

/**
 * The generated accounts: an officer who enters a commune's values ({@code cb.<commune code>}), its
 * leader who approves them ({@code ld.<code>}), and a province officer who reads every commune of
 * the province ({@code tinh.<province code>}); each with a Vietnamese name.
 */
final class People {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Lò", "Hà", "Nông", "Triệu", "Mai");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Quang", "Thanh", "Hồng", "Xuân");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương",
            "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến", "Thắng", "Vinh");

    /** A generated account: who, and over which unit. */
    record Person(String username, String displayName, Role role, String unitCode) {}

    private People() {}

    static Person officer(AdministrativeUnit commune, Random random) {
        return new Person("cb." + commune.code(), name(random) + " — Văn phòng HĐND và UBND " + commune.type() + " " + commune.name(),
                Role.COMMUNE_OFFICER, commune.code());
    }

    static Person leader(AdministrativeUnit commune, String name) {
        return new Person("ld." + commune.code(), name + " — Chủ tịch UBND " + commune.type() + " " + commune.name(), Role.COMMUNE_LEADER,
                commune.code());
    }

    static Person provinceOfficer(AdministrativeUnit province, Random random) {
        return new Person("tinh." + province.code(), name(random) + " — Sở Tài chính " + province.name(), Role.PROVINCE_OFFICER,
                province.code());
    }

    static String name(Random random) {
        return FAMILY.get(random.nextInt(FAMILY.size())) + " " + MIDDLE.get(random.nextInt(MIDDLE.size())) + " "
                + GIVEN.get(random.nextInt(GIVEN.size()));
    }
}
