package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.programmehealth.report.Report;

/** The catalogue's house rules, checked over every rule, so that a new rule cannot skip them. */
class CatalogueConventionsTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"(.*?)^end\\s*$", Pattern.DOTALL);
    private static final Pattern USED_THRESHOLD = Pattern.compile("th\\.n\\(\"([^\"]+)\"\\)");

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
            assertThat(r.id()).as("id of %s reads sign-kebab/slug", r.id())
                    .startsWith(r.sign().toLowerCase(Locale.ROOT).replace('_', '-') + "/");
            for (ThresholdInfo t : r.thresholds()) {
                assertThat(t.provenance()).as("provenance of %s", t.name()).isIn("report", "calibrated");
                assertThat(t.basis()).as("basis of %s", t.name()).hasSizeGreaterThan(10);
            }
        }
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
            Report report = Catalogue.engine().assess(Catalogue.engine().parse(c.json(), c.name()));
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
        assertThat(report.notAssessed()).hasSize(Catalogue.engine().rules().size());
        assertThat(report.coverage()).isZero();
        assertThat(report.score().overall()).isNull();
        assertThat(report.score().themes().values()).containsOnlyNulls();
    }

    private static Map<String, RuleInfo> rulesById() {
        Map<String, RuleInfo> out = new HashMap<>();
        Catalogue.engine().rules().forEach(r -> out.put(r.id(), r));
        return out;
    }
}
