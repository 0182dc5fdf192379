package vn.chitieu.plan.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * What a browser would send for a form of a rendered page (the review form unless named): its inputs, text areas,
 * selected options and ticked boxes (buttons aside), read from this project's own markup.
 */
public final class FormFields {
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b([^>]*\\bselected\\b[^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    private FormFields() {}

    public static MultiValueMap<String, String> of(String page) {
        return of(page, "review-form");
    }

    /** What a browser would send for the form with this id. */
    public static MultiValueMap<String, String> of(String page, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL).matcher(page);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page");
        }
        String html = form.group();
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (Matcher input = INPUT.matcher(html); input.find();) {
            Map<String, String> a = attributes(input.group(1));
            boolean box = "checkbox".equals(a.get("type"));
            if (a.containsKey("name") && (!box || a.containsKey("checked"))) {
                fields.add(a.get("name"), a.getOrDefault("value", ""));
            }
        }
        for (Matcher area = TEXTAREA.matcher(html); area.find();) {
            fields.add(attributes(area.group(1)).get("name"), HtmlUtils.htmlUnescape(area.group(2)));
        }
        for (Matcher select = SELECT.matcher(html); select.find();) {
            Matcher option = SELECTED.matcher(select.group(2));
            fields.add(attributes(select.group(1)).get("name"), option.find() ? attributes(option.group(1)).get("value") : "");
        }
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new java.util.HashMap<>();
        for (Matcher m = ATTRIBUTE.matcher(tag); m.find();) {
            attributes.put(m.group(1), m.group(2) == null ? "" : HtmlUtils.htmlUnescape(m.group(2)));
        }
        return attributes;
    }

    /** The value of the input of that name anywhere in a piece of a page (an htmx answer, say). */
    public static String named(String html, String name) {
        for (Matcher input = INPUT.matcher(html); input.find();) {
            Map<String, String> a = attributes(input.group(1));
            if (name.equals(a.get("name"))) {
                return a.getOrDefault("value", "");
            }
        }
        throw new AssertionError("no input " + name);
    }
}
