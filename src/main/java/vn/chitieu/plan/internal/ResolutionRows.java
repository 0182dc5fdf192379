package vn.chitieu.plan.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionStatus;

/** Maps the resolution row to and from its columns. */
final class ResolutionRows {
    static final String COLUMNS = "SELECT r.*, f.file_name, f.media_type, f.size_bytes, f.sha256 FROM resolution r "
            + "LEFT JOIN source_file f ON f.id = r.source_file_id ";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final ObjectMapper json;

    ResolutionRows(ObjectMapper json) {
        this.json = json;
    }

    /** The columns a save writes, in a stable order. */
    Map<String, Object> columns(Resolution resolution) {
        DocumentInfo d = resolution.content().document();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("unit_code", resolution.unitCode());
        c.put("status", resolution.status().name());
        c.put("archived", resolution.archived());
        c.put("doc_type", d.type());
        c.put("number", d.number());
        c.put("issuer", d.issuer());
        c.put("unit_level", d.unit() == null ? null : d.unit().level());
        c.put("unit_name", d.unit() == null ? null : d.unit().name());
        c.put("unit_province", d.unit() == null ? null : d.unit().province());
        c.put("place", d.place());
        c.put("signed_on", date(d.signedOn()));
        c.put("adopted_on", date(d.adoptedOn()));
        c.put("term", d.term());
        c.put("session_no", d.session());
        c.put("title", d.title());
        c.put("period_kind", d.period() == null || d.period().kind() == null ? null : d.period().kind().name());
        c.put("period_start", d.period() == null ? null : date(d.period().start()));
        c.put("period_end", d.period() == null ? null : date(d.period().end()));
        c.put("signer_position", d.signer() == null ? null : d.signer().position());
        c.put("signer_name", d.signer() == null ? null : d.signer().name());
        c.put("indicators_in_annex", d.indicatorsInAnnex());
        c.put("legal_bases", write(d.legalBases() == null ? List.of() : d.legalBases()));
        c.put("objectives", write(resolution.content().objectives()));
        c.put("warnings", write(resolution.content().warnings()));
        c.put("updated_by", resolution.updatedBy());
        c.put("updated_at", Timestamp.from(resolution.updatedAt()));
        c.put("adopted_at", timestamp(resolution.adoptedAt()));
        c.put("published_at", timestamp(resolution.publishedAt()));
        return c;
    }

    /** The resolution row without its indicators and tasks (they are added by the repository). */
    Resolution read(ResultSet row) throws SQLException {
        String periodKind = row.getString("period_kind");
        DocumentInfo document = new DocumentInfo(row.getString("doc_type"), row.getString("number"), row.getString("issuer"),
                row.getString("unit_level") == null && row.getString("unit_name") == null ? null
                        : new DocumentInfo.UnitRef(row.getString("unit_level"), row.getString("unit_name"), row.getString("unit_province")),
                row.getString("place"), localDate(row, "signed_on"), localDate(row, "adopted_on"), row.getString("term"),
                (Integer) row.getObject("session_no", Integer.class), row.getString("title"),
                periodKind == null && row.getDate("period_start") == null ? null
                        : new DocumentInfo.PlanPeriod(periodKind == null ? null : DocumentInfo.PeriodKind.valueOf(periodKind),
                                localDate(row, "period_start"), localDate(row, "period_end")),
                row.getString("signer_name") == null && row.getString("signer_position") == null ? null
                        : new DocumentInfo.Signer(row.getString("signer_position"), row.getString("signer_name")),
                read(row.getString("legal_bases")), row.getBoolean("indicators_in_annex"));
        ResolutionContent content = new ResolutionContent(document, read(row.getString("objectives")), List.of(), List.of(),
                read(row.getString("warnings")));
        long sourceId = row.getLong("source_file_id");
        Resolution.SourceFile source = row.wasNull() ? null : new Resolution.SourceFile(sourceId, row.getString("file_name"),
                row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"));
        return new Resolution(row.getLong("id"), row.getString("unit_code"), ResolutionStatus.valueOf(row.getString("status")),
                row.getBoolean("archived"), row.getInt("version"), content, source, row.getString("created_by"),
                instant(row, "created_at"), row.getString("updated_by"), instant(row, "updated_at"), instant(row, "adopted_at"),
                instant(row, "published_at"));
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static LocalDate localDate(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String write(List<String> strings) {
        try {
            return json.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resolution's JSON column cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
