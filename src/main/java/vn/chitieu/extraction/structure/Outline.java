package vn.chitieu.extraction.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.NormalizedText;
import vn.chitieu.document.NormalizedText.Paragraph;

/**
 * The parts of a resolution: header, legal bases, the general objective, the indicators part, the
 * tasks-and-solutions part, the closing (later articles, signature) and annexes. Numbered items
 * "(1)" under a tasks heading stay in the tasks part: only the indicators part yields indicators.
 */
public final class Outline {
    private static final Pattern ANNEX = Pattern.compile("^(?:phụ lục|biểu(?: số| chi tiết| chỉ tiêu)?)(?![\\p{L}])");
    private static final Pattern INLINE_ITEM = Pattern.compile("(?<=[:;.]\\s{0,3})\\((\\d{1,3})\\)\\s");
    private static final Pattern DECIDES = Pattern.compile("^quyết nghị\\s*:?");
    private static final Pattern PREAMBLE = Pattern.compile("^(?:xét|sau khi xem xét|theo đề nghị)(?![\\p{L}])");

    public enum Part {
        HEADER,
        PREAMBLE,
        BODY,
        OBJECTIVES,
        INDICATORS,
        TASKS,
        CLOSING,
        ANNEX
    }

    /** A heading or item of the indicators part, in document order. */
    public record IndicatorBlock(Block block, boolean groupHeading) {}

    private final List<Block> header = new ArrayList<>();
    private final List<Block> legalBases = new ArrayList<>();
    private final List<Block> objectives = new ArrayList<>();
    private final List<IndicatorBlock> indicatorBlocks = new ArrayList<>();
    private final List<Block> tasks = new ArrayList<>();
    private final List<Block> closing = new ArrayList<>();
    private final List<Block> annex = new ArrayList<>();
    private final List<Block> all = new ArrayList<>();
    private Block firstArticle;
    private Block indicatorsHeading;

    private Outline() {}

    public static Outline of(NormalizedText text) {
        Outline outline = new Outline();
        Part part = Part.HEADER;
        boolean annexTasks = false;
        for (Paragraph paragraph : splitInlineItems(text.paragraphs())) {
            Block block = new Block(paragraph, Marker.of(paragraph.text()));
            outline.all.add(block);
            part = outline.place(block, part, annexTasks);
            if (part == Part.ANNEX && !block.marker().isHeading() && Headings.isTasksHeading(block.foldedStart())) {
                annexTasks = true;
            }
        }
        return outline;
    }

