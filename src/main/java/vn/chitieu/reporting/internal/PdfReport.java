package vn.chitieu.reporting.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.chitieu.reporting.ImplementationReport;

/**
 * The implementation report as a PDF: XHTML laid out with CSS paged media by openhtmltopdf on
 * PDFBox, the fonts embedded (subsets), so the file prints the same everywhere.
 */
public final class PdfReport {
    /** The font family name the style sheet uses; bound to the faces of {@link ReportFonts}. */
    static final String FAMILY = "ReportSerif";
    private static final String PRODUCER = "Chỉ tiêu";
    private static final String CSS = resource("/reporting/report-pdf.css");

    static {
        RendererLog.install();
    }

    private PdfReport() {}

    public static byte[] write(ImplementationReport report, ReportFonts fonts) {
        byte[] chart = report.counts().isEmpty() ? null : ChartImage.counts(report.counts(), fonts, report.locale());
        String html = ReportHtml.of(report, CSS + draftMark(report), chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // tagged for screen readers, in Vietnamese (the catalog's language is only set this way),
        // and with no unembedded standard fonts to fall back on
        builder.usePdfUaAccessibility(true);

        font(builder, fonts.regular(), 400, FontStyle.NORMAL);
        font(builder, fonts.bold(), 700, FontStyle.NORMAL);
        font(builder, fonts.italic(), 400, FontStyle.ITALIC);
        font(builder, fonts.boldItalic(), 700, FontStyle.ITALIC);
        builder.withHtmlContent(html, null);
        builder.withProducer(PRODUCER);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, Path face, int weight, FontStyle style) {
        builder.useFont(face.toFile(), FAMILY, weight, style, true);
    }

    /** The draft mark at the top right of every page, portrait and landscape; nothing for a final report. */
    private static String draftMark(ImplementationReport report) {
        if (!report.draft()) {
            return "";
        }
        return "\n@page { @top-right { content: \"" + cssString(report.draftMark()) + "\"; font-family: " + FAMILY
                + "; font-size: 13pt; font-weight: bold; color: #c00000; vertical-align: middle; } }\n";
    }

    /** The text inside a CSS string in double quotes. */
    static String cssString(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7F) {
                escaped.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    private static String resource(String name) {
        try (InputStream in = PdfReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
