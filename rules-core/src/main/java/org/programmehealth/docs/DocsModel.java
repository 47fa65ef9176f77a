package org.programmehealth.docs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.RuleInfo;
import org.programmehealth.input.Json;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Theme;

/**
 * Everything the catalogue docs show, gathered once from an engine: its rules grouped by sign,
 * each sign's firing and silent example from its {@code cases.json} (run through the engine), and
 * the traceability to the report. Nothing here is a hand-kept list of rules.
 */
public record DocsModel(CatalogueInfo catalogue, List<RuleInfo> rules, List<SignDoc> signs, Traceability traceability) {

    /** Where a sign's cases live on the classpath, by the sign's key in lower case. */
    public static final String CASES = "org/programmehealth/catalogue/%s/cases.json";

    /** A sign and its rules (sorted by id), with the examples of its cases. */
    public record SignDoc(String sign, List<RuleInfo> rules, Example firing, Example silent) {

        public RuleInfo first() {
            return rules.get(0);
        }

        public Theme theme() {
            return first().theme();
        }

        public boolean isStrength() {
            return first().isStrength();
        }

        /** The most severe of its rules; {@code null} for a strength. */
        public Severity mostSevere() {
            return rules.stream().map(RuleInfo::severity).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }

        /** The rationale, when all its rules give the same one; otherwise {@code null} and each rule shows its own. */
        public String sharedRationale() {
            return shared(rules.stream().map(RuleInfo::rationale).toList());
        }

        /** The recommendation, when all its rules give the same one; otherwise {@code null}. */
        public String sharedRecommendation() {
            return shared(rules.stream().map(RuleInfo::recommendation).toList());
        }

        private static String shared(List<String> texts) {
            return texts.stream().distinct().count() == 1 ? texts.get(0) : null;
        }
    }

    /**
     * A case of a sign as a worked example.
     *
     * @param assessment  the case's assessment, as in its {@code cases.json}
     * @param findings    what the engine reports for the sign's rules on it
     * @param notAssessed the sign's rules the engine could not assess on it
     */
    public record Example(String name, JsonNode assessment, List<Finding> findings, List<NotAssessed> notAssessed) {

        /** The assessment, pretty-printed with LF line ends. */
        public String assessmentJson() {
            return Json.write(assessment);
        }
    }

    /** One of the sign's rules that fired on an example; {@code severity} is null for a strength. */
    public record Finding(String ruleId, Severity severity, String message, List<Evidence> evidence) {
    }

    /** Gathers the docs' content from an engine, reading cases and traceability through {@code loader}. */
    public static DocsModel of(ProgrammeHealth engine, ClassLoader loader) {
        Map<String, List<RuleInfo>> bySign = new TreeMap<>();
        for (RuleInfo r : engine.rules()) {
            bySign.computeIfAbsent(r.sign(), k -> new ArrayList<>()).add(r);
        }
        List<SignDoc> signs = new ArrayList<>();
        bySign.forEach((sign, rules) -> {
            List<RuleInfo> sorted = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
            JsonNode cases = readJson(loader, String.format(Locale.ROOT, CASES, sign.toLowerCase(Locale.ROOT)));
            signs.add(new SignDoc(sign, sorted, example(engine, sign, cases, true), example(engine, sign, cases, false)));
        });
        return new DocsModel(engine.catalogue(), engine.rules(), List.copyOf(signs),
                Traceability.read(readJson(loader, Traceability.RESOURCE)));
    }

    /** The signs of one theme: warnings before strengths, the most severe first, then by key. */
    public List<SignDoc> signsIn(Theme theme) {
        return signs.stream().filter(s -> s.theme() == theme)
                .sorted(Comparator.comparing(SignDoc::isStrength)
                        .thenComparing(s -> s.mostSevere() == null ? -1 : -s.mostSevere().ordinal())
                        .thenComparing(SignDoc::sign))
                .toList();
    }

    /** The warning rules of one severity, by theme then id. */
    public List<RuleInfo> rulesOf(Severity severity) {
        return rules.stream().filter(r -> r.severity() == severity)
                .sorted(Comparator.comparing(RuleInfo::theme).thenComparing(RuleInfo::id)).toList();
    }

    public List<RuleInfo> strengthRules() {
        return rules.stream().filter(RuleInfo::isStrength)
                .sorted(Comparator.comparing(RuleInfo::theme).thenComparing(RuleInfo::id)).toList();
    }

    /** True if some rule of the rule base has this sign key. */
    public boolean hasSign(String sign) {
        return signs.stream().anyMatch(s -> s.sign().equals(sign));
    }

    /**
     * The sign's firing example: the first case that declares rules of the sign firing. Its silent
     * example: the first case that declares none firing and none not assessed, or failing that the
     * first that declares none firing.
     */
    private static Example example(ProgrammeHealth engine, String sign, JsonNode cases, boolean firing) {
        if (cases == null) {
            return null;
        }
        List<JsonNode> all = new ArrayList<>();
        cases.path("cases").forEach(all::add);
        Predicate<JsonNode> fires = c -> !c.path("fires").isEmpty();
        Predicate<JsonNode> allAssessed = c -> c.path("notAssessed").isEmpty();
        Optional<JsonNode> pick = firing ? first(all, fires)
                : first(all, fires.negate().and(allAssessed)).or(() -> first(all, fires.negate()));
        if (pick.isEmpty()) {
            return null;
        }
        JsonNode chosen = pick.get();
        String name = chosen.path("name").asText();
        // a case of several responses ("responses": [...]) assesses them together; its example shows them all
        JsonNode input = chosen.has("responses") ? chosen.path("responses") : chosen.path("assessment");
        List<org.programmehealth.model.Assessment> responses = new ArrayList<>();
        for (JsonNode r : input.isArray() ? input : List.of(input)) {
            responses.add(engine.parse(r.toString(), sign + " case '" + name + "'"));
        }
        Report report = engine.assess(responses);
        List<Finding> findings = new ArrayList<>();
        report.diagnostics().stream().filter(d -> d.sign().equals(sign))
                .forEach(d -> findings.add(new Finding(d.ruleId(), d.severity(), d.message(), d.evidence())));
        report.strengths().stream().filter(s -> s.sign().equals(sign))
                .forEach(s -> findings.add(new Finding(s.ruleId(), null, s.message(), s.evidence())));
        List<NotAssessed> notAssessed = report.notAssessed().stream().filter(n -> n.sign().equals(sign)).toList();
        return new Example(name, input, List.copyOf(findings), notAssessed);
    }

    private static Optional<JsonNode> first(List<JsonNode> cases, Predicate<JsonNode> test) {
        return cases.stream().filter(test).findFirst();
    }

    /** A JSON resource, or {@code null} if the class path has none. */
    static JsonNode readJson(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : Json.mapper().readTree(in);
        } catch (IOException e) {
            throw ProgrammeHealthException.catalogue("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
