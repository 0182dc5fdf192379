package vn.chitieu.catalog;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.monitoring.TargetNotFound;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContentChanged;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;

/**
 * Each target's catalogue indicator: proposed when a resolution is imported or changed (and, for
 * targets saved before there was a catalogue, the first time they are asked for), confirmed or
 * replaced by an official of the commune, every choice in the target's history.
 */
@Service
public class CatalogMappings {
    /** A proposal counts from this confidence on, unless an official overruled it. */
    public static final double THRESHOLD = Matcher.THRESHOLD;

    private static final String TARGETS = "SELECT t.id, t.subject, t.unit, t.kind, i.name, i.resolution_id FROM target t"
            + " JOIN indicator i ON i.id = t.indicator_id WHERE NOT t.archived AND NOT i.archived AND i.resolution_id = ?";
    private static final String MAPPINGS = "SELECT t.id, t.subject, t.unit, i.resolution_id, m.catalog_code, m.confidence, m.confirmed,"
            + " m.confirmed_by, m.confirmed_at FROM target t JOIN indicator i ON i.id = t.indicator_id"
            + " JOIN target_mapping m ON m.target_id = t.id WHERE NOT t.archived AND NOT i.archived ";
    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Resolutions resolutions;
    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogMappings(JdbcClient jdbc, Catalog catalog, Resolutions resolutions, AdministrativeUnits units, AuditTrail audit,
            Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.resolutions = resolutions;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The proposals of a resolution's targets follow its new wording; what officials chose stays. */
    @EventListener
    @Transactional
    public void contentChanged(ResolutionContentChanged changed) {
        jdbc.sql("DELETE FROM target_mapping WHERE NOT confirmed AND target_id IN (SELECT t.id FROM target t"
                        + " JOIN indicator i ON i.id = t.indicator_id WHERE i.resolution_id = ?)")
                .param(changed.resolutionId()).update();
        propose(changed.resolutionId());
    }

    /** The mapping of every target of a resolution the person may see, in the order of the plan. */
    @Transactional
    public List<TargetMapping> forResolution(long resolutionId, Optional<Actor> actor) {
        return List.copyOf(of(resolutions.get(resolutionId, actor)).values());
    }

    /** The mappings of a resolution already loaded for the person, by target id, in the order of the plan. */
    @Transactional
    public Map<Long, TargetMapping> of(Resolution resolution) {
        propose(resolution.id());
        Map<Long, TargetMapping> found = new java.util.HashMap<>();
        jdbc.sql(MAPPINGS + "AND i.resolution_id = ?").param(resolution.id()).query(CatalogMappings::mapping).list()
                .forEach(m -> found.put(m.targetId(), m));
        Map<Long, TargetMapping> ordered = new LinkedHashMap<>();
        resolution.content().indicators().forEach(i -> i.targets().stream().map(t -> found.get(t.id())).filter(m -> m != null)
                .forEach(m -> ordered.put(m.targetId(), m)));
        return ordered;
    }

    /**
     * An official's choice for a target: a catalogue code, or {@code null} for none. Only those who may
     * change the commune's plan; a target the person may not see is not found.
     */
    @Transactional
    public TargetMapping set(long targetId, String code, Actor actor) {
        Long resolutionId = jdbc.sql("SELECT i.resolution_id FROM target t JOIN indicator i ON i.id = t.indicator_id"
                        + " WHERE t.id = ? AND NOT t.archived").param(targetId).query(Long.class).optional()
                .orElseThrow(() -> new TargetNotFound(targetId));
        Resolution resolution;
        try {
            resolution = resolutions.get(resolutionId, Optional.of(actor));
        } catch (ResolutionNotFound hidden) {
            throw new TargetNotFound(targetId);
        }
        if (!units.find(resolution.unitCode()).map(actor::canEdit).orElse(false)) {
            throw new NotPermitted("map a target to the catalogue");
        }
        String chosen = code == null || code.isBlank() ? null : code.strip();
        if (chosen != null && catalog.find(chosen).filter(CatalogIndicator::active).isEmpty()) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("catalog.problem.unknownCode", "code", chosen)));
        }
        TargetMapping before = of(resolution).get(targetId);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM target_mapping WHERE target_id = ?").param(targetId).update();
        jdbc.sql("INSERT INTO target_mapping (target_id, catalog_code, confidence, confirmed, confirmed_by, confirmed_at)"
                        + " VALUES (?, ?, NULL, TRUE, ?, ?)")
                .params(targetId, chosen, actor.username(), Timestamp.from(now)).update();
        TargetMapping after = of(resolution).get(targetId);
        audit.record("target", targetId, resolutionId, Action.UPDATE, actor.username(), now, recorded(before), recorded(after));
        return after;
    }

    /**
     * The targets of these resolutions that are about the catalogue indicator: chosen by an official,
     * or proposed at or above the matcher's threshold and not overruled. For comparing communes.
     */
    @Transactional
    public List<Long> mapped(String catalogCode, Collection<Long> resolutionIds) {
        if (resolutionIds.isEmpty()) {
            return List.of();
        }
        resolutionIds.forEach(this::propose);
        return jdbc.sql("SELECT t.id FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN target_mapping m ON m.target_id = t.id"
                        + " WHERE NOT t.archived AND NOT i.archived AND m.catalog_code = :code AND i.resolution_id IN (:ids)"
                        + " AND (m.confirmed OR m.confidence >= :threshold) ORDER BY t.id")
                .param("code", catalogCode).param("ids", resolutionIds).param("threshold", BigDecimal.valueOf(Matcher.THRESHOLD))
                .query(Long.class).list();
    }

    /**
     * Proposes an indicator for every target of the province's adopted and published plans that has
     * none yet (plans written by other programs, like the benchmark's generator, or before the
     * catalogue). One query when nothing is missing; call it outside a transaction of one's own (it
     * writes); two at once insert each proposal once.
     */
    @Transactional
    public int proposeMissing(String provinceCode) {
        return proposeFor("SELECT t.id, t.subject, t.unit, t.kind, i.name FROM target t"
                + " JOIN indicator i ON i.id = t.indicator_id JOIN resolution r ON r.id = i.resolution_id"
                + " JOIN admin_unit u ON u.code = r.unit_code WHERE u.province_code = ? AND r.status <> 'DRAFT'"
                + " AND NOT t.archived AND NOT i.archived AND NOT EXISTS (SELECT 1 FROM target_mapping m WHERE m.target_id = t.id)"
                + " ORDER BY t.id", provinceCode);
    }

    /** Proposes an indicator for each target of the resolution that has no mapping yet (a row without a code: none fits). */
    private void propose(long resolutionId) {
        proposeFor(TARGETS + " AND NOT EXISTS (SELECT 1 FROM target_mapping m WHERE m.target_id = t.id)", resolutionId);
    }

    /**
     * Proposes an indicator for each target the query reads (id, subject, unit, kind, and its
     * indicator's name for a target without a subject); answers how many. A target another request
     * proposed for meanwhile keeps that one.
     */
    private int proposeFor(String targets, Object param) {
        Matcher matcher = catalog.matcher();
        List<Object[]> proposals = jdbc.sql(targets).param(param)
                .query((row, n) -> {
                    String subject = row.getString("subject") != null ? row.getString("subject") : row.getString("name");
                    Optional<Matcher.Proposal> proposal = matcher.propose(subject, row.getString("unit"),
                            TargetKind.valueOf(row.getString("kind")));
                    return new Object[] {row.getLong("id"), proposal.map(Matcher.Proposal::code).orElse(null),
                        proposal.map(p -> BigDecimal.valueOf(p.confidence())).orElse(null)};
                })
                .list();
        for (Object[] p : proposals) {
            // H2 takes no column list here; the key is the target's anyway
            jdbc.sql("INSERT INTO target_mapping (target_id, catalog_code, confidence, confirmed) VALUES (?, ?, ?, FALSE)"
                    + " ON CONFLICT DO NOTHING").params(p[0], p[1], p[2]).update();
        }
        return proposals.size();
    }

    private static Map<String, Object> recorded(TargetMapping mapping) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("catalogCode", mapping == null ? null : mapping.code());
        fields.put("confirmed", mapping != null && mapping.confirmed());
        return fields;
    }

    private static TargetMapping mapping(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        BigDecimal confidence = row.getBigDecimal("confidence");
        Timestamp at = row.getTimestamp("confirmed_at");
        return new TargetMapping(row.getLong("id"), row.getLong("resolution_id"), row.getString("subject"), row.getString("unit"),
                row.getString("catalog_code"), confidence == null ? null : confidence.doubleValue(), row.getBoolean("confirmed"),
                row.getString("confirmed_by"), at == null ? null : at.toInstant());
    }
}
