package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message in both languages, and no text in a template that does not come from the messages
 * (every module's bundles and templates, not only the web shell's). Vietnamese is the base file
 * ({@code messages/web.properties}), English its {@code _en} sibling.
 */
class I18nTests {
    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)[}(]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyMessageIsInVietnameseAndInEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : files(MESSAGES, "_en.properties")) {
            Path base = english.resolveSibling(english.getFileName().toString().replace("_en.properties", ".properties"));
            if (!Files.exists(base)) {
                problems.add(english + " has no Vietnamese base file " + base.getFileName());
            }
        }
        for (Map.Entry<Path, Properties> base : baseBundles().entrySet()) {
            String name = base.getKey().getFileName().toString().replace(".properties", "");
            Path englishFile = base.getKey().resolveSibling(name + "_en.properties");
            if (!Files.exists(englishFile)) {
                problems.add(base.getKey() + " has no English sibling " + englishFile.getFileName());
                continue;
            }
            Properties english = load(englishFile);
            missing(base.getValue(), english).forEach(key -> problems.add(englishFile + " lacks " + key));
            missing(english, base.getValue()).forEach(key -> problems.add(base.getKey() + " lacks " + key + " (Vietnamese)"));
        }
        assertThat(problems).as("message keys missing in one language").isEmpty();
    }

    @Test
    void everyBundleIsOneTheApplicationReads() throws IOException {
        Properties application = load(Path.of("src/main/resources/application.properties"));
        Set<String> read = Set.of(application.getProperty("spring.messages.basename", "").split("\\s*,\\s*"));
        assertThat(baseBundles().keySet()).allSatisfy(file -> assertThat(read)
                .as("spring.messages.basename in application.properties lists %s", file)
                .contains("messages/" + file.getFileName().toString().replace(".properties", "")));
    }

    @Test
    void noMessageWithArgumentsHasALoneApostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(MESSAGES, ".properties")) {
            load(file).forEach((key, value) -> {
                if (ARGUMENT.matcher(value.toString()).find() && LONE_APOSTROPHE.matcher(value.toString()).find()) {
                    problems.add(file + " " + key + ": a lone ' hides the arguments after it; write ’ or ''");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageATemplateNamesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        baseBundles().values().forEach(bundle -> keys.addAll(bundle.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!keys.contains(key.group(1))) {
                    problems.add(template + " names #{" + key.group(1) + "}, which no messages/*.properties defines");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesShowOnlyTextFromTheMessages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            TemplateText.untranslated(Files.readString(template)).forEach(found -> problems.add(template + " " + found));
        }
        assertThat(problems).as("text a person would see that does not come from messages/*.properties: give its element "
                + "th:text=\"#{key}\" (or th:placeholder, th:title, th:aria-label... for an attribute)").isEmpty();
    }

    @Test
    void findsVisibleTextWithoutThText() {
        assertThat(TemplateText.untranslated("<main>\n  <h1>Đơn vị hành chính</h1>\n  <p>Tìm <b th:text=\"#{x}\">x</b> ngay</p>\n</main>"))
                .containsExactly("line 2: text \"Đơn vị hành chính\"", "line 3: text \"Tìm\"", "line 3: text \"ngay\"");
    }

    @Test
    void acceptsDefaultTextThatThymeleafReplaces() {
        assertThat(TemplateText.untranslated("""
                <!DOCTYPE html>
                <html th:replace="~{layout :: page(~{::title}, ~{::main})}" xmlns:th="http://www.thymeleaf.org">
                <head><meta charset="utf-8"><title th:text="#{t}">Chỉ tiêu</title></head>
                <!-- a comment with words --><!--/* and a Thymeleaf one */-->
                <main><p th:utext="#{p}">Đoạn <em>văn</em></p><div th:replace="~{x :: y}"><span>Mẫu</span></div>
                  <p>[[#{inline}]] · 2025 &nbsp; — <a href="/" sec:authentication="name">user</a></p>
                  <script>var label = "Tìm";</script><style>.a::after { content: "x"; }</style>
                  <p th:remove="all">Ví dụ</p><br/><img th:alt="#{alt}" alt="Ảnh" src="a.png"/>
                </main>
                </html>
                """)).isEmpty();
    }

    @Test
    void findsVisibleAttributesWithoutTheirThymeleafTwin() {
        assertThat(TemplateText.untranslated("""
                <form><input type="search" placeholder="Ví dụ: Đông Khê" aria-label="Tìm" th:title="#{t}" title="Tìm kiếm">
                <input type="submit" value="Tìm"><input type="hidden" name="q" value="abc"><input type="text" value="Đông Khê">
                <img alt="Bản đồ" src="map.png"><a href="/" th:attr="title=#{t}" title="Trang chủ">?</a></form>
                """)).containsExactly("line 1: input aria-label=\"Tìm\"", "line 1: input placeholder=\"Ví dụ: Đông Khê\"",
                "line 2: input value=\"Tìm\"", "line 3: img alt=\"Bản đồ\"");
    }

    private static Map<Path, Properties> baseBundles() throws IOException {
        Map<Path, Properties> bundles = new TreeMap<>();
        for (Path file : files(MESSAGES, ".properties")) {
            if (!file.getFileName().toString().contains("_")) {
                bundles.put(file, load(file));
            }
        }
        return bundles;
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
