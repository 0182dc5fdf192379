package vn.chitieu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.reporting.ReportFontsMissing;

class ReportFontsTests {

    @Test
    void aFolderWithoutFontsIsRefusedWithWhatToDo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("LiberationSerif-Regular.ttf"), "not a font");
        assertThatThrownBy(() -> ReportFonts.find(folder.toString()))
                .isInstanceOf(ReportFontsMissing.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("fonts-liberation2")
                .hasMessageContaining("CHITIEU_REPORT_FONTS")
                .hasMessageContaining("LiberationSerif-Regular.ttf");
    }

    @Test
    void theSystemsLiberationSerifIsFound() {
        ReportFonts fonts = ReportFonts.find(null);
        assertThat(fonts.family()).isEqualTo("Liberation Serif");
        assertThat(fonts.regular()).hasFileName("LiberationSerif-Regular.ttf").exists();
        assertThat(fonts.bold()).hasFileName("LiberationSerif-Bold.ttf");
        assertThat(fonts.italic()).hasFileName("LiberationSerif-Italic.ttf");
        assertThat(fonts.boldItalic()).hasFileName("LiberationSerif-BoldItalic.ttf");
        assertThat(fonts.awt(true, 12f).canDisplayUpTo(ReportFonts.VIETNAMESE)).isEqualTo(-1);
    }

    @Test
    void aFolderOfDejaVuServesWhenLiberationIsMissing(@TempDir Path folder) throws IOException {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu");
        Files.copy(dejavu.resolve("DejaVuSerif.ttf"), folder.resolve("DejaVuSerif.ttf"));
        Files.copy(dejavu.resolve("DejaVuSerif-Bold.ttf"), folder.resolve("DejaVuSerif-Bold.ttf"));
        ReportFonts fonts = ReportFonts.find(folder.toString());
        assertThat(fonts.family()).isEqualTo("DejaVu Serif");
        assertThat(fonts.italic()).isEqualTo(fonts.regular());
        assertThat(fonts.boldItalic()).isEqualTo(fonts.bold());
    }
}
