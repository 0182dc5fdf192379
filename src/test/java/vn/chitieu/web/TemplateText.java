package vn.chitieu.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the text a person would see in a Thymeleaf template that does not come from the messages:
 * a text node with letters whose element (or an ancestor) is not replaced by {@code th:text},
 * {@code th:utext}, {@code th:replace}, {@code th:insert} and the like, and a visible attribute
 * ({@code alt}, {@code title}, {@code placeholder}, {@code aria-label}, a button's {@code value}...)
 * without its {@code th:} twin. Default text inside a {@code th:text} element is fine: it is
 * replaced. A small tolerant tag reader, not an HTML parser: templates need only quoted attributes
 * and closed elements.
 */
final class TemplateText {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
            "th:substituteby", "sec:authentication");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "aria-description",
            "aria-roledescription", "aria-valuetext", "label", "hx-confirm", "hx-prompt");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][\\w:.-]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern NOT_WORDS = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?\\w+;", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private record Element(String name, boolean replaced) {}

    private TemplateText() {}

    /** One line per text or attribute found: {@code line 12: text "Tìm"}. */
    static List<String> untranslated(String template) {
        List<String> found = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        int at = 0;
        while (at < template.length()) {
            if (template.startsWith("<!--", at)) {
                at = after(template, "-->", at);
            } else if (template.startsWith("<!", at) || template.startsWith("<?", at)) {
                at = after(template, ">", at);
            } else if (template.startsWith("</", at)) {
                int end = after(template, ">", at);
                close(open, template.substring(at + 2, end - 1).trim().toLowerCase(Locale.ROOT));
                at = end;
            } else if (template.charAt(at) == '<' && at + 1 < template.length() && Character.isLetter(template.charAt(at + 1))) {
                at = openTag(template, at, open, found);
            } else {
                int end = template.indexOf('<', at + 1);
                end = end < 0 ? template.length() : end;
                boolean replaced = !open.isEmpty() && open.peek().replaced();
                String text = NOT_WORDS.matcher(template.substring(at, end)).replaceAll(" ").trim().replaceAll("\\s+", " ");
                if (!replaced && LETTER.matcher(text).find()) {
                    found.add("line " + line(template, at) + ": text \"" + text + "\"");
                }
                at = end;
            }
        }
        return found;
    }

    private static int openTag(String template, int start, Deque<Element> open, List<String> found) {
        var name = TAG_NAME.matcher(template).region(start + 1, template.length());
        name.lookingAt();
        String tag = name.group().toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new HashMap<>();
        var attribute = ATTRIBUTE.matcher(template);
        int at = name.end();
        while (at < template.length() && template.charAt(at) != '>' && !template.startsWith("/>", at)) {
            if (!attribute.region(at, template.length()).lookingAt() || attribute.end() == at) {
                at++;
                continue;
            }
            String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT).replaceFirst("^data-th-", "th:"), value);
            at = attribute.end();
        }
        boolean selfClosed = template.startsWith("/>", at);
        at = Math.min(template.length(), at + (selfClosed ? 2 : 1));
        boolean parentReplaced = !open.isEmpty() && open.peek().replaced();
        if (!parentReplaced && !attributes.containsKey("th:replace")) {
            visibleAttributes(tag, attributes).forEach(visible -> found.add("line " + line(template, start) + ": " + tag + " " + visible
                    + "=\"" + attributes.get(visible) + "\""));
        }
        if (tag.equals("script") || tag.equals("style")) {
            return selfClosed ? at : after(template, "</" + tag, at);
        }
        if (!selfClosed && !VOID.contains(tag)) {
            open.push(new Element(tag, parentReplaced || replacesBody(tag, attributes)));
        }
        return at;
    }

    /** Whether Thymeleaf replaces what the element holds. A page's {@code <html th:replace>} hands its parts to the layout. */
    private static boolean replacesBody(String tag, Map<String, String> attributes) {
        if (tag.equals("html")) {
            return false;
        }
        String remove = attributes.get("th:remove");
        return REPLACING.stream().anyMatch(attributes::containsKey)
                || (remove != null && !remove.equals("tag") && !remove.equals("none") && !remove.equals("all-but-first"))
                || (tag.equals("textarea") && (attributes.containsKey("th:field") || attributes.containsKey("th:value")));
    }

    private static List<String> visibleAttributes(String tag, Map<String, String> attributes) {
        String dynamic = attributes.getOrDefault("th:attr", "") + "," + attributes.getOrDefault("th:attrappend", "");
        return attributes.keySet().stream()
                .filter(name -> VISIBLE_ATTRIBUTES.contains(name)
                        || (name.equals("value") && tag.equals("input") && BUTTON_INPUTS.contains(attributes.getOrDefault("type", ""))))
                .filter(name -> LETTER.matcher(attributes.get(name)).find())
                .filter(name -> !attributes.containsKey("th:" + name) && !dynamic.matches("(?s).*\\b" + Pattern.quote(name) + "\\s*=.*")
                        && !((name.equals("alt") || name.equals("title")) && attributes.containsKey("th:alt-title")))
                .sorted()
                .toList();
    }

    private static void close(Deque<Element> open, String tag) {
        if (open.stream().anyMatch(element -> element.name().equals(tag))) {
            while (!open.pop().name().equals(tag)) {
                // elements left open inside it (a <p> or <li> without its end tag) end here too
            }
        }
    }

    private static int after(String template, String marker, int from) {
        int at = template.indexOf(marker, from);
        int end = at < 0 ? -1 : template.indexOf('>', at);
        return end < 0 ? template.length() : end + 1;
    }

    private static int line(String template, int offset) {
        return (int) template.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
