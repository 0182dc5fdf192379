package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chitieu.extraction.Extractor;
import vn.chitieu.history.AuditEvent;

/** The extractor's English warnings, shown in the reader's language; anything else as it is. */
class WarningWordingTests {
    private static final Path EXTRACTION = Path.of("src/main/java/vn/chitieu/extraction");
    private static final Pattern WARNING_ADDED = Pattern.compile("\\bwarnings\\s*\\.\\s*add\\s*\\(");

    /** Small texts that, read by the extractor, give every warning it writes. */
    private static final List<String> TEXTS = List.of(
            """
            HỘI ĐỒNG NHÂN DÂN
            XÃ MƯỜNG PHĂNG
            Số: /NQ-HĐND
            Mường Phăng, ngày 22 tháng 12 năm 2025
            NGHỊ QUYẾT
            Về Kế hoạch phát triển kinh tế - xã hội năm 2026
            Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.
            2. Các chỉ tiêu chủ yếu
            (1) Tỷ lệ che phủ rừng đạt 40,64.
            (2) Thu nhập bình quân đầu người đạt 60 triệu đồng.
            """,
            """
            Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.
            2. Các chỉ tiêu chủ yếu năm 2026 (Có Biểu chi tiết kèm theo).
            Điều 2. Tổ chức thực hiện
            Nghị quyết này đã được HĐND xã khóa XXI, kỳ họp lần thứ hai thông qua ngày 24 tháng 12 năm 2025.
            """,
            """
            Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.
            2. Các chỉ tiêu chủ yếu năm 2026 (Có Biểu chi tiết kèm theo).
            Điều 2. Tổ chức thực hiện
            PHỤ LỤC
            (Kèm theo Nghị quyết số 32/NQ-HĐND ngày 19/12/2025 của HĐND xã Bắc Yên)
            | STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |
            | 1 | Tỷ lệ che phủ rừng | | 63 |
            | 2 | Xã đạt chuẩn nông thôn mới | Xã | Đạt |
            """,
            "Điều 1. Thông qua\n");

    private final WarningWording vietnamese = new WarningWording(TargetWordingTests.messages(), Locale.forLanguageTag("vi"));
    private final WarningWording english = new WarningWording(TargetWordingTests.messages(), Locale.ENGLISH);

    @Test
    void knowsEveryWarningTheExtractorWrites() {
        List<String> warnings = extractorWarnings();
        Set<String> named = new TreeSet<>();

        assertThat(warnings).allSatisfy(w -> assertThat(WarningWording.recognise(w)).as(w).isPresent());
        warnings.forEach(w -> named.add(WarningWording.recognise(w).orElseThrow().name()));
        assertThat(named).as("each known warning, as the extractor writes it today")
                .containsExactlyInAnyOrderElementsOf(WarningWording.KNOWN.stream().map(WarningWording.Known::name).toList());
    }

    @Test
    void showsEachInVietnameseKeepingTheDocumentsWords() {
        for (String warning : extractorWarnings()) {
            String shown = vietnamese.show(warning);
            assertThat(shown).as(warning).isNotEqualTo(warning).doesNotContain("review.warning");
            Matcher parts = WarningWording.recognise(warning).orElseThrow().pattern().matcher(warning);
            assertThat(parts.matches()).isTrue();
            for (int i = 1; i <= parts.groupCount(); i++) {
                assertThat(shown).as(warning).contains(parts.group(i));
            }
        }
    }

    @Test
    void showsEachInEnglishAsTheExtractorWroteIt() {
        assertThat(extractorWarnings()).allSatisfy(w -> assertThat(english.show(w)).isEqualTo(w));
    }

    @Test
    void readsTheWarningsOfARealDocument() {
        assertThat(vietnamese.show(extractorWarnings(TEXTS.get(0)))).containsExactly("Số văn bản để trống: “Số: /NQ-HĐND”.",
                "Giá trị không có đơn vị tính: “Tỷ lệ che phủ rừng đạt 40,64” (chỉ tiêu 1).");
        assertThat(vietnamese.show(extractorWarnings(TEXTS.get(2)))).contains(
                "Phần đầu văn bản không ghi số; số “32/NQ-HĐND” được lấy từ phụ lục: "
                        + "“(Kèm theo Nghị quyết số 32/NQ-HĐND ngày 19/12/2025 của HĐND xã Bắc Yên)”.",
                "Giá trị không có đơn vị tính: chỉ tiêu 1 “Tỷ lệ che phủ rừng”, giá trị 63.",
                "Chỉ tiêu 2 không ghi số ở cột kế hoạch (“Đạt”): được hiểu là mục tiêu cần hoàn thành.");
    }

