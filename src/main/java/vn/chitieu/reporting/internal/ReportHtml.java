package vn.chitieu.reporting.internal;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ImplementationReport.Appendix;
import vn.chitieu.reporting.ImplementationReport.Count;
import vn.chitieu.reporting.ImplementationReport.Heading;
import vn.chitieu.reporting.ImplementationReport.Row;
import vn.chitieu.reporting.ImplementationReport.Section;
import vn.chitieu.reporting.ImplementationReport.Signature;
import vn.chitieu.web.Formats;

/**
 * The report as XHTML for the PDF renderer: the content's words in the places Nghị định
 * 30/2020/NĐ-CP gives them, styled by {@code reporting/report-pdf.css}. Every text is escaped.
 */
final class ReportHtml {
    private Locale locale = Locale.forLanguageTag("vi");
    private static final String[] COLUMN_WIDTHS = {"5%", "30%", "8%", "11%", "10%", "9%", "8%", "8%", "11%"};
    /** Printed width of the chart, in millimetres. */
    private static final int CHART_WIDTH = 150;

    private final StringBuilder out = new StringBuilder(16 * 1024);

    private ReportHtml() {}

    /** The whole document; {@code chart} is the counts chart's PNG, or {@code null} for none. */
    static String of(ImplementationReport report, String css, byte[] chart) {
        ReportHtml html = new ReportHtml();
        html.write(report, css, chart);
        return html.out.toString();
    }

    private void write(ImplementationReport report, String css, byte[] chart) {
        locale = report.locale();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(locale.getLanguage())).append("\">\n<head>");
        element("title", report.title().get(report.title().size() > 1 ? 1 : 0));
        out.append("<meta name=\"subject\" content=\"").append(escape(report.summary())).append("\" />");
        out.append("<style>").append(escape(css)).append("</style></head>\n<body>");
        heading(report.heading());
        out.append("<div class=\"title\">");
        report.title().forEach(line -> element("div", line));
        out.append("<div class=\"rule\"></div></div>");
        element("div class=\"addressee\"", report.addressee());
        element("p class=\"heading\"", report.resultsHeading());
        element("p", report.summary());
        if (chart != null) {
            chart(chart, report.counts());
        }
        for (Section section : report.sections()) {
            element("p class=\"heading\"", section.heading());
            section.paragraphs().forEach(paragraph -> element("p", paragraph));
        }
        if (report.atRisk() != null && !report.atRisk().isEmpty()) {
            element("p class=\"heading\"", report.atRiskHeading());
            report.atRisk().forEach(line -> element("p", line));
        }
        out.append("<div class=\"closing\">");
        element("p", report.closing());
        closing(report.recipientsHeading(), report.recipients(), report.signature());
        appendix(report.appendix());
        out.append("</body></html>");
    }

    private void heading(Heading heading) {
        out.append("<table class=\"layout\"><tr><td class=\"issuer center\">");
        List<String> issuer = heading.issuer();
        // the issuing body's name, in capitals and bold, over as many lines as it takes (Nghị định 30, Phụ lục I)
        issuer.forEach(line -> element("div class=\"bold\"", line));
        out.append("<div class=\"rule\"></div>");
        element("div class=\"spaces\"", heading.number());
        out.append("</td><td class=\"nation center\">");
        element("div class=\"nation-name\"", heading.nation());
        element("div class=\"motto\"", heading.motto());
        out.append("<div class=\"rule\"></div>");
        element("div class=\"place-date\"", heading.placeAndDate());
        out.append("</td></tr></table>");
    }

    private void chart(byte[] png, List<Count> counts) {
        double height = (double) CHART_WIDTH * ChartImage.height(counts.size()) / ChartImage.WIDTH;
        String alt = counts.stream().map(count -> count.word() + ": " + Formats.number(count.count(), locale)).collect(Collectors.joining("; "));
        out.append("<div class=\"chart\"><img alt=\"").append(escape(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png))
                .append("\" style=\"width: ").append(CHART_WIDTH).append("mm; height: ")
                .append(String.format(Locale.ROOT, "%.1f", height)).append("mm\" /></div>");
    }

    private void closing(String recipientsHeading, List<String> recipients, Signature signature) {
        out.append("<table class=\"layout sign-off\"><tr><td class=\"recipients\">");
        element("div class=\"heading\"", recipientsHeading);
        recipients.forEach(line -> element("div", line));
        out.append("</td><td class=\"signature\">");
        element("div", signature.onBehalfOf());
        element("div", signature.position());
        out.append("<div class=\"space\"></div>");
        element("div", signature.name());
        out.append("</td></tr></table></div>");
    }

    private void appendix(Appendix appendix) {
        out.append("<div class=\"appendix\">");
        element("div class=\"title\"", appendix.title());
        element("div class=\"subtitle spaces\"", appendix.subtitle());
        out.append("<table class=\"figures\"><colgroup>");
        for (int i = 0; i < appendix.columns().size(); i++) {
            out.append("<col style=\"width: ").append(i < COLUMN_WIDTHS.length ? COLUMN_WIDTHS[i] : "auto").append("\" />");
        }
        out.append("</colgroup><thead><tr>");
        appendix.columns().forEach(column -> element("th", column));
        out.append("</tr></thead><tbody>");
        for (Row row : appendix.rows()) {
            if (row.group()) {
                out.append("<tr class=\"group\">");
                element("td class=\"center\"", row.no());
                element("td colspan=\"" + Math.max(1, appendix.columns().size() - 1) + "\"", row.indicator());
            } else {
                out.append("<tr>");
                element("td class=\"center\"", row.no());
                element("td", row.indicator());
                element("td class=\"center\"", row.unit());
                element("td class=\"center\"", row.plan());
                String actual = number(row.actual());
                element("td class=\"number\"", row.estimate() && !actual.isEmpty() ? actual + " (" + appendix.estimateMark() + ")" : actual);
                element("td class=\"number\"", number(row.lastYear()));
                element("td class=\"number\"", percent(row.percentOfPlan()));
                element("td class=\"number\"", percent(row.percentOfLastYear()));
                element("td class=\"center\"", row.assessment());
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    private String number(BigDecimal value) {
        return Formats.number(value, locale);
    }

    private String percent(BigDecimal value) {
        return Formats.number(value, 1, locale);
    }

    /** {@code <tag attributes>text</tag>}, the tag being the first word of {@code start}. */
    private void element(String start, String text) {
        int space = start.indexOf(' ');
        out.append('<').append(start).append('>').append(escape(text)).append("</")
                .append(space < 0 ? start : start.substring(0, space)).append('>');
    }

    /** The text as XML character data: markup characters escaped, characters XML cannot hold left out. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
