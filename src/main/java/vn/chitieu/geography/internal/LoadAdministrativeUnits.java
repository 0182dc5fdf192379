package vn.chitieu.geography.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import vn.chitieu.geography.AdministrativeUnit.Level;
import vn.chitieu.geography.UnitNames;

/**
 * Fills {@code admin_unit} with the 34 provinces and 3,321 communes of {@code
 * geography/admin-units.json} at first start. Flyway runs it once, as version 3 (Spring Boot hands
 * Flyway every {@link JavaMigration} bean); it uses the migration's own connection because the
 * application's {@code JdbcClient} waits for Flyway to finish.
 */
@Component
class LoadAdministrativeUnits implements JavaMigration {
    static final String DATA = "/geography/admin-units.json";
    private static final String INSERT =
            "INSERT INTO admin_unit (code, name, type, level, province_code, search_name) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 500;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitsFile(List<Province> provinces) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Province(String code, String name, String type, List<Commune> communes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(String code, String name, String type) {}

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "load administrative units";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws IOException, SQLException {
        List<Province> provinces = read().provinces();
        try (PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
            // Provinces go in first: a commune's province_code refers to its province's row.
            for (Province province : provinces) {
                add(insert, province.code(), province.name(), province.type(), Level.PROVINCE, null);
            }
            insert.executeBatch();
            int pending = 0;
            for (Province province : provinces) {
                for (Commune commune : province.communes()) {
                    add(insert, commune.code(), commune.name(), commune.type(), Level.COMMUNE, province.code());
                    if (++pending % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    static UnitsFile read() throws IOException {
        try (InputStream in = LoadAdministrativeUnits.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IOException("the administrative units are missing from the application: " + DATA);
            }
            return new ObjectMapper().readValue(in, UnitsFile.class);
        }
    }

    private static void add(PreparedStatement insert, String code, String name, String type, Level level, String provinceCode)
            throws SQLException {
        insert.setString(1, code);
        insert.setString(2, name);
        insert.setString(3, type);
        insert.setString(4, level.name());
        insert.setString(5, provinceCode);
        insert.setString(6, UnitNames.searchKey(name));
        insert.addBatch();
    }
}
