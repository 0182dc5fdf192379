package vn.chitieu.plan.internal;

import java.util.List;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.extraction.Extraction;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;

/** What the extractor read, as the content of a new draft. */
public final class ExtractionMapping {
    private ExtractionMapping() {}

    public static ResolutionContent content(Extraction extraction, List<String> readerNotes) {
        List<Indicator> indicators = extraction.indicators().stream()
                .map(i -> new Indicator(null, i.no(), i.group(), i.groupHeading(), i.text(), i.span(),
                        i.targets().stream().map(ExtractionMapping::target).toList()))
                .toList();
        List<Task> tasks = extraction.tasks().stream().map(t -> new Task(null, t.ref(), t.title())).toList();
        List<String> warnings = new java.util.ArrayList<>(readerNotes);
        warnings.addAll(extraction.warnings());
        return new ResolutionContent(extraction.document(), extraction.objectives(), indicators, tasks, warnings);
    }

    private static Target target(vn.chitieu.extraction.Target t) {
        return new Target(null, t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), t.unit(), false, t.per(), t.direction(),
                t.perYear(), t.year(), t.deadline(), t.baseline(), t.span(), t.rules());
    }

    /** The media type the original is served back with. */
    public static String mediaType(DocumentFormat format, byte[] bytes) {
        return switch (format) {
            case TXT -> "text/plain; charset=UTF-8";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case DOC -> "application/msword";
            case PDF, PDF_SCAN -> "application/pdf";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case IMAGE -> imageType(bytes);
        };
    }

    private static String imageType(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P') {
            return "image/png";
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        return "image/tiff";
    }
}
