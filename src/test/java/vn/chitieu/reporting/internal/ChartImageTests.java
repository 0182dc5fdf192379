package vn.chitieu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.reporting.ImplementationReport.Count;

class ChartImageTests {
    private static final List<Count> COUNTS = List.of(new Count(AttainmentStatus.EXCEEDED, "Vượt", 2),
            new Count(AttainmentStatus.MET, "Đạt", 1250), new Count(AttainmentStatus.NOT_MET, "Không đạt", 1),
            new Count(AttainmentStatus.NO_DATA, "Chưa có số liệu", 0));

    @Test
    void theChartIsAPngWithARowPerStatus() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImage.counts(COUNTS, ReportFonts.system(), java.util.Locale.forLanguageTag("vi"))));
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(120 + 70 * COUNTS.size());
    }

    @Test
    void theBarsAreDrawnInTheirStatusColours() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImage.counts(COUNTS, ReportFonts.system(), java.util.Locale.forLanguageTag("vi"))));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).contains(0xFFFFFF, 0x1b5e20, 0x43a047, 0xc62828);
    }

    @Test
    void noCountsGiveAnEmptyChart() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImage.counts(List.of(), ReportFonts.system(), java.util.Locale.forLanguageTag("vi"))));
        assertThat(image.getHeight()).isEqualTo(120);
    }
}
