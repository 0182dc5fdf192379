package vn.chitieu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTests {

    @Test
    void highlightsTheQueryWordsWithTheirDiacritics() {
        Snippet snippet = Snippet.of("Tỷ lệ che phủ rừng đạt 72%", List.of("che", "phu", "rung"));
        assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end())).containsExactly("che", "phủ", "rừng");
        assertThat(snippet.html()).isEqualTo("Tỷ lệ <mark>che</mark> <mark>phủ</mark> <mark>rừng</mark> đạt 72%");
    }

    @Test
    void highlightsWholeWordsOnlyButTheLastQueryWordAsAPrefix() {
        Snippet snippet = Snippet.of("Chè chế biến; rừng trồng", List.of("che", "run"));
        assertThat(snippet.html()).isEqualTo("<mark>Chè</mark> <mark>chế</mark> biến; <mark>rừng</mark> trồng");
        assertThat(Snippet.of("Chè chế biến; rừng trồng", List.of("che", "ru")).html()).isEqualTo("<mark>Chè</mark> <mark>chế</mark> biến; rừng trồng");
        assertThat(Snippet.of("Chế biến", List.of("ch", "bien")).highlights()).hasSize(1);
    }

    @Test
    void escapesEverythingButTheMarks() {
        Snippet snippet = Snippet.of("<script>alert('rừng')</script> & rừng", List.of("rung"));
        assertThat(snippet.html()).isEqualTo("&lt;script&gt;alert(&#39;<mark>rừng</mark>&#39;)&lt;/script&gt; &amp; <mark>rừng</mark>");
    }

    @Test
    void cutsALongTextAroundItsFirstHighlight() {
        String text = "Mở đầu ".repeat(60) + "tỷ lệ che phủ rừng đạt 45%" + " và tiếp".repeat(60);
        Snippet snippet = Snippet.of(text, List.of("che", "phu", "rung"));
        assertThat(snippet.text()).startsWith("…").endsWith("…").hasSizeLessThan(Snippet.MAX_LENGTH + 10);
        assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end())).containsExactly("che", "phủ", "rừng");
    }

    @Test
    void ranksAShortTextWithTheWordsTogetherAboveALongOneWithThemApart() {
        List<String> words = List.of("che", "phu", "rung");
        double together = Snippet.score("Tỷ lệ che phủ rừng", words);
        double apart = Snippet.score("Bảo vệ rừng, che chắn bờ sông, phủ xanh đất trống đồi núi trọc ở các thôn vùng cao", words);
        assertThat(together).isGreaterThan(apart);
    }
}
