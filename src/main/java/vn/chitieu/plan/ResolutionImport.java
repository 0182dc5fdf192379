package vn.chitieu.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.extraction.Extraction;
import vn.chitieu.extraction.Extractor;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.Resolution.SourceFile;
import vn.chitieu.plan.internal.ContentWriter;
import vn.chitieu.plan.internal.ExtractionMapping;
import vn.chitieu.plan.internal.ResolutionRepository;
import vn.chitieu.plan.internal.SourceFileRepository;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * Imports a resolution for review: keeps the original file byte for byte, reads and extracts it,
 * and saves what was read as a DRAFT, all in one transaction (a file that cannot be read leaves
 * nothing behind). The same file imported again for the same unit gives back the first import.
 */
@Service
public class ResolutionImport {
    private final Extractor extractor = new Extractor();
    private final ResolutionRepository resolutions;
    private final SourceFileRepository sources;
    private final ContentWriter contentWriter;
    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResolutionImport(ResolutionRepository resolutions, SourceFileRepository sources, ContentWriter contentWriter,
            AdministrativeUnits units, AuditTrail audit, Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.resolutions = resolutions;
        this.sources = sources;
        this.contentWriter = contentWriter;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Reads a document without storing anything: what {@code POST /api/extract} answers. */
    public Extraction extract(String fileName, byte[] bytes) throws DocumentException {
        return extractor.extract(Documents.read(new DocumentSource(fileName, bytes)));
    }

    @Transactional(rollbackFor = DocumentException.class)
    public ImportResult importDocument(String unitCode, String fileName, byte[] bytes, Actor actor) throws DocumentException {
        AdministrativeUnit unit = units.find(unitCode).orElseThrow(() -> new UnknownUnit(unitCode));
        if (!actor.canEdit(unit)) {
            if (actor.canRead(unit)) {
                throw new NotPermitted("import");
            }
            throw new UnknownUnit(unitCode);
        }
        return store(unitCode, fileName, bytes, actor);
    }

    /**
     * Imports a commune's resolution handed in by its province (a batch of the season's documents
     * that the Department of Finance received): the province's officers may not edit a commune's
     * plan, but they may hand in its resolution as a DRAFT for the commune to review. An admin may
     * too. Answers as {@link #importDocument} does; a commune outside the actor's province is unknown.
     */
    @Transactional(rollbackFor = DocumentException.class)
    public ImportResult importForProvince(String unitCode, String fileName, byte[] bytes, Actor actor) throws DocumentException {
        AdministrativeUnit unit = units.find(unitCode).orElseThrow(() -> new UnknownUnit(unitCode));
        boolean provinceOfficer = actor.role() == Role.PROVINCE_OFFICER && unit.level() == AdministrativeUnit.Level.COMMUNE
                && unit.provinceCode().equals(actor.unitCode());
        if (actor.role() != Role.ADMIN && !provinceOfficer) {
            throw new UnknownUnit(unitCode);
        }
        return store(unitCode, fileName, bytes, actor);
    }

    private ImportResult store(String unitCode, String fileName, byte[] bytes, Actor actor) throws DocumentException {
        String sha256 = sha256(bytes);
        Optional<Long> existing = resolutions.findBySource(unitCode, sha256);
        if (existing.isPresent()) {
            return new ImportResult(resolutions.find(existing.get()).orElseThrow(), true);
        }
        DocumentText text = Documents.read(new DocumentSource(fileName, bytes));
        ResolutionContent content = ExtractionMapping.content(extractor.extract(text), text.notes());
        List<ResolutionProblem> tooLong = content.problems().stream()
                .filter(problem -> problem.messageKey().equals("plan.problem.tooLong")).toList();
        if (!tooLong.isEmpty()) {
            throw new ResolutionRejected(tooLong);
        }
        Instant now = clock.instant();
        SourceFile source = sources.store(fileName, ExtractionMapping.mediaType(text.format(), bytes), bytes, sha256, actor.username(), now);
        Resolution draft = Resolution.draft(unitCode, content, source, actor.username(), now);
        long id = resolutions.insert(draft);
        resolutions.saveSourceText(id, text.text());
        audit.record("resolution", id, id, Action.CREATE, actor.username(), now, null, Resolutions.head(draft));
        contentWriter.write(id, new ResolutionContent(content.document(), List.of(), List.of(), List.of(), List.of()), content,
                actor.username(), now);
        events.publishEvent(new ResolutionContentChanged(id));
        return new ImportResult(resolutions.find(id).orElseThrow(), false);
    }

    /** The file's SHA-256 in hex, as source_file keeps it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