    /**
     * "a) Các chỉ tiêu kinh tế: (1) …; (2) …": items numbered inside one paragraph after a colon become
     * paragraphs of their own, so they are read like items on lines of their own.
     */
    static List<Paragraph> splitInlineItems(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            List<Integer> starts = inlineItemStarts(p.text());
            if (starts.isEmpty()) {
                out.add(p);
                continue;
            }
            addPiece(out, p, 0, starts.get(0));
            for (int i = 0; i < starts.size(); i++) {
                addPiece(out, p, starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : p.text().length());
            }
        }
        return out;
    }

    private static List<Integer> inlineItemStarts(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || !hasNumberInParentheses(text, colon)) {
            return List.of();
        }
        Matcher m = INLINE_ITEM.matcher(text);
        List<Integer> starts = new ArrayList<>();
        int expected = -1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (starts.isEmpty()) {
                if (!text.substring(0, m.start()).strip().endsWith(":")) {
                    continue;
                }
            } else if (n != expected) {
                continue;
            }
            starts.add(m.start());
            expected = n + 1;
        }
        return starts.size() >= 2 ? starts : List.of();
    }

    private static boolean hasNumberInParentheses(String text, int from) {
        for (int open = text.indexOf('(', from); open >= 0 && open + 1 < text.length(); open = text.indexOf('(', open + 1)) {
            if (Character.isDigit(text.charAt(open + 1))) {
                return true;
            }
        }
        return false;
    }

    private static void addPiece(List<Paragraph> out, Paragraph p, int from, int to) {
        String piece = p.text().substring(from, to);
        int lead = piece.length() - piece.stripLeading().length();
        String text = piece.strip();
        if (!text.isEmpty()) {
            out.add(new Paragraph(text, p.start() + from + lead, p.page()));
        }
    }

    private Part place(Block block, Part part, boolean annexTasks) {
        String f = block.foldedStart();
        Marker marker = block.marker();
        if (part != Part.ANNEX && ANNEX.matcher(f).lookingAt() && part.compareTo(Part.BODY) >= 0) {
            annex.add(block);
            return Part.ANNEX;
        }
        if (part == Part.ANNEX) {
            annex.add(block);
            if (annexTasks && marker.isHeading()) {
                tasks.add(block);
            }
            return part;
        }
        if (f.startsWith("căn cứ")) {
            legalBases.add(block);
            return Part.PREAMBLE;
        }
        if (part.compareTo(Part.PREAMBLE) <= 0 && (PREAMBLE.matcher(f).lookingAt())) {
            return Part.PREAMBLE;
        }
        if (part.compareTo(Part.BODY) < 0 && DECIDES.matcher(f).lookingAt()) {
            return Part.BODY;
        }
        if (marker.kind() == Marker.Kind.ARTICLE) {
            if (marker.number() <= 1 && part.compareTo(Part.BODY) <= 0) {
                firstArticle = block;
                return Part.BODY;
            }
            closing.add(block);
            return Part.CLOSING;
        }
        if (part == Part.HEADER) {
            header.add(block);
            return part;
        }
        if (part == Part.PREAMBLE || part == Part.CLOSING) {
            (part == Part.CLOSING ? closing : header).add(block);
            return part;
        }
        return placeInBody(block, part);
    }

    private Part placeInBody(Block block, Part part) {
        Marker marker = block.marker();
        if (marker.kind() == Marker.Kind.NONE || (part == Part.TASKS && !marker.isHeading())) {
            if (part == Part.OBJECTIVES) {
                objectives.add(block);
            } else if (part == Part.INDICATORS) {
                indicatorBlocks.add(new IndicatorBlock(block, false));
            }
            return part;
        }
        if (part == Part.TASKS) {
            if (marker.isHeading()) {
                tasks.add(block);
            }
            return part;
        }
        String body = block.foldedBody();
        boolean heading = marker.isHeading() || (marker.kind() == Marker.Kind.BULLET && Headings.isGroupHeading(body));
        if (heading) {
            boolean tasksHeading = Headings.isTasksHeading(body);
            boolean objectiveHeading = Headings.isObjectivesHeading(body);
            boolean indicatorsHeadingText = Headings.isIndicatorsHeading(body);
            if (tasksHeading && !objectiveHeading && !indicatorsHeadingText && marker.isHeading()) {
                tasks.add(block);
                return Part.TASKS;
            }
            if (part == Part.INDICATORS) {
                if (Headings.isGroupHeading(body)) {
                    indicatorBlocks.add(new IndicatorBlock(block, true));
                } else if (indicatorsHeadingText && objectiveHeading) {
                    return Part.BODY;
                } else {
                    indicatorBlocks.add(new IndicatorBlock(block, false));
                }
                return part;
            }
            if (objectiveHeading && indicatorsHeadingText) {
                return Part.BODY;
            }
            if (indicatorsHeadingText) {
                indicatorsHeading = block;
                return Part.INDICATORS;
            }
            if (objectiveHeading) {
                return Part.OBJECTIVES;
            }
            return part;
        }
        if (part == Part.OBJECTIVES) {
            objectives.add(block);
        } else if (part == Part.INDICATORS) {
            indicatorBlocks.add(new IndicatorBlock(block, false));
        }
        return part;
    }

    public List<Block> header() {
        return header;
    }

    public List<Block> legalBases() {
        return legalBases;
    }

    public List<Block> objectives() {
        return objectives;
    }

    public List<IndicatorBlock> indicatorBlocks() {
        return indicatorBlocks;
    }

    public List<Block> tasks() {
        return tasks;
    }

    public List<Block> closing() {
        return closing;
    }

    public List<Block> annex() {
        return annex;
    }

    public List<Block> all() {
        return all;
    }

    public Block firstArticle() {
        return firstArticle;
    }

    public Block indicatorsHeading() {
        return indicatorsHeading;
    }
}
