package vn.chitieu.publicsite.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.publicsite.PublicResults;

/**
 * What search engines are told: {@code /robots.txt} lets them read the public pages (and the home
 * page) and nothing else, and {@code /sitemap.xml} lists the public pages of every published
 * resolution, with the communes and provinces that published them.
 */
@RestController
class Crawlers {
    private final PublicResults results;
    private final PublicUnits units;

    Crawlers(PublicResults results, PublicUnits units) {
        this.results = results;
        this.units = units;
    }

    @GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
                User-agent: *
                Allow: /$
                Allow: /public
                Allow: /css/
                Disallow: /

                Sitemap: %s
                """.formatted(absolute("/sitemap.xml"));
    }

    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap(WebRequest request, HttpServletResponse response) {
        List<ResolutionSummary> published = results.allPublished();
        String dependsOn = published.stream().map(r -> r.id() + "@" + r.updatedAt()).collect(java.util.stream.Collectors.joining(",", "sitemap", ""));
        if (PublicCaching.notModified(request, response, Locale.ROOT, dependsOn)) {
            return null;
        }
        // address → last change (null: not known)
        Map<String, java.time.Instant> pages = new LinkedHashMap<>();
        pages.put("/public", null);
        for (ResolutionSummary resolution : published) {
            units.all().find(resolution.unitCode()).map(AdministrativeUnit::provinceOrSelf)
                    .ifPresent(province -> pages.putIfAbsent("/public/provinces/" + province, null));
            pages.putIfAbsent("/public/communes/" + resolution.unitCode(), null);
            pages.put("/public/resolutions/" + resolution.id(), resolution.updatedAt());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.forEach((path, changed) -> {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(absolute(path))).append("</loc>");
            if (changed != null) {
                xml.append("<lastmod>").append(changed.atZone(vn.chitieu.web.Formats.VIETNAM).toLocalDate()).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
