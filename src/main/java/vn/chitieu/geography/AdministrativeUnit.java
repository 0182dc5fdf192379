package vn.chitieu.geography;

/**
 * A province (tỉnh, thành phố) or a commune (xã, phường, đặc khu) after the 2025 reform.
 *
 * @param type as written in Vietnamese: "tỉnh", "thành phố", "xã", "phường", "đặc khu"
 * @param provinceCode the province a commune belongs to; {@code null} for a province
 */
public record AdministrativeUnit(String code, String name, String type, Level level, String provinceCode) {

    public enum Level {
        PROVINCE,
        COMMUNE
    }

    /** The name as people write it: "xã Đông Khê", "tỉnh Cao Bằng". */
    public String fullName() {
        return type + " " + name;
    }

    /** The type as one word without diacritics ("xa", "dac-khu"), to name it in messages. */
    public String typeKey() {
        return UnitNames.typeKey(type);
    }

    /** The province this unit is or belongs to. */
    public String provinceOrSelf() {
        return level == Level.PROVINCE ? code : provinceCode;
    }
}
