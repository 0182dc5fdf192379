package vn.chitieu.reporting;

import java.util.List;
import java.util.Locale;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;

/** The formats a report is written in, with their media types. */
public enum ReportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a request names ("docx", "XLSX"), refused with the ones there are when it names none of {@code allowed}. */
    public static ReportFormat of(String name, List<ReportFormat> allowed) {
        for (ReportFormat format : allowed) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        throw new ResolutionRejected(new ResolutionProblem("report.problem.format", "format", String.valueOf(name),
                String.join(", ", allowed.stream().map(ReportFormat::extension).toList())));
    }
}
