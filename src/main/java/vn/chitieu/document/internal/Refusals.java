package vn.chitieu.document.internal;

import java.util.Locale;
import vn.chitieu.document.DocumentException;

/**
 * The one-line messages a commune official sees when a file cannot be read: what is wrong with which
 * file and what to do next. Kept in one place so the wording stays consistent and can move to a
 * message bundle later.
 */
public final class Refusals {

    /** The formats named to the user when a file is not one of them. */
    public static final String ACCEPTED_FORMATS = "TXT, DOCX, DOC, PDF, PNG, JPEG, TIFF, XLSX";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final long MB = 1024L * 1024L;

    private Refusals() {}

    public static DocumentException tooLarge(String fileName, long bytes, long limitBytes) {
        return new DocumentException(String.format(VIETNAMESE,
                "Tệp %s nặng %.1f MB; giới hạn là %d MB: hãy giảm dung lượng (nén ảnh, bỏ bớt trang không cần)"
                        + " hoặc tách thành nhiều tệp rồi tải lên lại.",
                quoted(fileName), bytes / (double) MB, limitBytes / MB));
    }

    public static DocumentException empty(String fileName) {
        return new DocumentException("Tệp " + quoted(fileName)
                + " trống (0 byte): hãy kiểm tra lại và tải lên tệp có nội dung.");
    }

    public static DocumentException noText(String fileName) {
        return new DocumentException("Không tìm thấy chữ nào trong tệp " + quoted(fileName)
                + ": hãy kiểm tra đúng tệp Nghị quyết rồi tải lên lại.");
    }

    public static DocumentException missing(String fileName) {
        return new DocumentException("Không tìm thấy tệp " + quoted(fileName) + ": hãy chọn lại tệp rồi tải lên.");
    }

    public static DocumentException unreadable(String fileName, Throwable cause) {
        return new DocumentException("Không mở được tệp " + quoted(fileName)
                + ": hãy kiểm tra quyền truy cập hoặc chép tệp sang máy rồi tải lên lại.", cause);
    }

    public static DocumentException temporaryStorage(String fileName, Throwable cause) {
        return new DocumentException("Máy chủ không ghi được tệp tạm khi đọc tệp " + quoted(fileName)
                + ": hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.", cause);
    }

    public static DocumentException unknownFormat(String fileName) {
        return new DocumentException("Không nhận ra định dạng của tệp " + quoted(fileName)
                + ": hệ thống đọc được " + ACCEPTED_FORMATS
                + "; hãy lưu văn bản sang một trong các định dạng đó rồi tải lên lại.");
    }

    public static DocumentException unsupported(String fileName, String kind, String saveAs) {
        return new DocumentException("Tệp " + quoted(fileName) + " là " + kind
                + ", hệ thống chưa đọc được: hãy mở tệp và lưu lại dưới dạng " + saveAs + " rồi tải lên lại.");
    }

    public static DocumentException notUtf8(String fileName, int line) {
        return new DocumentException("Tệp " + quoted(fileName) + " không phải văn bản UTF-8: có ký tự lạ ở dòng "
                + line + " (có thể tệp dùng bảng mã cũ như TCVN3, VNI hoặc Windows-1258);"
                + " hãy lưu lại dưới dạng UTF-8 (Unicode) rồi tải lên lại.");
    }

    public static DocumentException notText(String fileName) {
        return new DocumentException("Tệp " + quoted(fileName) + " không phải là tài liệu văn bản (có ký tự nhị phân):"
                + " hãy tải lên đúng tệp Nghị quyết (" + ACCEPTED_FORMATS + ").");
    }

    public static DocumentException damaged(String fileName, String format, Throwable cause) {
        return new DocumentException("Tệp " + quoted(fileName) + " bị hỏng hoặc không đầy đủ: không mở được như một tệp "
                + format + "; hãy xuất (lưu) lại từ bản gốc rồi tải lên lại.", cause);
    }

    public static DocumentException legacyFont(String fileName, String font) {
        return new DocumentException("Tệp " + quoted(fileName) + " được gõ bằng phông chữ cũ " + font
                + " (TCVN3/VNI), không phải Unicode: hãy chuyển mã sang Unicode (ví dụ Unikey, Công cụ chuyển mã)"
                + " rồi tải lên lại.");
    }

    public static DocumentException suspiciousCompression(String fileName, Throwable cause) {
        return new DocumentException("Tệp " + quoted(fileName)
                + " có nội dung nén bất thường, quá lớn khi giải nén (có thể là tệp độc hại):"
                + " hãy mở bằng Word hoặc Excel, lưu lại rồi tải lên lại.", cause);
    }

    public static DocumentException passwordProtected(String fileName, Throwable cause) {
        return new DocumentException("Tệp " + quoted(fileName)
                + " được đặt mật khẩu: hãy gỡ mật khẩu (in ra PDF) rồi tải lên lại.", cause);
    }

    public static DocumentException tooManyPages(String fileName, long pages, int limit) {
        return new DocumentException(String.format(VIETNAMESE,
                "Tệp %s có %,d trang; giới hạn là %d trang: hãy chỉ tải lên Nghị quyết và phụ lục kèm theo.",
                quoted(fileName), pages, limit));
    }

    public static DocumentException pictureTooLarge(String fileName, long pixels) {
        return new DocumentException(String.format(VIETNAMESE,
                "Ảnh %s có %,d triệu điểm ảnh, quá lớn để nhận dạng chữ: hãy quét lại ở độ phân giải 300 dpi rồi tải lên lại.",
                quoted(fileName), pixels / 1_000_000));
    }

    public static DocumentException ocrMissing(String fileName, String what) {
        return new DocumentException("Không đọc được bản quét " + quoted(fileName) + ": máy chủ chưa có " + what
                + "; quản trị viên cần chạy: apt-get install tesseract-ocr tesseract-ocr-vie");
    }

    public static DocumentException ocrTimedOut(String fileName, int page, long seconds) {
        return new DocumentException("Nhận dạng chữ trang " + page + " của tệp " + quoted(fileName) + " quá " + seconds
                + " giây: hãy quét lại rõ hơn hoặc tải lên bản Word/PDF có sẵn chữ.");
    }

    public static DocumentException ocrFailed(String fileName, int page, Throwable cause) {
        return new DocumentException("Không nhận dạng được chữ ở trang " + page + " của tệp " + quoted(fileName)
                + ": hãy quét lại rõ hơn hoặc tải lên bản Word/PDF có sẵn chữ.", cause);
    }

    private static String quoted(String fileName) {
        return "“" + fileName.replaceAll("[\\r\\n\\t]+", " ") + "”";
    }
}
