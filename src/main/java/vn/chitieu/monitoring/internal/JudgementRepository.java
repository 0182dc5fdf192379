package vn.chitieu.monitoring.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chitieu.assessment.ChangeMode;
import vn.chitieu.assessment.Nature;

/** The target columns nature and change_mode: how an official says a target is to be judged (NULL: the default guess). */
@Repository
public class JudgementRepository {
    private final JdbcClient jdbc;

    JudgementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target's settings; either may be {@code null}. */
    public record Settings(Nature nature, ChangeMode changeMode) {
        public static final Settings NONE = new Settings(null, null);
    }

    /** The settings of the resolution's targets that have one. */
    public Map<Long, Settings> forResolution(long resolutionId) {
        Map<Long, Settings> settings = new HashMap<>();
        jdbc.sql("SELECT t.id, t.nature, t.change_mode FROM target t JOIN indicator i ON i.id = t.indicator_id"
                        + " WHERE i.resolution_id = ? AND (t.nature IS NOT NULL OR t.change_mode IS NOT NULL)")
                .param(resolutionId)
                .query(row -> {
                    settings.put(row.getLong(1), settings(row.getString(2), row.getString(3)));
                });
        return settings;
    }

    public Settings find(long targetId) {
        return jdbc.sql("SELECT nature, change_mode FROM target WHERE id = ?").param(targetId)
                .query((row, n) -> settings(row.getString(1), row.getString(2))).optional().orElse(Settings.NONE);
    }

    public void save(long targetId, Settings settings) {
        jdbc.sql("UPDATE target SET nature = ?, change_mode = ? WHERE id = ?")
                .params(settings.nature() == null ? null : settings.nature().name(),
                        settings.changeMode() == null ? null : settings.changeMode().name(), targetId)
                .update();
    }

    private static Settings settings(String nature, String changeMode) {
        return new Settings(nature == null ? null : Nature.valueOf(nature), changeMode == null ? null : ChangeMode.valueOf(changeMode));
    }
}
