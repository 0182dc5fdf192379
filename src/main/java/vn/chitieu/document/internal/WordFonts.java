package vn.chitieu.document.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The font a DOCX run is displayed in: its own, else its character style's, else its paragraph
 * style's (following "based on"), else the document default. Theme fonts are not followed.
 */
final class WordFonts {

    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFStyles styles;

    WordFonts(XWPFDocument document) {
        this.styles = document.getStyles();
    }

    String of(XWPFRun run, XWPFParagraph paragraph) {
        CTRPr properties = run.getCTR().getRPr();
        String font = font(properties);
        if (font == null && properties != null && properties.sizeOfRStyleArray() > 0) {
            font = styleFont(properties.getRStyleArray(0).getVal());
        }
        if (font == null) {
            font = styleFont(paragraph.getStyleID());
        }
        if (font == null && styles != null && styles.getDefaultRunStyle() != null) {
            font = font(styles.getDefaultRunStyle().getRPr());
        }
        return font;
    }

    private String styleFont(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            String font = font(style.getCTStyle().getRPr());
            if (font != null) {
                return font;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    /** The font for letters beyond ASCII, where Vietnamese letters are, else the ASCII one. */
    private static String font(CTRPr properties) {
        if (properties == null || properties.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = properties.getRFontsArray(0);
        return fonts.getHAnsi() != null ? fonts.getHAnsi() : fonts.getAscii();
    }
}
