package vn.chitieu.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Nature;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * The standard indicator catalogue: read by everyone, changed by administrators (every change in
 * the history, as entity {@code catalog}), filled at start from {@code catalog/indicators.tsv} with
 * the indicators whose code is not in the database yet, so an administrator's edits stay.
 */
@Service
public class Catalog {
    /** The history keeps catalogue changes under one entity; the code is in what it records. */
    static final String AUDIT_ENTITY = "catalog";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Matcher matcher;
    /**
     * The indicators as last read, for a minute: every comparison page asks for them, and they change
     * only when an administrator edits one (which forgets them here; another instance sees the edit
     * within the minute).
     */
    private volatile List<CatalogIndicator> read;
    private volatile List<CatalogIndicator> matcherOf;
    /** Counts edits: a list read while one was being saved is not kept. */
    private final java.util.concurrent.atomic.AtomicLong edits = new java.util.concurrent.atomic.AtomicLong();
    private volatile long readAt;
    private static final long KEPT_MILLIS = 60_000;

    Catalog(JdbcClient jdbc, AuditTrail audit, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Adds the shipped indicators the database lacks; run at every start, it adds nothing the second time. */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public int loadShipped() {
        int added = 0;
        for (CatalogIndicator indicator : CatalogFile.read()) {
            if (find(indicator.code()).isEmpty()) {
                insert(indicator);
                added++;
            }
        }
        forgetAfterCommit();
        return added;
    }

    /** Every indicator, active or not, by code. */
    @Transactional(readOnly = true)
    public List<CatalogIndicator> all() {
        List<CatalogIndicator> kept = read;
        if (kept != null && System.currentTimeMillis() - readAt < KEPT_MILLIS) {
            return kept;
        }
        long edit = edits.get();
        List<CatalogIndicator> fresh = load();
        if (edits.get() == edit) {
            readAt = System.currentTimeMillis();
            read = fresh;
        }
        return fresh;
    }

    private List<CatalogIndicator> load() {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        jdbc.sql("SELECT catalog_code, phrase FROM catalog_synonym ORDER BY catalog_code, phrase")
                .query(row -> {
                    synonyms.computeIfAbsent(row.getString("catalog_code"), k -> new ArrayList<>()).add(row.getString("phrase"));
                });
        return jdbc.sql("SELECT code, name_vi, name_en, unit, direction, nature, source, active FROM catalog_indicator ORDER BY code")
                .query((row, n) -> new CatalogIndicator(row.getString("code"), row.getString("name_vi"), row.getString("name_en"),
                        row.getString("unit"), Direction.valueOf(row.getString("direction")), Nature.valueOf(row.getString("nature")),
                        row.getString("source"), row.getBoolean("active"), synonyms.getOrDefault(row.getString("code"), List.of())))
                .list();
    }

    public Optional<CatalogIndicator> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Adds an indicator or replaces one with the same code (an administrator only); answers it as saved. */
    @Transactional
    public CatalogIndicator save(CatalogIndicator indicator, Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new vn.chitieu.plan.NotPermitted("edit the catalogue");
        }
        check(indicator);
        // what the database holds, not what was read a moment ago (another instance may have changed it)
        Optional<CatalogIndicator> before = load().stream().filter(i -> i.code().equals(indicator.code())).findFirst();
        if (before.isPresent()) {
            if (before.get().equals(indicator)) {
                return indicator;
            }
            jdbc.sql("DELETE FROM catalog_synonym WHERE catalog_code = ?").param(indicator.code()).update();
            jdbc.sql("UPDATE catalog_indicator SET name_vi = ?, name_en = ?, unit = ?, direction = ?, nature = ?, source = ?, active = ?"
                            + " WHERE code = ?")
                    .params(indicator.nameVi(), indicator.nameEn(), indicator.unit(), indicator.direction().name(),
                            indicator.nature().name(), indicator.source(), indicator.active(), indicator.code())
                    .update();
            insertSynonyms(indicator);
        } else {
            insert(indicator);
        }
        audit.record(AUDIT_ENTITY, 0, null, before.isPresent() ? Action.UPDATE : Action.CREATE, actor.username(), clock.instant(),
                before.orElse(null), indicator);
        forgetAfterCommit();
        return indicator;
    }

    /** The matcher over the active indicators as they are now. */
    Matcher matcher() {
        List<CatalogIndicator> indicators = all();
        Matcher current = matcher;
        // built from the list all() answers now: a list read again (an edit here or on another instance) makes a new one
        if (current == null || matcherOf != indicators) {
            current = new Matcher(indicators);
            matcher = current;
            matcherOf = indicators;
        }
        return current;
    }

    /** Forgets the indicators now and once the edit is committed, so no reader keeps the list of before. */
    private void forgetAfterCommit() {
        edits.incrementAndGet();
        read = null;
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            edits.incrementAndGet();
                            read = null;
                        }
                    });
        }
    }

    private static void check(CatalogIndicator indicator) {
        List<ResolutionProblem> problems = new ArrayList<>();
        if (indicator.code() == null || indicator.code().length() > 40 || !CODE.matcher(indicator.code()).matches()) {
            problems.add(new ResolutionProblem("catalog.problem.code", "code", String.valueOf(indicator.code())));
        }
        require(problems, "nameVi", indicator.nameVi(), 300);
        require(problems, "nameEn", indicator.nameEn(), 300);
        require(problems, "source", indicator.source(), 200);
        if (indicator.unit().length() > 40) {
            problems.add(new ResolutionProblem("catalog.problem.tooLong", "unit", label("unit"), 40));
        }
        if (indicator.direction() == null || indicator.nature() == null) {
            String field = indicator.direction() == null ? "direction" : "nature";
            problems.add(new ResolutionProblem("catalog.problem.required", field, label(field)));
        }
        indicator.synonyms().stream().filter(s -> s.length() > 300).findFirst()
                .ifPresent(s -> problems.add(new ResolutionProblem("catalog.problem.tooLong", "synonyms", label("synonyms"), 300)));
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
    }

    private static void require(List<ResolutionProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new ResolutionProblem("catalog.problem.required", field, label(field)));
        } else if (value.length() > max) {
            problems.add(new ResolutionProblem("catalog.problem.tooLong", field, label(field), max));
        }
    }

    /** The field's name as the form shows it, resolved in the reader's language. */
    private static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("catalog.field." + field);
    }

    private void insert(CatalogIndicator indicator) {
        edits.incrementAndGet();
        read = null;
        jdbc.sql("INSERT INTO catalog_indicator (code, name_vi, name_en, unit, direction, nature, source, active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.unit(), indicator.direction().name(),
                        indicator.nature().name(), indicator.source(), indicator.active())
                .update();
        insertSynonyms(indicator);
    }

    private void insertSynonyms(CatalogIndicator indicator) {
        indicator.synonyms().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .forEach(phrase -> jdbc.sql("INSERT INTO catalog_synonym (catalog_code, phrase) VALUES (?, ?)")
                        .params(indicator.code(), phrase).update());
    }
}
