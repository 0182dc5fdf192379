package vn.chitieu.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes an {@link Extraction} as the JSON of {@code spec/extraction.md}, keys in the contract's
 * order, optional target fields left out when they do not apply. With {@code explain}, each target
 * also carries its source span and the rules that produced it.
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {}

    public static String write(Extraction e, boolean explain, String source) {
        try {
            return MAPPER.writeValueAsString(tree(e, explain, source));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static ObjectNode tree(Extraction e, boolean explain, String source) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("document", document(e.document()));
        ArrayNode objectives = root.putArray("objectives");
        e.objectives().forEach(objectives::add);
        ArrayNode indicators = root.putArray("indicators");
        for (Indicator i : e.indicators()) {
            ObjectNode n = indicators.addObject();
            n.put("no", i.no());
            n.put("group", i.group().name());
            n.put("groupHeading", i.groupHeading());
            n.put("text", i.text());
            ArrayNode targets = n.putArray("targets");
            i.targets().forEach(t -> targets.add(target(t, explain, source)));
        }
        ArrayNode tasks = root.putArray("tasks");
        for (Task t : e.tasks()) {
            tasks.addObject().put("ref", t.ref()).put("title", t.title());
        }
        ArrayNode warnings = root.putArray("warnings");
        e.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode document(DocumentInfo d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", d.type());
        n.put("number", d.number());
        n.put("issuer", d.issuer());
        ObjectNode unit = n.putObject("unit");
        unit.put("level", d.unit() == null ? null : d.unit().level());
        unit.put("name", d.unit() == null ? null : d.unit().name());
        unit.put("province", d.unit() == null ? null : d.unit().province());
        n.put("place", d.place());
        n.put("signedOn", date(d.signedOn()));
        n.put("adoptedOn", date(d.adoptedOn()));
        n.put("term", d.term());
        if (d.session() == null) n.putNull("session"); else n.put("session", d.session());
        n.put("title", d.title());
        if (d.period() == null) {
            n.putNull("period");
        } else {
            n.putObject("period").put("kind", d.period().kind().name()).put("start", date(d.period().start()))
                    .put("end", date(d.period().end()));
        }
        ObjectNode signer = n.putObject("signer");
        signer.put("position", d.signer() == null ? null : d.signer().position());
        signer.put("name", d.signer() == null ? null : d.signer().name());
        ArrayNode bases = n.putArray("legalBases");
        d.legalBases().forEach(bases::add);
        n.put("indicatorsInAnnex", d.indicatorsInAnnex());
        return n;
    }

    private static ObjectNode target(Target t, boolean explain, String source) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("subject", t.subject());
        n.put("kind", t.kind().name());
        n.put("comparator", t.comparator() == null ? null : t.comparator().name());
        number(n, "value", t.value());
        if (t.valueMax() != null) number(n, "valueMax", t.valueMax());
        n.put("unit", t.unit());
        if (t.per() != null) n.put("per", t.per());
        if (t.direction() != null) n.put("direction", t.direction().name());
        if (t.perYear()) n.put("perYear", true);
        if (t.year() != null) n.put("year", t.year());
        if (t.deadline() != null) n.put("deadline", date(t.deadline()));
        if (t.baseline() != null) {
            ObjectNode b = n.putObject("baseline");
            if (t.baseline().value() != null) {
                number(b, "value", t.baseline().value());
            }
            if (t.baseline().year() == null) b.putNull("year"); else b.put("year", t.baseline().year());
        }
        if (explain) {
            ObjectNode span = n.putObject("span").put("start", t.span().start()).put("end", t.span().end());
            if (source != null && t.span().end() <= source.length()) {
                span.put("text", source.substring(t.span().start(), t.span().end()));
            }
            ArrayNode rules = n.putArray("rules");
            t.rules().forEach(rules::add);
        }
        return n;
    }

    private static void number(ObjectNode n, String field, BigDecimal value) {
        if (value == null) {
            n.putNull(field);
        } else if (value.scale() <= 0 && value.precision() - value.scale() <= 18) {
            n.put(field, value.longValueExact());
        } else {
            n.put(field, value);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
