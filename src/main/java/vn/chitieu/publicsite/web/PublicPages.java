package vn.chitieu.publicsite.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.publicsite.PublicResults;
import vn.chitieu.publicsite.ResultLine;

/**
 * The public pages, for anyone without signing in: {@code /public} (the provinces), {@code
 * /public/provinces/{code}} (its communes that published a resolution), {@code
 * /public/communes/{code}} (its published resolutions) and {@code /public/resolutions/{id}} (the
 * indicators, targets and the latest approved result of each). Every page has its title,
 * description and canonical address for search engines, and may be cached ({@link PublicCaching}).
 */
@Controller
class PublicPages {
    private final PublicResults results;
    private final PublicUnits units;
    private final MessageSource messages;

    PublicPages(PublicResults results, PublicUnits units, MessageSource messages) {
        this.results = results;
        this.units = units;
        this.messages = messages;
    }

    /** A commune that published resolutions, and how many. */
    record CommuneLine(AdministrativeUnit commune, long resolutions) {}

    /** An indicator of a published resolution with its targets' latest approved results. */
    record IndicatorLines(int no, String text, List<ResultLine> targets) {}

    @GetMapping("/public")
    String index(WebRequest request, HttpServletResponse response, Model model, Locale locale) {
        if (PublicCaching.notModified(request, response, locale, "provinces")) {
            return null;
        }
        model.addAttribute("provinces", units.all().provinces());
        describe(model, "/public", message(locale, "public.index.description"));
        return "public/index";
    }

    @GetMapping("/public/provinces/{code}")
    String province(@PathVariable String code, WebRequest request, HttpServletResponse response, Model model, Locale locale) {
        AdministrativeUnit province = units.of(code, Level.PROVINCE);
        List<ResolutionSummary> published = results.publishedIn(province.code(), true);
        if (PublicCaching.notModified(request, response, locale, "province/" + code + stamp(published))) {
            return null;
        }
        Map<String, Long> counts = published.stream().collect(Collectors.groupingBy(ResolutionSummary::unitCode, Collectors.counting()));
        List<CommuneLine> communes = new ArrayList<>();
        for (AdministrativeUnit commune : units.all().communesOf(province.code())) {
            if (counts.containsKey(commune.code())) {
                communes.add(new CommuneLine(commune, counts.get(commune.code())));
            }
        }
        model.addAttribute("province", province);
        model.addAttribute("communes", communes);
        model.addAttribute("communeCount", units.all().communesOf(province.code()).size());
        describe(model, "/public/provinces/" + province.code(), message(locale, "public.province.description", province.fullName()));
        return "public/province";
    }

    @GetMapping("/public/communes/{code}")
    String commune(@PathVariable String code, WebRequest request, HttpServletResponse response, Model model, Locale locale) {
        AdministrativeUnit commune = units.of(code, Level.COMMUNE);
        List<ResolutionSummary> published = results.publishedIn(commune.code(), false);
        if (PublicCaching.notModified(request, response, locale, "commune/" + code + stamp(published))) {
            return null;
        }
        model.addAttribute("commune", commune);
        AdministrativeUnit province = units.provinceOf(commune);
        model.addAttribute("province", province);
        model.addAttribute("resolutions", published);
        describe(model, "/public/communes/" + commune.code(),
                message(locale, "public.commune.description", commune.fullName(), province.fullName()));
        return "public/commune";
    }

    @GetMapping("/public/resolutions/{id}")
    String resolution(@PathVariable long id, WebRequest request, HttpServletResponse response, Model model, Locale locale) {
        Resolution resolution = results.published(id);
        if (PublicCaching.notModified(request, response, locale, "resolution/" + results.stamp(resolution))) {
            return null;
        }
        AdministrativeUnit commune = units.of(resolution.unitCode(), Level.COMMUNE);
        Map<Integer, IndicatorLines> indicators = new LinkedHashMap<>();
        List<ResultLine> lines = results.latest(resolution, locale);
        for (ResultLine line : lines) {
            indicators.computeIfAbsent(line.indicatorNo(), no -> new IndicatorLines(no, line.indicatorText(), new ArrayList<>()))
                    .targets().add(line);
        }
        model.addAttribute("resolution", resolution);
        model.addAttribute("document", resolution.content().document());
        model.addAttribute("commune", commune);
        AdministrativeUnit province = units.provinceOf(commune);
        model.addAttribute("province", province);
        model.addAttribute("indicators", indicators.values());
        model.addAttribute("targetCount", lines.size());
        model.addAttribute("withResult", lines.stream().filter(ResultLine::hasResult).count());
        String number = resolution.content().document().number();
        String name = number != null ? number : String.valueOf(resolution.content().document().title());
        model.addAttribute("pageTitle", message(locale, "public.resolution.title", name, commune.fullName()));
        describe(model, "/public/resolutions/" + id, message(locale, "public.resolution.description", name, commune.fullName(),
                province.fullName(), lines.size()));
        return "public/resolution";
    }

    /** What a list of published resolutions shows: each one and its last change. */
    private static String stamp(List<ResolutionSummary> published) {
        return published.stream().map(r -> r.id() + "@" + r.updatedAt()).collect(Collectors.joining(",", "[", "]"));
    }

    /** The page's canonical address and its description, for search engines (the layout writes both into the head). */
    private static void describe(Model model, String path, String description) {
        model.addAttribute("canonical", ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
        model.addAttribute("metaDescription", description);
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
