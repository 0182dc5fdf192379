package vn.chitieu.plan.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;
import vn.chitieu.plan.Resolution;

/**
 * The pages of an original PDF as pictures, so a reviewer on a phone can compare with the original
 * without opening the PDF. Rendered at 100 dpi on first request and kept in memory (the most
 * recently used few), by the file's SHA-256, since the same file never changes.
 */
@Component
class PdfPages {
    private static final int DPI = 100;
    private static final int KEPT = 48;

    private final Map<String, byte[]> pictures = recentlyUsed(KEPT);
    private final Map<String, Integer> counts = recentlyUsed(KEPT * 4);

    /** A map that forgets its least recently used entry beyond {@code limit}; callers synchronise on it. */
    private static <V> Map<String, V> recentlyUsed(int limit) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > limit;
            }
        };
    }

    boolean isPdf(Resolution resolution) {
        return resolution.source() != null && "application/pdf".equals(resolution.source().mediaType());
    }

    /** How many pages the PDF has; 0 when it cannot be opened. */
    int count(Resolution resolution, Supplier<byte[]> bytes) {
        String key = resolution.source().sha256();
        synchronized (counts) {
            Integer known = counts.get(key);
            if (known != null) {
                return known;
            }
        }
        int count;
        try (PDDocument document = Loader.loadPDF(bytes.get())) {
            count = document.getNumberOfPages();
        } catch (IOException e) {
            count = 0;
        }
        synchronized (counts) {
            counts.put(key, count);
        }
        return count;
    }

    /** Page {@code n} (from 1) as a PNG, or empty when the PDF has no such page. */
    Optional<byte[]> png(Resolution resolution, int n, Supplier<byte[]> bytes) {
        String key = resolution.source().sha256() + "/" + n;
        synchronized (pictures) {
            byte[] known = pictures.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        byte[] png;
        try (PDDocument document = Loader.loadPDF(bytes.get())) {
            if (n < 1 || n > document.getNumberOfPages()) {
                return Optional.empty();
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(n - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "png", out);
            png = out.toByteArray();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        synchronized (pictures) {
            pictures.put(key, png);
        }
        return Optional.of(png);
    }
}
