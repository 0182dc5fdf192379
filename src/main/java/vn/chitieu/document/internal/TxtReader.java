package vn.chitieu.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/**
 * Reads plain text in UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark.
 * Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) are refused rather than guessed, because a
 * wrong guess turns every number's context into mojibake; line endings become {@code \n}, nothing
 * else changes.
 */
public final class TxtReader implements DocumentReader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @Override
    public boolean accepts(DocumentSource source) {
        return FileSignature.detect(source).filter(DocumentFormat.TXT::equals).isPresent();
    }

    @Override
    public DocumentText read(DocumentSource source) throws DocumentException {
        byte[] bytes = source.bytes();
        String text;
        if (FileSignature.startsWith(bytes, UTF16LE_BOM)) {
            text = decodeUtf16(source, StandardCharsets.UTF_16LE);
        } else if (FileSignature.startsWith(bytes, UTF16BE_BOM)) {
            text = decodeUtf16(source, StandardCharsets.UTF_16BE);
        } else {
            int start = FileSignature.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
            if (looksBinary(bytes, start)) {
                throw Refusals.notText(source.fileName());
            }
            text = decodeUtf8(source, start);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new DocumentText(text, DocumentFormat.TXT);
    }

    static boolean hasByteOrderMark(byte[] bytes) {
        return FileSignature.startsWith(bytes, UTF8_BOM)
                || FileSignature.startsWith(bytes, UTF16LE_BOM)
                || FileSignature.startsWith(bytes, UTF16BE_BOM);
    }

    private static String decodeUtf8(DocumentSource source, int start) throws DocumentException {
        // The JDK's own decoder is fast but replaces bad bytes with U+FFFD; only when one shows up is
        // the strict decoder asked, to refuse the file and name the line.
        String lenient = new String(source.bytes(), start, source.bytes().length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        ByteBuffer input = ByteBuffer.wrap(source.bytes(), start, source.bytes().length - start);
        try {
            return strictDecoder(StandardCharsets.UTF_8).decode(input).toString();
        } catch (CharacterCodingException e) {
            throw Refusals.notUtf8(source.fileName(), lineOf(source.bytes(), input.position()));
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String decodeUtf16(DocumentSource source, Charset charset) throws DocumentException {
        byte[] bytes = source.bytes();
        String text;
        try {
            text = strictDecoder(charset).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw Refusals.notText(source.fileName());
        }
        if (looksBinary(text)) {
            throw Refusals.notText(source.fileName());
        }
        return text;
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A NUL anywhere, or more than a few control characters other than tab, line breaks and form feed,
     * means the bytes are not a text document. A handful are tolerated: text copied out of Word keeps
     * the odd vertical tab.
     */
    static boolean looksBinary(byte[] bytes, int start) {
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls > Math.max(8, (bytes.length - start) / 200);
    }

    static boolean looksBinary(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls > Math.max(8, text.length() / 200);
    }
}
