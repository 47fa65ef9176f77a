package org.programmehealth.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.input.Json;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Severity;

/** The catalogue as one JSON document: everything the Markdown pages say, for machines. */
public final class JsonDocs {

    private JsonDocs() {
    }

    public static String json(DocsModel m) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("_generated", Words.doNotEdit());
        ObjectNode catalogue = root.putObject("catalogue");
        catalogue.put("version", m.catalogue().version());
        catalogue.put("rules", m.catalogue().rules());
        catalogue.put("fingerprint", m.catalogue().fingerprint());
        catalogue.put("source", Words.REPORT);

        root.putObject("thresholdProvenance").put("report", Words.REPORT_PROVENANCE)
                .put("calibrated", Words.CALIBRATED_PROVENANCE);

        ObjectNode scoring = root.putObject("scoring");
        ObjectNode penalties = scoring.putObject("penalties");
        for (Severity s : Severity.values()) {
            penalties.put(s.name(), s.penalty());
        }
        ArrayNode method = scoring.putArray("method");
        Words.scoringMethod().forEach(method::add);

        ArrayNode signs = root.putArray("signs");
        for (DocsModel.SignDoc s : m.signs()) {
            ObjectNode sign = signs.addObject();
            sign.put("sign", s.sign());
            sign.put("kind", s.first().kind());
            sign.put("theme", s.theme().name());
            sign.put("mostSevere", s.mostSevere() == null ? null : s.mostSevere().name());
            sign.put("page", MarkdownDocs.signPath(s.sign()));
            ArrayNode rules = sign.putArray("rules");
            s.rules().forEach(r -> rule(rules.addObject(), r));
            ObjectNode examples = sign.putObject("examples");
            example(examples, "firing", s.firing());
            example(examples, "silent", s.silent());
        }

        ObjectNode trace = root.putObject("traceability");
        ArrayNode points = trace.putArray("learningPoints");
        for (Traceability.LearningPoint p : m.traceability().learningPoints()) {
            ObjectNode point = points.addObject();
            point.put("number", p.number());
            point.put("text", p.text());
            point.put("developedIn", p.developedIn());
            point.put("pages", p.pages());
            ArrayNode ps = point.putArray("signs");
            for (String sign : p.signs()) {
                ps.addObject().put("sign", sign).put("inCatalogue", m.hasSign(sign));
            }
            point.put("notEncodedBecause", p.notEncodedBecause());
            point.put("encoding", MarkdownDocs.encoding(m, p));
        }
        ArrayNode sections = trace.putArray("sections");
        for (Traceability.SectionRow row : m.traceability().matrix(m.rules())) {
            ObjectNode section = sections.addObject();
            section.put("section", row.section());
            section.put("inContents", row.inContents());
            section.put("firstPage", row.firstPage());
            section.put("lastPage", row.lastPage());
            ObjectNode cited = section.putObject("signs");
            row.signs().forEach((sign, pages) -> {
                ArrayNode a = cited.putArray(sign);
                pages.forEach(a::add);
            });
            section.put("notEncoded", row.notEncoded());
            section.put("encoding", MarkdownDocs.encoding(row));
        }
        return Json.write(root);
    }

    private static void rule(ObjectNode o, RuleInfo r) {
        o.put("id", r.id());
        o.put("severity", r.severity() == null ? null : r.severity().name());
        o.put("penalty", r.severity() == null ? 0 : r.severity().penalty());
        o.put("severityBasis", r.severityBasis());
        o.put("title", r.title());
        o.putObject("source").put("section", r.source().section()).put("page", r.source().page());
        o.put("logic", Words.logic(r));
        ArrayNode conditions = o.putArray("conditions");
        for (RuleInfo.Condition c : r.conditions()) {
            conditions.addObject().put("field", c.field()).put("condition", c.condition()).put("inWords", Words.inWords(c));
        }
        ArrayNode history = o.putArray("history");
        r.history().forEach(history::add);
        ArrayNode needs = o.putArray("needs");
        r.needs().forEach(needs::add);
        ArrayNode thresholds = o.putArray("thresholds");
        for (ThresholdInfo t : r.thresholds()) {
            ObjectNode th = thresholds.addObject();
            th.put("name", t.name());
            number(th, "default", t.defaultValue());
            number(th, "inForce", t.value());
            th.put("provenance", t.provenance());
            th.put("basis", t.basis());
        }
        o.put("message", MarkdownDocs.message(r));
        o.put("rationale", r.rationale());
        o.put("recommendation", r.recommendation());
    }

    private static void example(ObjectNode examples, String name, DocsModel.Example e) {
        if (e == null) {
            examples.putNull(name);
            return;
        }
        ObjectNode o = examples.putObject(name);
        o.put("case", e.name());
        ArrayNode findings = o.putArray("findings");
        for (DocsModel.Finding f : e.findings()) {
            ObjectNode fo = findings.addObject();
            fo.put("ruleId", f.ruleId());
            fo.put("severity", f.severity() == null ? null : f.severity().name());
            fo.put("message", f.message());
            ArrayNode ev = fo.putArray("evidence");
            for (Evidence x : f.evidence()) {
                ObjectNode eo = ev.addObject();
                eo.put("field", x.field());
                eo.set("value", Json.mapper().valueToTree(x.value()));
                eo.put("condition", x.condition());
            }
        }
        ArrayNode notAssessed = o.putArray("notAssessed");
        for (NotAssessed n : e.notAssessed()) {
            ArrayNode missing = notAssessed.addObject().put("ruleId", n.ruleId()).putArray("missing");
            n.missing().forEach(missing::add);
        }
        o.set("assessment", e.assessment());
    }

    private static void number(ObjectNode o, String field, double value) {
        JsonNode n = value == Math.rint(value) && Math.abs(value) < 1e15
                ? o.numberNode((long) value) : o.numberNode(value);
        o.set(field, n);
    }
}
