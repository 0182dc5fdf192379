package vn.chitieu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.NormalizedText;
import vn.chitieu.document.TextNormalizer;
import vn.chitieu.extraction.metadata.MetadataReader;
import vn.chitieu.extraction.structure.Block;
import vn.chitieu.extraction.structure.Headings;
import vn.chitieu.extraction.structure.Marker;
import vn.chitieu.extraction.structure.Outline;
import vn.chitieu.extraction.target.IndicatorTable;
import vn.chitieu.extraction.target.TargetReader;

/**
 * Reads a resolution's text into an {@link Extraction}: metadata, objectives, indicators with their
 * targets, task headings and warnings. Rule-based, framework-free and thread-safe.
 */
public final class Extractor {

    private static final Pattern HEADING_END = Pattern.compile("[:;.\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ATTACHED = Pattern.compile("kèm theo|biểu chi tiết|phụ lục|biểu số");

    /** Extracts from what a reader produced; spans point into its text. */
    public Extraction extract(DocumentText document) {
        // PDF and OCR readers rebuild paragraphs from the page layout; text and Word files may still
        // hold lines someone wrapped by hand (or pasted from a PDF).
        boolean paragraphsKnown = document.format() == DocumentFormat.PDF || document.format() == DocumentFormat.PDF_SCAN
                || document.format() == DocumentFormat.IMAGE;
        return extract(TextNormalizer.normalize(document.text(), paragraphsKnown));
    }

    /** Extracts from plain text (its lines may be hard-wrapped); spans point into that text. */
    public Extraction extract(String text) {
        NormalizedText normalized = TextNormalizer.normalize(text);
        return extract(normalized);
    }

    public Extraction extract(NormalizedText text) {
        List<String> warnings = new ArrayList<>();
        Outline outline = Outline.of(text);
        DocumentInfo document = new MetadataReader(outline, warnings).read();
        List<Indicator> indicators = new IndicatorAssembler(text, warnings).assemble(outline);
        if (indicators.isEmpty()) {
            indicators = new IndicatorTable(warnings).read(outline.all(), text::originalOffset);
        }
        boolean inAnnex = false;
        if (indicators.isEmpty()) {
            Block announcement = annexAnnouncement(outline);
            if (announcement != null) {
                inAnnex = true;
                warnings.add("indicators are in an attached table that the text does not contain: '"
                        + announcement.text() + "'");
            } else {
                warnings.add("no indicators found: the text has no numbered indicators (chỉ tiêu) part");
            }
        }
        if (inAnnex) {
            document = withIndicatorsInAnnex(document);
        }
        List<Task> tasks = outline.tasks().stream().map(Extractor::task).toList();
        List<String> objectives = outline.objectives().stream().map(Block::text).toList();
        return new Extraction(document, objectives, indicators, tasks, warnings);
    }

    private static Block annexAnnouncement(Outline outline) {
        for (Block block : outline.all()) {
            if (block.text().length() > 400 || !mayAnnounceAnnex(block.text())) {
                continue;
            }
            String f = block.folded();
            boolean aboutIndicators = Headings.isIndicatorsHeading(f);
            boolean attached = ATTACHED.matcher(f).find();
            if (aboutIndicators && attached && !f.startsWith("căn cứ")) {
                return block;
            }
        }
        return null;
    }

    /** A cheap look before folding: an announcement names the annex or the attached table. */
    private static boolean mayAnnounceAnnex(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("kèm") || lower.contains("phụ lục") || lower.contains("biểu");
    }

    private static Task task(Block block) {
        String body = block.body();
        int colon = body.indexOf(':');
        String title = colon >= 0 ? body.substring(0, colon) : body;
        int end = title.length();
        while (end > 0 && (Character.isWhitespace(title.charAt(end - 1)) || ".;,".indexOf(title.charAt(end - 1)) >= 0)) {
            end--;
        }
        title = SPACES.matcher(title.substring(0, end).strip()).replaceAll(" ");
        return new Task(block.marker().ref(), title);
    }

    private static DocumentInfo withIndicatorsInAnnex(DocumentInfo d) {
        return new DocumentInfo(d.type(), d.number(), d.issuer(), d.unit(), d.place(), d.signedOn(), d.adoptedOn(),
                d.term(), d.session(), d.title(), d.period(), d.signer(), d.legalBases(), true);
    }

    /** Groups the indicators part into indicators: each item with its bullets, under its group heading. */
    private static final class IndicatorAssembler {
        private final NormalizedText text;
        private final List<String> warnings;

        IndicatorAssembler(NormalizedText text, List<String> warnings) {
            this.text = text;
            this.warnings = warnings;
        }

        List<Indicator> assemble(Outline outline) {
            List<Indicator> indicators = new ArrayList<>();
            String groupHeading = null;
            IndicatorGroup group = IndicatorGroup.OTHER;
            Block item = null;
            List<TargetReader.Line> lines = new ArrayList<>();
            for (Outline.IndicatorBlock ib : outline.indicatorBlocks()) {
                Block block = ib.block();
                Marker marker = block.marker();
                if (ib.groupHeading()) {
                    flush(indicators, item, lines, group, groupHeading);
                    item = null;
                    lines = new ArrayList<>();
                    groupHeading = groupHeadingText(block);
                    group = Headings.groupOf(block.foldedBody());
                } else if (marker.kind() == Marker.Kind.PAREN || marker.isHeading()) {
                    flush(indicators, item, lines, group, groupHeading);
                    item = block;
                    lines = new ArrayList<>();
                    lines.add(new TargetReader.Line(block.body(), block.start() + marker.bodyStart(), false));
                } else if (item != null) {
                    boolean bullet = marker.kind() == Marker.Kind.BULLET;
                    lines.add(new TargetReader.Line(block.body(), block.start() + marker.bodyStart(), bullet));
                }
            }
            flush(indicators, item, lines, group, groupHeading);
            return indicators;
        }

        private void flush(List<Indicator> indicators, Block item, List<TargetReader.Line> lines, IndicatorGroup group,
                String groupHeading) {
            if (item == null) {
                return;
            }
            int no = item.marker().number();
            StringBuilder statement = new StringBuilder();
            for (TargetReader.Line line : lines) {
                if (!statement.isEmpty()) statement.append(' ');
                String original = text.text().substring(line.start(), line.start() + line.text().length());
                statement.append(line.bullet() ? bulletPrefix(line) + original : original);
            }
            List<Target> targets = new TargetReader(no, warnings).read(lines).stream().map(this::toOriginal).toList();
            int end = lines.isEmpty() ? item.paragraph().end() : lines.get(lines.size() - 1).start() + lines.get(lines.size() - 1).text().length();
            indicators.add(new Indicator(no, group, groupHeading, statement.toString().strip(), targets,
                    new Span(text.originalOffset(item.start()), text.originalEnd(end))));
        }

        private String bulletPrefix(TargetReader.Line line) {
            int start = line.start();
            int lineStart = text.text().lastIndexOf('\n', start - 1) + 1;
            return text.text().substring(lineStart, start);
        }

        private Target toOriginal(Target t) {
            Span span = new Span(text.originalOffset(t.span().start()), text.originalEnd(t.span().end()));
            return new Target(t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), t.unit(), t.per(),
                    t.direction(), t.perYear(), t.year(), t.deadline(), t.baseline(), span, t.rules());
        }

        private static String groupHeadingText(Block block) {
            String text = block.marker().kind() == Marker.Kind.BULLET ? block.body() : block.text();
            return HEADING_END.matcher(text.strip()).replaceAll("");
        }
    }
}
