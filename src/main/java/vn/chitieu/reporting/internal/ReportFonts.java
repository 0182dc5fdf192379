package vn.chitieu.reporting.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chitieu.reporting.ReportFontsMissing;

/**
 * The TrueType faces reports are written in. Nghị định 30/2020/NĐ-CP asks for Times New Roman;
 * Liberation Serif has its metrics (Debian's fonts-liberation2, or the older fonts-liberation),
 * DejaVu Serif (fonts-dejavu-core) is the fallback. A folder named by {@value #ENVIRONMENT}
 * replaces the system folders. A family is taken only when its regular face has the Vietnamese
 * letters.
 */
public final class ReportFonts {
    public static final String ENVIRONMENT = "CHITIEU_REPORT_FONTS";
    /** Letters a font without full Vietnamese support lacks: stacked diacritics, horned vowels, Đ. */
    static final String VIETNAMESE = "Đđ Ệệ Ữữ Ựự Ờờ Ặặ Ẫẫ Ỹỹ";
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/liberation2"),
            Path.of("/usr/share/fonts/truetype/liberation"), Path.of("/usr/share/fonts/truetype/dejavu"));
    /** File names of a family's four faces: regular, bold, italic, bold italic; a missing one falls back. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                    "LiberationSerif-BoldItalic.ttf"),
            List.of("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"));
    private static volatile ReportFonts system;

    private final String family;
    private final Path regular;
    private final Path bold;
    private final Path italic;
    private final Path boldItalic;
    private final Font awtRegular;
    private final Font awtBold;

    private ReportFonts(String family, List<Path> faces, Font awtRegular) throws IOException, FontFormatException {
        this.family = family;
        this.regular = faces.get(0);
        this.bold = faces.get(1);
        this.italic = faces.get(2);
        this.boldItalic = faces.get(3);
        this.awtRegular = awtRegular;
        this.awtBold = bold.equals(regular) ? awtRegular.deriveFont(Font.BOLD) : Font.createFont(Font.TRUETYPE_FONT, bold.toFile());
    }

    /** The fonts of this machine: the folder in {@value #ENVIRONMENT} when set, else the system's; found once. */
    public static ReportFonts system() {
        ReportFonts found = system;
        if (found == null) {
            found = find(System.getenv(ENVIRONMENT));
            system = found;
        }
        return found;
    }

    /** The fonts in {@code folder} when it is given (not blank), else in the system's font folders. */
    public static ReportFonts find(String folder) {
        return folder == null || folder.isBlank() ? in(SYSTEM_FOLDERS) : in(List.of(Path.of(folder.strip())));
    }

    static ReportFonts in(List<Path> folders) {
        for (Path folder : folders) {
            for (List<String> names : FAMILIES) {
                ReportFonts fonts = family(folder, names);
                if (fonts != null) {
                    return fonts;
                }
            }
        }
        throw new ReportFontsMissing("No serif font with Vietnamese letters for reports in "
                + folders.stream().map(Path::toString).collect(Collectors.joining(", "))
                + ": install Debian's fonts-liberation2 or set " + ENVIRONMENT
                + " to a folder with LiberationSerif-Regular.ttf (and its Bold, Italic and BoldItalic faces)");
    }

    private static ReportFonts family(Path folder, List<String> names) {
        Path regular = folder.resolve(names.get(0));
        if (!Files.isRegularFile(regular)) {
            return null;
        }
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, regular.toFile());
            if (font.canDisplayUpTo(VIETNAMESE) != -1) {
                return null;
            }
            List<Path> faces = new ArrayList<>();
            for (String name : names) {
                Path face = folder.resolve(name);
                // a face the folder lacks (older fonts-dejavu-core has no italics): the upright one stands in
                faces.add(Files.isRegularFile(face) ? face : faces.get(faces.size() == 3 ? 1 : 0));
            }
            return new ReportFonts(font.getFamily(Locale.ROOT), faces, font);
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    /** The family's name, e.g. "Liberation Serif". */
    public String family() {
        return family;
    }

    public Path regular() {
        return regular;
    }

    public Path bold() {
        return bold;
    }

    public Path italic() {
        return italic;
    }

    public Path boldItalic() {
        return boldItalic;
    }

    /** The regular or bold face at {@code size} points, for drawing with Java2D. */
    public Font awt(boolean strong, float size) {
        return (strong ? awtBold : awtRegular).deriveFont(size);
    }
}
