package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Centre;
import org.programmehealth.model.Learning;
import org.programmehealth.model.Locality;
import org.programmehealth.model.Partnership;
import org.programmehealth.model.Programme;
import org.programmehealth.model.Reporting;
import org.programmehealth.model.RollOut;
import org.programmehealth.model.Scope;
import org.programmehealth.model.Sponsorship;
import org.programmehealth.model.Timescales;
import org.programmehealth.report.Report;

/** The catalogue's house rules, checked over every rule, so that a new rule cannot skip them. */
class CatalogueConventionsTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"(.*?)^end\\s*$", Pattern.DOTALL);
    private static final Pattern USED_THRESHOLD = Pattern.compile("th\\.n\\(\"([^\"]+)\"\\)");



    /** The fact types a rule's patterns match for the assessment's sections, by the name DRL uses. */
    private static final Map<String, Class<? extends Record>> SECTION_TYPES = Map.ofEntries(
            Map.entry("Programme", Programme.class), Map.entry("Centre", Centre.class), Map.entry("Sponsorship", Sponsorship.class),
            Map.entry("Timescales", Timescales.class), Map.entry("Reporting", Reporting.class), Map.entry("Scope", Scope.class),
            Map.entry("Locality", Locality.class), Map.entry("Partnership", Partnership.class), Map.entry("Learning", Learning.class),
            Map.entry("RollOut", RollOut.class), Map.entry("Respondent", org.programmehealth.model.Respondent.class));

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
    private static final Pattern SECTION_PATTERN = Pattern.compile(
            "(?<![\\w.$])(" + String.join("|", SECTION_TYPES.keySet()) + ")\\s*\\(");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[A-Za-z_]\\w*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?(?![\\w.])");
    /** The one number a condition may hold: History.first's "no snapshot answered" guard (-1 when none did). */
    private static final Pattern HISTORY_INDEX_GUARD = Pattern.compile("first\\(\"\"\\)\\s*>=\\s*0(?![\\w.])");

    @Test
    void everySignFolder_hasItsDrlAndCases_andEveryRuleLivesInTheFolderOfItsSign() throws IOException {
        Map<String, RuleInfo> rules = rulesById();
        Set<String> seen = new HashSet<>();
        for (Catalogue.SignFolder folder : Catalogue.folders()) {
            assertThat(folder.drl()).as("DRL in %s", folder.dir()).isNotEmpty();
            assertThat(folder.cases()).as("cases.json in %s", folder.dir()).isNotEmpty();
            assertThat(folder.dir().getFileName().toString()).isEqualTo(folder.sign().toLowerCase(Locale.ROOT));
            for (Path drl : folder.drl()) {
                Matcher m = RULE.matcher(Files.readString(drl));
                while (m.find()) {
                    String id = m.group(1);
                    assertThat(seen.add(id)).as("rule id %s is unique", id).isTrue();
                    assertThat(rules).as("rule %s is in the rule base", id).containsKey(id);
                    assertThat(rules.get(id).sign()).as("sign of %s, in folder %s", id, folder.dir()).isEqualTo(folder.sign());
                }
            }
        }
        assertThat(seen).as("every rule of the rule base is in a sign folder").containsExactlyInAnyOrderElementsOf(rules.keySet());
    }

    /** A sign's keys, said once in its folder's sign.json, and the rule id, which is the rule's name. */
    private static final Pattern SIGN_ANNOTATION = Pattern.compile("@(id|sign|kind|theme|section|page|rationale|recommendation)\\(");

    @Test
    void everySignFolder_hasOneSignJson_andNoRuleRepeatsWhatItSays() throws IOException {
        Map<String, RuleInfo> rules = rulesById();
        List<String> problems = new ArrayList<>();
        for (Catalogue.SignFolder folder : Catalogue.folders()) {
            Path signJson = folder.dir().resolve("sign.json");
            if (!Files.isRegularFile(signJson)) {
                problems.add(folder.dir() + " has no sign.json");
                continue;
            }
            var sign = new com.fasterxml.jackson.databind.ObjectMapper().readTree(signJson.toFile());
            List<String> keys = new ArrayList<>();
            sign.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("keys of %s", signJson)
                    .containsExactly("sign", "kind", "theme", "section", "page", "rationale", "recommendation");
            for (Path drl : folder.drl()) {
                String text = Files.readString(drl);
                Matcher a = SIGN_ANNOTATION.matcher(text);
                while (a.find()) {
                    problems.add(drl + " has @" + a.group(1) + ": " + (a.group(1).equals("id")
                            ? "the id is the rule's name" : "it belongs to the sign, in sign.json"));
                }
                Matcher m = RULE.matcher(text);
                while (m.find()) {
                    RuleInfo r = rules.get(m.group(1));
                    assertThat(r.sign()).isEqualTo(sign.path("sign").asText());
                    assertThat(r.kind()).isEqualTo(sign.path("kind").asText());
                    assertThat(r.theme().name()).isEqualTo(sign.path("theme").asText());
                    assertThat(r.source().section()).isEqualTo(sign.path("section").asText());
                    assertThat(r.source().page()).isEqualTo(sign.path("page").asInt());
                    assertThat(r.rationale()).isEqualTo(sign.path("rationale").asText());
                    assertThat(r.recommendation()).isEqualTo(sign.path("recommendation").asText());
                }
            }
        }
        assertThat(problems).as("sign folders without a sign.json, and rules repeating their sign's words").isEmpty();
    }

    @Test
    void noDrlFile_saysARationale_soEachSignsProseLivesInOnePlace() throws IOException {
        try (var files = Files.walk(Catalogue.ROOT)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(Files.readString(drl)).as("%s", drl).doesNotContain("@rationale", "@recommendation");
            }
        }
    }

    @Test
    void everyRule_hasCompleteMetadata_andACitation() {
        for (RuleInfo r : Catalogue.engine().rules()) {
            assertThat(r.title()).as("title of %s", r.id()).isNotBlank();
            assertThat(r.rationale()).as("rationale of %s", r.id()).hasSizeGreaterThan(40);
            assertThat(r.recommendation()).as("recommendation of %s", r.id()).hasSizeGreaterThan(40);
            assertThat(r.source().section()).as("cited section of %s", r.id()).isNotBlank();
            assertThat(r.source().page()).as("cited page of %s", r.id()).isBetween(1, 16);
            assertThat(r.conditions()).as("evidence of %s", r.id()).isNotEmpty();
            assertThat(r.isStrength() || r.severity() != null).as("severity of warning %s", r.id()).isTrue();
            assertThat(r.isStrength() ? "a strength has no severity to explain" : r.severityBasis())
                    .as("why %s has its severity", r.id()).hasSizeGreaterThan(30);
            assertThat(r.id()).as("id of %s reads sign-kebab/slug", r.id())
                    .startsWith(r.sign().toLowerCase(Locale.ROOT).replace('_', '-') + "/");
            for (ThresholdInfo t : r.thresholds()) {
                assertThat(t.provenance()).as("provenance of %s", t.name()).isIn("report", "calibrated");
                assertThat(t.basis()).as("basis of %s", t.name()).hasSizeGreaterThan(10);
            }
        }
    }

    /**
     * The only thresholds whose figure the report itself gives, each with its page; every other
     * threshold is the catalogue's calibration. An auditor reads this list against the report.
     */
    private static final Map<String, Double> REPORT_FIGURES = Map.of(
            "unrealisticTimescales.partnershipMaturityMonths", 60.0,   // p6: at least five years
            "targetRedefinition.criticalRedefinitions", 3.0,            // p5: three redefinitions, then the boroughs gave up
            "shortLivedInitiative.minLifespanMonths", 24.0);            // p3: less than a couple of years

    @Test
    void aThresholdIsLabelledReport_onlyWhereTheReportGivesTheFigure_andNoBasisCitesTheBrief() {
        Map<String, Double> labelledReport = new TreeMap<>();
        for (RuleInfo r : Catalogue.engine().rules()) {
            for (ThresholdInfo t : r.thresholds()) {
                if (t.provenance().equals("report")) {
                    labelledReport.put(t.name(), t.defaultValue());
                }
                assertThat(t.basis().toLowerCase(Locale.ROOT)).as("basis of %s", t.name()).doesNotContain("brief");
            }
        }
        assertThat(labelledReport).isEqualTo(REPORT_FIGURES);
    }

    @Test
    void everyThresholdARuleUses_isOneItDeclares_andEveryDeclaredOneIsUsed() throws IOException {
        Map<String, RuleInfo> rules = rulesById();
        for (Catalogue.SignFolder folder : Catalogue.folders()) {
            for (Path drl : folder.drl()) {
                Matcher m = RULE.matcher(Files.readString(drl));
                while (m.find()) {
                    RuleInfo rule = rules.get(m.group(1));
                    String body = m.group(2).substring(m.group(2).indexOf("\nwhen"));
                    Set<String> used = new HashSet<>();
                    Matcher t = USED_THRESHOLD.matcher(body);
                    while (t.find()) {
                        used.add(t.group(1));
                    }
                    Set<String> declared = rule.thresholds().stream().map(ThresholdInfo::name).collect(Collectors.toSet());
                    assertThat(used).as("thresholds used by %s", rule.id()).containsExactlyInAnyOrderElementsOf(declared);
                }
            }
        }
    }

    @Test
    void everyRule_hasACaseThatFires_oneThatStaysSilent_andOneWhereItIsNotAssessed() {
        Map<String, Set<String>> kinds = new TreeMap<>();
        Catalogue.engine().rules().forEach(r -> kinds.put(r.id(), new HashSet<>()));
        for (Catalogue.Case c : Catalogue.cases()) {
            Report report = c.report(Catalogue.engine());
            Set<String> fired = new HashSet<>();
            report.diagnostics().forEach(d -> fired.add(d.ruleId()));
            report.strengths().forEach(s -> fired.add(s.ruleId()));
            Set<String> notAssessed = new HashSet<>();
            report.notAssessed().forEach(n -> notAssessed.add(n.ruleId()));
            for (RuleInfo r : Catalogue.engine().rules()) {
                if (!r.sign().equals(c.sign())) {
                    continue;
                }
                kinds.get(r.id()).add(fired.contains(r.id()) ? "fires" : notAssessed.contains(r.id()) ? "not assessed" : "silent");
            }
        }
        List<String> lacking = new ArrayList<>();
        kinds.forEach((id, k) -> {
            for (String need : List.of("fires", "silent", "not assessed")) {
                if (!k.contains(need)) {
                    lacking.add(id + " has no case where it " + (need.equals("fires") ? "fires" : need.equals("silent") ? "stays silent" : "is not assessed"));
                }
            }
        });
        assertThat(lacking).as("rules without all three kinds of case").isEmpty();
    }

    @Test
    void everySignAndStrengthOfTheBrief_hasAtLeastOneRule_ofItsKind() {
        Map<String, Set<String>> kinds = new TreeMap<>();
        Catalogue.engine().rules().forEach(r -> kinds.computeIfAbsent(r.sign(), k -> new HashSet<>()).add(r.kind()));
        for (String sign : Brief.WARNING_SIGNS) {
            assertThat(kinds).as("rules of the sign %s", sign).containsKey(sign);
            assertThat(kinds.get(sign)).as("kind of the rules of %s", sign).containsExactly("WARNING");
        }
        for (String strength : Brief.STRENGTHS) {
            assertThat(kinds).as("rules of the strength %s", strength).containsKey(strength);
            assertThat(kinds.get(strength)).as("kind of the rules of %s", strength).containsExactly("STRENGTH");
        }
        for (String sign : Brief.ADDED_WARNING_SIGNS) {
            assertThat(kinds.get(sign)).as("kind of the rules of the added sign %s", sign).containsExactly("WARNING");
        }
        assertThat(Brief.CATALOGUE_KEYS).doesNotHaveDuplicates();
        assertThat(kinds.keySet()).as("every sign of the catalogue is one of the brief or one the catalogue adds")
                .containsExactlyInAnyOrderElementsOf(Brief.CATALOGUE_KEYS);
    }

    @Test
    void everyFieldARuleReads_isListedInItsEvidence_soAMissingAnswerLeavesItNotAssessed() throws IOException {
        Map<String, RuleInfo> rules = rulesById();
        assertThat(conditions().keySet()).as("rules whose conditions were read from the DRL")
                .containsExactlyInAnyOrderElementsOf(rules.keySet());
        List<String> unlisted = new ArrayList<>();
        for (Map.Entry<String, String> rule : conditions().entrySet()) {
            Set<String> evidence = rules.get(rule.getKey()).conditions().stream().map(RuleInfo.Condition::field)
                    .collect(Collectors.toSet());
            for (String field : fieldsRead(rule.getValue()).keySet()) {
                if (!evidence.contains(field)) {
                    unlisted.add(rule.getKey() + " reads " + field + " but its @evidence does not list it");
                }
            }
        }
        assertThat(unlisted).as("fields read but not in @evidence").isEmpty();
    }

    @Test
    void everyEvidenceField_isReadByTheRule_soNoRuleNeedsAnAnswerItIgnores() throws IOException {
        Map<String, RuleInfo> rules = rulesById();
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, String> rule : conditions().entrySet()) {
            Set<String> read = fieldsRead(rule.getValue()).keySet();
            for (RuleInfo.Condition c : rules.get(rule.getKey()).conditions()) {
                if (!read.contains(c.field())) {
                    unread.add(rule.getKey() + " lists " + c.field() + " in @evidence but never reads it");
                }
            }
        }
        assertThat(unread).as("evidence fields the rule does not read").isEmpty();
    }

    @Test
    void everyNumberARuleReads_isGuardedAgainstNull_inTheSamePattern() throws IOException {
        List<String> unguarded = new ArrayList<>();
        for (Map.Entry<String, String> rule : conditions().entrySet()) {
            fieldsRead(rule.getValue()).forEach((field, pattern) -> {
                String name = field.substring(field.indexOf('.') + 1);
                if (numeric(field) && !Pattern.compile("(?<![\\w.$])" + name + "\\s*!=\\s*null").matcher(pattern).find()) {
                    unguarded.add(rule.getKey() + " reads " + field + " without '" + name + " != null' in its pattern");
                }
            });
        }
        assertThat(unguarded).as("numeric answers read without a null guard").isEmpty();
    }

    @Test
    void everyNumberInACondition_isANamedThreshold() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Map.Entry<String, String> rule : conditions().entrySet()) {
            Matcher n = NUMBER.matcher(HISTORY_INDEX_GUARD.matcher(rule.getValue()).replaceAll(""));
            while (n.find()) {
                literals.add(rule.getKey() + " compares with the literal " + n.group() + ": declare it in @thresholds and read it with th.n");
            }
        }
        assertThat(literals).as("numbers in conditions that are not named thresholds").isEmpty();
    }

    @Test
    void everySectionPresentButEmpty_throwsNothing_andLeavesEveryRuleNotAssessed() {
        String json = "{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"empty\",\"name\":\"Empty\",\"assessedOn\":\"2009-01-01\"},"
                + "\"centre\":{},\"sponsorship\":{},\"timescales\":{},\"reporting\":{},\"scope\":{},\"locality\":{},"
                + "\"partnership\":{},\"learning\":{},\"rollOut\":{},\"history\":[{\"assessedOn\":\"2008-01-01\",\"centre\":{},"
                + "\"sponsorship\":{},\"timescales\":{},\"reporting\":{},\"scope\":{},\"locality\":{},\"partnership\":{},"
                + "\"learning\":{},\"rollOut\":{}}]}";
        Assessment a = Catalogue.engine().parse(json, "empty");
        Report report = Catalogue.engine().assess(a);
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.strengths()).isEmpty();
        // every rule but those that compare several respondents (out of scope for one response)
        assertThat(report.notAssessed()).hasSize((int) Catalogue.engine().rules().stream().filter(r -> !r.comparesResponses()).count());
        assertThat(report.coverage()).isZero();
        // nothing answered is never healthy: every warning rule counts as if it had fired
        assertThat(report.score().overall()).isLessThanOrEqualTo(50);
        assertThat(report.score().themes().values()).allSatisfy(t -> assertThat(t).isLessThan(100));
        assertThat(report.score().range().ifUnansweredFine()).isEqualTo(100);
    }

    /** The conditions (from {@code when} to {@code then}) of every rule, by id, without string literals or comments. */
    private static Map<String, String> conditions() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Catalogue.SignFolder folder : Catalogue.folders()) {
            for (Path drl : folder.drl()) {
                Matcher m = RULE.matcher(Files.readString(drl));
                while (m.find()) {
                    String body = m.group(2);
                    String when = body.substring(body.indexOf("\nwhen") + "\nwhen".length(), body.lastIndexOf("\nthen"));
                    when = LINE_COMMENT.matcher(when).replaceAll("");
                    out.put(m.group(1), STRING_LITERAL.matcher(when).replaceAll("\"\""));
                }
            }
        }
        return out;
    }

    /**
     * The answers a rule's conditions read: each record component of a section fact type named
     * inside that type's pattern, as its {@code section.field} path, with the pattern's text.
     */
    private static Map<String, String> fieldsRead(String when) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher p = SECTION_PATTERN.matcher(when);
        while (p.find()) {
            Class<? extends Record> type = SECTION_TYPES.get(p.group(1));
            int open = p.end() - 1;
            int close = closingParenthesis(when, open);
            String pattern = when.substring(open + 1, close);
            Set<String> components = new LinkedHashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName());
            }
            String section = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            Matcher id = IDENTIFIER.matcher(pattern);
            while (id.find()) {
                if (components.contains(id.group())) {
                    out.merge(section + "." + id.group(), pattern, (a, b) -> a + "\n" + b);
                }
            }
        }
        return out;
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced parentheses in: " + text.substring(open));
    }

    private static boolean numeric(String field) {
        String section = field.substring(0, field.indexOf('.'));
        String name = field.substring(field.indexOf('.') + 1);
        for (Class<? extends Record> type : SECTION_TYPES.values()) {
            if (type.getSimpleName().equalsIgnoreCase(section)) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getName().equals(name)) {
                        return Number.class.isAssignableFrom(c.getType());
                    }
                }
            }
        }
        throw new AssertionError("no such field: " + field);
    }


    private static Map<String, RuleInfo> rulesById() {
        Map<String, RuleInfo> out = new HashMap<>();
        Catalogue.engine().rules().forEach(r -> out.put(r.id(), r));
        return out;
    }
}
