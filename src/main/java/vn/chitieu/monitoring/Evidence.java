package vn.chitieu.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Period;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.monitoring.internal.ActualRepository;
import vn.chitieu.monitoring.internal.EvidenceRepository;
import vn.chitieu.monitoring.internal.EvidenceRepository.StoredFile;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * The evidence of a value: one file (a scanned statistics sheet, a photo, a PDF or an office
 * document) an official attaches to a target's value for a period while the period is open.
 * Another file replaces it; every file stays stored and each attachment is in the value's history.
 */
@Service
public class Evidence {
    /** 10 MB: a scanned page or a photo from a phone, with room. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int NAME_LENGTH = 200;

    private final Actuals actuals;
    private final ActualRepository values;
    private final EvidenceRepository files;
    private final AuditTrail audit;
    private final Clock clock;

    Evidence(Actuals actuals, ActualRepository values, EvidenceRepository files, AuditTrail audit, Optional<Clock> clock) {
        this.actuals = actuals;
        this.values = values;
        this.files = files;
        this.audit = audit;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
    }

    /** A value's evidence, as a page links to it. */
    public record File(String name, String mediaType, long size) {}

    /** A file to send back: its name, type and bytes. */
    public record Download(String name, String mediaType, byte[] content) {}

    /**
     * Attaches the file to the target's value for the period.
     *
     * @throws ResolutionRejected when there is no value yet, the period is locked, or the file is
     *     empty, too large or of a kind not taken (PDF, JPEG, PNG, DOCX, XLSX, ODT, ODS)
     */
    @Transactional
    public File attach(long targetId, String periodCode, String fileName, byte[] bytes, Actor actor) {
        Resolution resolution = actuals.editableResolutionOf(targetId, actor, "attach evidence");
        Period period = Actuals.planPeriod(resolution, periodCode);
        values.lockResolution(resolution.id());
        List<ResolutionProblem> problems = actuals.periodProblems(resolution, period);
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        ActualValue value = values.find(targetId, period.code()).orElseThrow(() -> new ResolutionRejected(
                List.of(new ResolutionProblem("monitor.problem.evidenceWithoutValue", "file"))));
        String name = name(fileName);
        if (bytes.length == 0) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("monitor.problem.evidenceEmpty", "file", name)));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("monitor.problem.evidenceTooLarge", "file", name,
                    Formats.number(bytes.length / 1048576.0, 1, null), MAX_BYTES / 1048576)));
        }
        String mediaType = mediaType(bytes, name);
        if (mediaType == null) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("monitor.problem.evidenceKind", "file", name)));
        }
        Optional<StoredFile> before = files.ofValue(value.id());
        Instant now = clock.instant();
        files.attach(value.id(), name, mediaType, bytes, ResolutionImport.sha256(bytes), actor.username(), now);
        audit.record("actual", value.id(), resolution.id(), Action.UPDATE, actor.username(), now,
                before.map(f -> Map.of("evidence", f.fileName())).orElse(null), Map.of("evidence", name, "evidenceBytes", bytes.length));
        return new File(name, mediaType, bytes.length);
    }

    /** The evidence of each value of a resolution already loaded for someone in its scope, by value id. */
    @Transactional(readOnly = true)
    public Map<Long, File> forResolution(Resolution resolution) {
        Map<Long, File> all = new HashMap<>();
        files.forResolution(resolution.id()).forEach((valueId, f) -> all.put(valueId, new File(f.fileName(), f.mediaType(), f.size())));
        return all;
    }

    /** The evidence of a target's value for a period, for those in the resolution's scope (it is the commune's working paper). */
    @Transactional(readOnly = true)
    public Optional<Download> download(long targetId, String periodCode, Actor actor) {
        Resolution resolution = actuals.resolutionOf(targetId, Optional.of(actor));
        actuals.requireScope(resolution, actor);
        Period period = Actuals.planPeriod(resolution, periodCode);
        return values.find(targetId, period.code()).flatMap(v -> files.ofValue(v.id()))
                .map(f -> new Download(f.fileName(), f.mediaType(), files.content(f.id())));
    }

    /** The file's kind from its first bytes, never from its name alone: {@code null} for a kind not taken. */
    static String mediaType(byte[] bytes, String name) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    : lower.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : lower.endsWith(".odt") ? "application/vnd.oasis.opendocument.text"
                    : lower.endsWith(".ods") ? "application/vnd.oasis.opendocument.spreadsheet" : null;
        }
        return null;
    }

    /** The name as given, without folders or control characters, at most 200 characters; "minh-chung" when nothing is left. */
    static String name(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            int end = name.offsetByCodePoints(0, NAME_LENGTH);
            name = name.substring(0, end);
        }
        return name.isEmpty() ? "minh-chung" : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
