package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that must be refused with one plain line, quickly and without exhausting memory. */
class BadInputTests {

    private static final String TEXT = "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026.\n";

    @TempDir
    Path directory;

    @Test
    void refusesAnEmptyFile() {
        assertThat(Refused.messageFor("Nghị quyết.docx", new byte[0])).contains("trống");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nghị quyết.txt", "Nghị quyết.docx", "Nghị quyết.doc", "Nghị quyết.pdf",
            "Nghị quyết.xlsx", "Nghị quyết.png", "Nghị quyết.bin"})
    void refusesBinaryGarbageWhateverItsName(String fileName) {
        byte[] garbage = new byte[64 * 1024];
        new Random(fileName.hashCode()).nextBytes(garbage);

        assertThat(Refused.messageFor(fileName, garbage)).isNotBlank();
    }

    @Test
    void refusesAFiftyMegabyteTextByItsSize() throws IOException {
        Path file = directory.resolve("Nghị quyết.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] line = TEXT.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        DocumentException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Documents.read(file), DocumentException.class);

        assertThat(refusal.getMessage()).contains("50,0 MB", "20 MB");
        Refused.assertOnePlainLine(refusal.getMessage(), "Nghị quyết.txt");
    }

    @Test
    void refusesADocxCutInHalf() {
        byte[] docx = TestDocuments.docx(TEXT.repeat(200));

        assertThat(Refused.messageFor("Nghị quyết.docx", Arrays.copyOf(docx, docx.length / 2)))
                .contains("bị hỏng hoặc không đầy đủ", "DOCX");
    }

    @Test
    void refusesAnXlsxCutInHalf() {
        byte[] xlsx = TestWorkbooks.oneCell(TEXT.repeat(100));

        assertThat(Refused.messageFor("Biểu.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2)))
                .contains("bị hỏng hoặc không đầy đủ");
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = TestDocuments.pdf(TEXT.repeat(60));

        assertThat(Refused.messageFor("Nghị quyết.pdf", Arrays.copyOf(pdf, pdf.length / 2)))
                .contains("bị hỏng hoặc không đầy đủ", "PDF");
    }

    @Test
    void refusesADocxZipBomb() throws IOException {
        byte[] bomb = inflate(TestDocuments.docx(TEXT), "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>",
                "</w:t></w:r></w:p></w:body></w:document>");

        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThat(Refused.messageFor("Nghị quyết.docx", bomb)).contains("nén bất thường");
    }

    @Test
    void refusesAnXlsxZipBomb() throws IOException {
        byte[] bomb = inflate(TestWorkbooks.oneCell("Chỉ tiêu"), "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>",
                "</t></is></c></row></sheetData></worksheet>");

        assertThat(Refused.messageFor("Biểu.xlsx", bomb)).contains("nén bất thường");
    }

    @Test
    void refusesAPasswordProtectedDocx() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("mat-khau");
        try (OutputStream out = encryptor.getDataStream(container)) {
            out.write(TestDocuments.docx(TEXT));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        container.writeFilesystem(bytes);
        container.close();

        assertThat(Refused.messageFor("Nghị quyết.docx", bytes.toByteArray())).contains("mật khẩu");
    }

    @Test
    void refusesAnOldExcelWorkbookAskingForXlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue("Chỉ tiêu");
            workbook.write(bytes);
        }

        assertThat(Refused.messageFor("Biểu.xls", bytes.toByteArray())).contains("XLS", "XLSX");
    }

    @Test
    void refusesAPictureClaimingBillionsOfPixels() {
        assertThat(Refused.messageFor("Trang 1.png", pngHeader(60_000, 60_000))).contains("quá lớn");
    }

    /** The package with one entry replaced by {@code head}, 200 MB of one letter, then {@code tail}. */
    static byte[] inflate(byte[] pkg, String entryName, String head, String tail) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(head.getBytes(StandardCharsets.UTF_8));
                    byte[] letters = new byte[1024 * 1024];
                    Arrays.fill(letters, (byte) 'A');
                    for (int megabyte = 0; megabyte < 200; megabyte++) {
                        out.write(letters);
                    }
                    out.write(tail.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(8 + 25 + 12);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] chunk = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0)
                .array();
        CRC32 crc = new CRC32();
        crc.update(chunk);
        header.putInt(13).put(chunk).putInt((int) crc.getValue());
        header.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return header.array();
    }
}
