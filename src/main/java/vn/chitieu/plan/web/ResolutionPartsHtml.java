package vn.chitieu.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;

/**
 * The largest part of a resolution's page, its indicators by field with their targets in words and
 * its tasks, as HTML. They change only with the resolution's version (every change to a part makes
 * a new one), so each version is rendered once per language and kept: the page, which everyone
 * opens again and again, then only writes its header, buttons, comments and recent history. The
 * key holds the version, so a copy is never stale, whichever instance of the application made it.
 */
@Component
class ResolutionPartsHtml {
    /** Versions kept: a few hundred kilobytes, the resolutions being read at the moment. */
    private static final int KEPT = 200;

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Map<String, String> rendered = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    ResolutionPartsHtml(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The indicators of one field (kinh tế, xã hội, …), in the order the resolution gives them. */
    record Group(IndicatorGroup group, List<Row> indicators) {}

    /** An indicator with each of its targets written out. */
    record Row(Indicator indicator, List<TargetLine> targets) {}

    /** A target's subject, and the target in words ("≥ 42 %"). */
    record TargetLine(String subject, String wording) {}

    String of(Resolution resolution, Locale locale) {
        String key = resolution.id() + "/" + resolution.version() + "/" + locale.toLanguageTag();
        synchronized (rendered) {
            String kept = rendered.get(key);
            if (kept != null) {
                return kept;
            }
        }
        String html = render(resolution, locale);
        synchronized (rendered) {
            rendered.put(key, html);
        }
        return html;
    }

    private String render(Resolution resolution, Locale locale) {
        TargetWording wording = new TargetWording(messages, locale);
        Map<IndicatorGroup, List<Row>> groups = new LinkedHashMap<>();
        for (Indicator indicator : resolution.content().indicators()) {
            List<TargetLine> targets = indicator.targets().stream().map(t -> new TargetLine(t.subject(), wording.describe(t))).toList();
            groups.computeIfAbsent(indicator.group(), g -> new ArrayList<>()).add(new Row(indicator, targets));
        }
        Context context = new Context(locale);
        context.setVariable("resolution", resolution);
        context.setVariable("groups", groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList());
        return templates.process("plan/resolution-parts", Set.of("parts"), context);
    }
}