    @Test
    void keepsApostrophesAndBracesFromTheDocumentAsWritten() {
        String warning = "the commune is not named: the text says only 'HĐND xã {0} l'an <b>'";

        assertThat(vietnamese.show(warning)).isEqualTo("Văn bản không nêu tên đơn vị, chỉ ghi “HĐND xã {0} l'an <b>”.");
        assertThat(english.show(warning)).isEqualTo(warning);
    }

    @Test
    void showsAnyOtherSentenceAsItIs() {
        List<String> others = List.of("Trang 2 là ảnh quét và chưa đọc được.", "document number is blank",
                "document number is blank: 'Số:' and something more", "Số văn bản do cán bộ ghi lại.", "");

        assertThat(vietnamese.show(others)).isEqualTo(others);
        assertThat(vietnamese.show((String) null)).isNull();
    }

    @Test
    void showsTheWarningsInAResolutionsHistoryInTheReadersLanguage() {
        AuditEvent edited = new AuditEvent(1, "resolution", 1, 1L, AuditEvent.Action.UPDATE, "can-bo", Instant.parse("2026-01-05T03:00:00Z"),
                "{\"warnings\":[\"date line is absent: place and signedOn are null\",\"Trang 2 là ảnh quét.\"]}", "{\"warnings\":[]}");

        HistoryRows.Change change = new HistoryRows(new ObjectMapper(), TargetWordingTests.messages(), Locale.forLanguageTag("vi"))
                .rows(List.of(edited)).get(0).changes().get(0);

        assertThat(change.field()).isEqualTo("Lưu ý khi đọc");
        assertThat(change.before()).isEqualTo("Không có dòng địa danh, ngày tháng: chưa rõ nơi ban hành và ngày ký.; Trang 2 là ảnh quét.");
    }

    /**
     * Every place the extractor adds a warning, with what the code fills in taken as "7": each is a
     * sentence WarningWording knows, so a new warning in the extractor fails here until it has its
     * wording (and its message in both languages).
     */
    @Test
    void knowsEveryWarningTheExtractorsCodeCanAdd() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXTRACTION)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file);
                Matcher added = WARNING_ADDED.matcher(code);
                while (added.find()) {
                    sentences.add(sample(code, added.end()));
                }
            }
        }

        assertThat(sentences).hasSizeGreaterThanOrEqualTo(WarningWording.KNOWN.size());
        assertThat(sentences).allSatisfy(s -> assertThat(WarningWording.recognise(s)).as("a warning the extractor adds: " + s).isPresent());
        assertThat(sentences.stream().map(s -> WarningWording.recognise(s).orElseThrow().name()).distinct())
                .as("no known warning the extractor no longer adds")
                .hasSameSizeAs(WarningWording.KNOWN);
        assertThat(vietnamese.show(sentences)).doesNotContainAnyElementsOf(sentences);
    }

    /**
     * The sentence an argument list starting at {@code from} builds: its string and char literals as
     * written, every other operand of the {@code +} (a call, with whatever it is given) as "7", up to
     * the closing parenthesis.
     */
    static String sample(String code, int from) {
        StringBuilder sentence = new StringBuilder();
        int depth = 0;
        boolean operand = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = literal(code, i + 1, c, depth == 0 ? sentence : new StringBuilder());
                operand = operand && depth > 0;
            } else if (c == '(') {
                depth++;
                operand = mark(sentence, operand);
            } else if (c == ')') {
                if (depth == 0) {
                    return sentence.toString();
                }
                depth--;
            } else if (c == '+' && depth == 0) {
                operand = false;
            } else if (!Character.isWhitespace(c) && depth == 0) {
                operand = mark(sentence, operand);
            }
        }
        throw new IllegalArgumentException("no closing parenthesis after " + from);
    }

    /** Writes "7" for an operand that is code, once. */
    private static boolean mark(StringBuilder sentence, boolean operand) {
        if (!operand) {
            sentence.append('7');
        }
        return true;
    }

    /** Appends the text of the literal from {@code i} and returns the index of its closing {@code quote}. */
    private static int literal(String code, int i, char quote, StringBuilder sentence) {
        for (; code.charAt(i) != quote; i++) {
            if (code.charAt(i) == '\\') {
                i++;
                char escaped = code.charAt(i);
                sentence.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else {
                sentence.append(code.charAt(i));
            }
        }
        return i;
    }

    private static List<String> extractorWarnings() {
        return TEXTS.stream().flatMap(text -> extractorWarnings(text).stream()).toList();
    }

    private static List<String> extractorWarnings(String text) {
        return new Extractor().extract(text).warnings();
    }
}
