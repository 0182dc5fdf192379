package vn.chitieu.monitoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.chitieu.assessment.Period;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.Documents;
import vn.chitieu.document.Spreadsheet;
import vn.chitieu.document.SpreadsheetUnreadable;
import vn.chitieu.document.Spreadsheets;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.ImportPreview.Outcome;
import vn.chitieu.monitoring.internal.SheetReading;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.security.Actor;

/**
 * Importing a period's values from an Excel workbook laid out like the report's indicator table:
 * first a preview of what each row would do, then, once the person confirms, every value written
 * through {@link Actuals#enterAll}, all or none, each with its version and history. Only those who
 * may enter values may import them, and only while the period takes values.
 */
@Service
public class ActualsImport {
    private static final long MB = 1024L * 1024L;

    private final Resolutions resolutions;
    private final Actuals actuals;

    ActualsImport(Resolutions resolutions, Actuals actuals) {
        this.resolutions = resolutions;
        this.actuals = actuals;
    }

    /** A value to write: the sheet's row it came from, its target and the version of the target's value when previewed (0: none). */
    public record Confirmation(int row, long targetId, ActualInput input, int seenVersion) {}

    /**
     * What importing the file would do; writes nothing.
     *
     * @throws vn.chitieu.plan.ResolutionNotFound when the person may not see the resolution
     * @throws NotPermitted when they may see it but not enter values
     * @throws ImportRefused when the period takes no values or the file cannot be read as a table
     */
    public ImportPreview preview(long resolutionId, String periodCode, DocumentSource file, Actor actor) {
        Resolution resolution = resolutions.get(resolutionId, Optional.of(actor));
        actuals.requireEdit(resolution, actor, "import values");
        Period period = period(periodCode);
        List<ResolutionProblem> closed = actuals.periodProblems(resolution, period);
        if (!closed.isEmpty()) {
            throw new ImportRefused(closed.stream().map(p -> new ImportRefused.Reason(0, p)).toList());
        }
        Spreadsheet workbook;
        try {
            workbook = Spreadsheets.read(file);
        } catch (SpreadsheetUnreadable unreadable) {
            throw ImportRefused.whole(new ResolutionProblem("monitor.import.file." + unreadable.reason(), "file", unreadable.fileName(),
                    Documents.MAX_BYTES / MB));
        }
        SheetReading.Result reading = SheetReading.read(workbook, resolution.content().indicators(), period);
        Map<Long, ActualValue> stored = new HashMap<>();
        actuals.forResolution(resolution, actor).stream().filter(v -> v.period().equals(period.code())).forEach(v -> stored.put(v.targetId(), v));
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (SheetReading.Row row : reading.rows()) {
            rows.add(row(row, row.target() == null ? null : stored.get(row.target().id())));
        }
        return new ImportPreview(file.fileName(), period.code(), reading.sheet(), reading.headingRow(), reading.valueHeading(),
                reading.estimates(), rows, fingerprint(rows));
    }

    /**
     * Writes confirmed values, all or none.
     *
     * @throws ImportRefused when a value is refused (each reason names its row) or the period no longer takes values
     * @throws ImportConflict when a value changed since it was previewed
     */
    public List<Actuals.Entered> confirm(long resolutionId, String periodCode, List<Confirmation> rows, Actor actor) {
        if (rows.isEmpty()) {
            throw ImportRefused.whole(new ResolutionProblem("monitor.import.nothing", "file"));
        }
        List<Actuals.Entry> entries = rows.stream().map(r -> new Actuals.Entry(r.targetId(), r.input(), r.seenVersion())).toList();
        try {
            return actuals.enterAll(resolutionId, periodCode, entries, actor);
        } catch (ResolutionRejected rejected) {
            throw new ImportRefused(rejected.problems().stream().map(p -> new ImportRefused.Reason(row(p.path(), rows), p)).toList());
        } catch (ValuesChanged changed) {
            List<ImportConflict.Changed> which = new ArrayList<>();
            for (int i = 0; i < changed.entries().size(); i++) {
                which.add(new ImportConflict.Changed(rows.get(changed.entries().get(i)).row(), changed.current().get(i)));
            }
            throw new ImportConflict(which);
        } catch (StaleVersion enteredAtTheSameMoment) {
            throw new ImportConflict(List.of());
        }
    }

