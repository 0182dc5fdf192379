package vn.chitieu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsTonesHornsBreveCircumflexAndCase() {
        assertThat(SearchText.fold("Tỷ lệ CHE PHỦ rừng")).isEqualTo("ty le che phu rung");
        assertThat(SearchText.fold("ăâêôơư ẮẦỂỖỢỮ")).isEqualTo("aaeoou aaeoou");
    }

    @Test
    void foldsDWithStrokeToD() {
        assertThat(SearchText.fold("Đường đến Đông Khê")).isEqualTo("duong den dong khe");
    }

    @Test
    void foldsDecomposedTextLikeComposedText() {
        String decomposed = Normalizer.normalize("Nông thôn mới nâng cao", Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo("nong thon moi nang cao");
        assertThat(SearchText.queryWords(decomposed)).containsExactly("nong", "thon", "moi", "nang", "cao");
    }

    @Test
    void splitsAQueryIntoDistinctWordsOfLettersAndDigits() {
        assertThat(SearchText.queryWords("  che phủ, rừng (che)  ")).containsExactly("che", "phu", "rung");
        assertThat(SearchText.queryWords("05/2025/NQ-HĐND")).containsExactly("05", "2025", "nq", "hdnd");
        assertThat(SearchText.queryWords("1.306,5 triệu đồng")).containsExactly("1", "306", "5", "trieu", "dong");
    }

    @Test
    void readsQuotesPercentAndUnderscoreAsSpaces() {
        assertThat(SearchText.queryWords("'; drop table resolution; --")).containsExactly("drop", "table", "resolution");
        assertThat(SearchText.queryWords("%")).isEmpty();
        assertThat(SearchText.queryWords("_")).isEmpty();
        assertThat(SearchText.queryWords("a_b%c")).containsExactly("a", "b", "c");
    }

    @Test
    void keepsAtMostTenWords() {
        assertThat(SearchText.queryWords("một hai ba bốn năm sáu bảy tám chín mười mười_một"))
                .hasSize(SearchText.MAX_WORDS).endsWith("muoi");
    }

    @Test
    void givesEachWordItsPlaceInTheOriginalText() {
        String text = "Tỷ lệ che phủ rừng";
        List<SearchText.Word> words = SearchText.words(text);
        assertThat(words).extracting(SearchText.Word::folded).containsExactly("ty", "le", "che", "phu", "rung");
        SearchText.Word forest = words.get(4);
        assertThat(text.substring(forest.start(), forest.end())).isEqualTo("rừng");
    }

    @Test
    void keepsACombiningMarkInsideItsWord() {
        String text = Normalizer.normalize("phủ rừng", Normalizer.Form.NFD);
        List<SearchText.Word> words = SearchText.words(text);
        assertThat(words).extracting(SearchText.Word::folded).containsExactly("phu", "rung");
        assertThat(text.substring(words.get(1).start(), words.get(1).end())).isEqualTo(Normalizer.normalize("rừng", Normalizer.Form.NFD));
    }
}
