package vn.chitieu.document.internal;

import java.util.Locale;
import vn.chitieu.document.DocumentException;

/**
 * Spots text typed in the pre-Unicode Vietnamese fonts (TCVN3 such as ".VnTime", VNI such as
 * "VNI-Times"). Their letters are stored as Latin-1 characters that only look Vietnamese in those
 * fonts, so the text reads as garbage ("NghÞ quyÕt"); such a file is refused with how to convert it.
 * Decree 30/2020/NĐ-CP requires Unicode (TCVN 6909:2001) in administrative documents, but old
 * templates still circulate.
 */
final class LegacyFonts {

    /** Above this share of letters in such fonts the text is not worth reading. */
    private static final double MAX_SHARE = 0.2;

    private long letters;
    private long legacyLetters;
    private String example;

    void count(String text, String font) {
        long count = text.codePoints().filter(Character::isLetter).count();
        letters += count;
        if (isLegacy(font)) {
            legacyLetters += count;
            if (example == null && count > 0) {
                example = font;
            }
        }
    }

    void refuseIfMostlyLegacy(String fileName) throws DocumentException {
        if (letters > 0 && legacyLetters > MAX_SHARE * letters) {
            throw Refusals.legacyFont(fileName, example);
        }
    }

    static boolean isLegacy(String font) {
        if (font == null) {
            return false;
        }
        String name = font.strip().toLowerCase(Locale.ROOT);
        return name.startsWith(".vn") || name.startsWith("vni-") || name.startsWith("vni ");
    }
}