    /**
     * Previews the file and writes what the preview would, in one go (the API without a dry run).
     *
     * @param fingerprint the preview's fingerprint the person saw, if any: the import fails when values changed since
     * @throws ImportRefused when a row holds a value that cannot be kept, or as {@link #preview}
     * @throws ImportConflict when values changed since the preview named by {@code fingerprint}, or while writing
     */
    public ImportPreview importNow(long resolutionId, String periodCode, DocumentSource file, String fingerprint, Actor actor) {
        ImportPreview preview = preview(resolutionId, periodCode, file, actor);
        if (fingerprint != null && !fingerprint.equals(preview.fingerprint())) {
            throw new ImportConflict(List.of());
        }
        if (preview.refused()) {
            throw new ImportRefused(preview.rows().stream().filter(r -> r.outcome() == Outcome.REFUSED)
                    .map(r -> new ImportRefused.Reason(r.row(), r.problem())).toList());
        }
        if (!preview.toWrite().isEmpty()) {
            confirm(resolutionId, preview.period(), preview.toWrite().stream()
                    .map(r -> new Confirmation(r.row(), r.targetId(), r.input(), r.current() == null ? 0 : r.current().version())).toList(), actor);
        }
        return preview;
    }

    private static Period period(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw ImportRefused.whole(new ResolutionProblem("plan.problem.periodInvalid", "period", code));
        }
    }

    private static ImportPreview.Row row(SheetReading.Row read, ActualValue current) {
        Long targetId = read.target() == null ? null : read.target().id();
        Integer indicatorNo = read.indicator() == null ? null : read.indicator().no();
        String subject = read.target() == null ? null : read.target().subject();
        Outcome outcome = switch (read.kind()) {
            case EMPTY -> Outcome.EMPTY;
            case UNMATCHED -> Outcome.UNMATCHED;
            case REFUSED -> Outcome.REFUSED;
            case VALUE -> null;
        };
        if (outcome != null) {
            return new ImportPreview.Row(read.row(), read.number(), read.text(), read.written(), targetId, indicatorNo, subject, null, outcome,
                    current, read.problem());
        }
        ActualInput input = keepingWhatTheSheetLeavesOut(read.input(), current);
        List<ResolutionProblem> problems = Actuals.valueProblems(read.target().kind() == TargetKind.MILESTONE, input, "");
        if (!problems.isEmpty()) {
            return new ImportPreview.Row(read.row(), read.number(), read.text(), read.written(), targetId, indicatorNo, subject, null,
                    Outcome.REFUSED, current, problems.get(0));
        }
        outcome = current == null ? Outcome.NEW : same(current, input) ? Outcome.UNCHANGED : Outcome.REPLACE;
        return new ImportPreview.Row(read.row(), read.number(), read.text(), read.written(), targetId, indicatorNo, subject, input, outcome,
                current, null);
    }

    /** A sheet without a note (or without the day a milestone was achieved) leaves the one entered before as it is. */
    private static ActualInput keepingWhatTheSheetLeavesOut(ActualInput read, ActualValue current) {
        if (current == null) {
            return read;
        }
        String note = read.note() != null ? read.note() : current.note();
        boolean stillAchieved = Boolean.TRUE.equals(read.achieved()) && Boolean.TRUE.equals(current.achieved());
        return new ActualInput(read.value(), read.estimate(), note, read.achieved(),
                read.on() != null ? read.on() : stillAchieved ? current.achievedOn() : null);
    }

    private static boolean same(ActualValue current, ActualInput input) {
        return numericEquals(current.value(), input.value()) && Objects.equals(current.achieved(), input.achieved())
                && Objects.equals(current.achievedOn(), input.on()) && current.estimate() == Boolean.TRUE.equals(input.estimate())
                && Objects.equals(current.note(), input.note());
    }

    private static boolean numericEquals(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The sheet's row of a refused entry ({@code entries[3].value} → the fourth confirmation's), 0 for the period as a whole. */
    private static int row(String path, List<Confirmation> rows) {
        if (path != null && path.startsWith("entries[")) {
            int index = Integer.parseInt(path.substring("entries[".length(), path.indexOf(']')));
            return rows.get(index).row();
        }
        return 0;
    }

    /** The targets the rows are about with the versions of their values now: what a confirmation expects to find unchanged. */
    private static String fingerprint(List<ImportPreview.Row> rows) {
        Map<Long, Integer> versions = new TreeMap<>();
        for (ImportPreview.Row row : rows) {
            if (row.targetId() != null) {
                versions.put(row.targetId(), row.current() == null ? 0 : row.current().version());
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(versions.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
