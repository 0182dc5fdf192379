package vn.chitieu.reporting.internal;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.reporting.ImplementationReport.Count;
import vn.chitieu.web.Formats;

/**
 * The indicators by status as a horizontal bar chart, a PNG for printed reports: a bar per status
 * with its word and number beside it, so it reads in black and white too. Drawn off screen with
 * Java2D, which needs no display (headless servers).
 */
public final class ChartImage {
    public static final int WIDTH = 1400;
    static final int MARGIN = 60;
    static final int BAR_PITCH = 70;
    private static final int BAR_HEIGHT = 44;
    private static final int LABEL_WIDTH = 380;
    private static final int NUMBER_WIDTH = 140;
    private static final float TEXT_SIZE = 38f;
    private static final Color TEXT = new Color(0x1a1a1a);
    private static final Color AXIS = new Color(0x555555);
    private static final Map<AttainmentStatus, Color> COLOURS = new EnumMap<>(Map.of(
            AttainmentStatus.EXCEEDED, new Color(0x1b5e20),
            AttainmentStatus.MET, new Color(0x43a047),
            AttainmentStatus.NOT_MET, new Color(0xc62828),
            AttainmentStatus.PENDING, new Color(0x6b87a3),
            AttainmentStatus.NO_DATA, new Color(0xcfcfcf),
            AttainmentStatus.NO_BASELINE, new Color(0xdddddd)));

    private ChartImage() {}

    /** The image's height for {@code bars} bars, in pixels. */
    public static int height(int bars) {
        return 2 * MARGIN + BAR_PITCH * bars;
    }

    /** A PNG {@value #WIDTH} pixels wide, {@link #height(int)} high. */
    public static byte[] counts(List<Count> counts, ReportFonts fonts, Locale locale) {
        BufferedImage image = new BufferedImage(WIDTH, height(counts.size()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            draw(g, counts, fonts, locale);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void draw(Graphics2D g, List<Count> counts, ReportFonts fonts, Locale locale) {
        int most = counts.stream().mapToInt(Count::count).max().orElse(0);
        int axis = MARGIN + LABEL_WIDTH;
        int room = WIDTH - axis - NUMBER_WIDTH - MARGIN;
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            int top = MARGIN + i * BAR_PITCH + (BAR_PITCH - BAR_HEIGHT) / 2;
            int length = most == 0 ? 0 : Math.max(count.count() > 0 ? 4 : 0, Math.round((float) room * count.count() / most));
            g.setColor(COLOURS.getOrDefault(count.status(), Color.LIGHT_GRAY));
            g.fillRect(axis, top, length, BAR_HEIGHT);
            g.setColor(TEXT);
            g.setFont(fonts.awt(false, TEXT_SIZE));
            FontMetrics metrics = g.getFontMetrics();
            int baseline = top + (BAR_HEIGHT + metrics.getAscent() - metrics.getDescent()) / 2;
            String word = fitted(count.word(), metrics, LABEL_WIDTH - 24);
            g.drawString(word, axis - 24 - metrics.stringWidth(word), baseline);
            g.setFont(fonts.awt(true, TEXT_SIZE));
            g.drawString(Formats.number(count.count(), locale), axis + length + 16, baseline);
        }
        g.setColor(AXIS);
        g.fillRect(axis - 2, MARGIN - 8, 3, BAR_PITCH * counts.size() + 16);
    }

    /** The word, shortened with an ellipsis when it is wider than {@code width}. */
    private static String fitted(String word, FontMetrics metrics, int width) {
        String text = word == null ? "" : word;
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        while (!text.isEmpty() && metrics.stringWidth(text + "…") > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
