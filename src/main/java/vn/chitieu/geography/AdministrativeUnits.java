package vn.chitieu.geography;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrative units in the database. */
@Repository
public class AdministrativeUnits {
    private static final String COLUMNS = "SELECT code, name, type, level, province_code FROM admin_unit ";
    private final JdbcClient jdbc;

    AdministrativeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdministrativeUnit> find(String code) {
        return jdbc.sql(COLUMNS + "WHERE code = ?").param(code).query(AdministrativeUnits::unit).optional();
    }

    public List<AdministrativeUnit> provinces() {
        return jdbc.sql(COLUMNS + "WHERE level = 'PROVINCE' ORDER BY code").query(AdministrativeUnits::unit).list();
    }

    public List<AdministrativeUnit> communesOf(String provinceCode) {
        return jdbc.sql(COLUMNS + "WHERE province_code = ? ORDER BY code").param(provinceCode).query(AdministrativeUnits::unit).list();
    }

    private static AdministrativeUnit unit(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new AdministrativeUnit(row.getString("code"), row.getString("name"), row.getString("type"),
                AdministrativeUnit.Level.valueOf(row.getString("level")), row.getString("province_code"));
    }
}
