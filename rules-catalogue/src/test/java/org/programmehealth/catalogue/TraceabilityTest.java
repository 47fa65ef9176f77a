package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.programmehealth.RuleInfo;

/**
 * {@code traceability.json} maps the executive summary's thirteen key learning points to the
 * signs that encode them, or says why none does; the traceability page is generated from it and
 * from the rules' own citations.
 */
class TraceabilityTest {



    /** The brief's keys. A sign named for traceability must be one of them. */
    static final Set<String> BRIEF_KEYS = Set.copyOf(Brief.CATALOGUE_KEYS);

    private static JsonNode traceability;

    @BeforeAll
    static void read() throws IOException {
        traceability = new ObjectMapper().readTree(Catalogue.ROOT.resolve("traceability.json").toFile());
    }

    @Test
    void theBriefsKeyList_hasNoKeyTwice_soNoSignIsBothAWarningAndAStrength() {
        assertThat(Brief.CATALOGUE_KEYS).doesNotHaveDuplicates().hasSize(BRIEF_KEYS.size());
    }

    @Test
    void traceability_listsTheThirteenKeyLearningPointsOfTheExecutiveSummary_inOrder() {
        JsonNode points = traceability.path("learningPoints");
        assertThat(points).hasSize(13);
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            assertThat(p.path("number").asInt()).isEqualTo(i + 1);
            assertThat(p.path("text").asText()).as("text of point %d", i + 1).hasSizeGreaterThan(40);
            assertThat(p.path("developedIn").asText()).as("section of point %d", i + 1).isNotBlank();
            assertThat(p.path("pages").asText()).as("pages of point %d", i + 1).matches("\\d+(-\\d+)?(, \\d+(-\\d+)?)*");
        }
    }

    @Test
    void everySignTheTraceabilityNames_isOneOfTheBriefs36Keys() {
        List<String> unknown = new ArrayList<>();
        for (JsonNode p : traceability.path("learningPoints")) {
            p.path("signs").forEach(s -> {
                if (!BRIEF_KEYS.contains(s.asText())) {
                    unknown.add("point " + p.path("number").asInt() + ": " + s.asText());
                }
            });
        }
        assertThat(unknown).as("signs named in traceability.json that are not keys of the brief").isEmpty();
    }

    @Test
    void whetherAPointOrSectionIsFullyEncoded_isDerived_neverFlaggedByHand() {
        String page = CatalogueDocsTest.generated().get("traceability.md");
        for (JsonNode p : traceability.path("learningPoints")) {
            assertThat(p.path("notEncodedBecause").asText("")).as("point %d", p.path("number").asInt())
                    .doesNotStartWithIgnoringCase("partly").doesNotStartWithIgnoringCase("fully");
            String row = page.lines().filter(l -> l.startsWith("| " + p.path("number").asInt() + " | ")).findFirst().orElseThrow();
            boolean leftOut = !p.path("notEncodedBecause").asText("").isBlank();
            if (leftOut) {
                assertThat(row).as("point %d leaves something out", p.path("number").asInt()).doesNotContain("Fully encoded");
            }
        }
        for (JsonNode s : traceability.path("contents")) {
            if (!s.path("notEncoded").asText("").isBlank()) {
                String row = page.lines().filter(l -> l.startsWith("| " + s.path("section").asText() + " | ")).findFirst().orElseThrow();
                assertThat(row).as("section %s leaves something out", s.path("section").asText()).doesNotContain("Fully encoded");
            }
        }
    }

    @Test
    void everyLearningPoint_namesASign_orSaysWhyNoRuleEncodesIt() {
        for (JsonNode p : traceability.path("learningPoints")) {
            boolean named = !p.path("signs").isEmpty();
            String why = p.path("notEncodedBecause").asText("");
            assertThat(named || why.length() > 20)
                    .as("learning point %d names a sign or says why none encodes it", p.path("number").asInt()).isTrue();
        }
    }

    @Test
    void traceabilityPage_linksTheSignsInTheCatalogue_andMarksTheOthersNotYetInIt() {
        String page = CatalogueDocsTest.generated().get("traceability.md");
        Set<String> inCatalogue = Set.copyOf(Catalogue.engine().rules().stream().map(RuleInfo::sign).toList());
        for (JsonNode p : traceability.path("learningPoints")) {
            String row = page.lines().filter(l -> l.startsWith("| " + p.path("number").asInt() + " | ")).findFirst().orElseThrow();
            for (JsonNode s : p.path("signs")) {
                String sign = s.asText();
                assertThat(row).as("point %d, sign %s", p.path("number").asInt(), sign).contains(inCatalogue.contains(sign)
                        ? "[" + sign + "](signs/" + sign.toLowerCase(Locale.ROOT) + ".md)"
                        : "`" + sign + "` (not yet in the catalogue)");
            }
        }
    }

    @Test
    void everyRule_citesASectionOfTheReportsContents_onAPageOfThatSection() {
        JsonNode contents = traceability.path("contents");
        List<String> wrong = new ArrayList<>();
        for (RuleInfo r : Catalogue.engine().rules()) {
            int at = -1;
            for (int i = 0; i < contents.size(); i++) {
                if (contents.get(i).path("section").asText().equals(r.source().section())) {
                    at = i;
                }
            }
            if (at < 0) {
                wrong.add(r.id() + " cites '" + r.source().section() + "', which is not in the report's contents table");
                continue;
            }
            int first = contents.get(at).path("page").asInt();
            int last = at + 1 < contents.size() ? contents.get(at + 1).path("page").asInt() : first;
            if (r.source().page() < first || r.source().page() > last) {
                wrong.add(r.id() + " cites p" + r.source().page() + " of '" + r.source().section() + "', which runs p"
                        + first + "-" + last);
            }
        }
        assertThat(wrong).as("citations that do not match the report's contents table").isEmpty();
    }

    @Test
    void sectionMatrix_showsEverySignInTheRowOfEachSectionItsRulesCite() {
        String page = CatalogueDocsTest.generated().get("traceability.md");
        for (RuleInfo r : Catalogue.engine().rules()) {
            String row = page.lines().filter(l -> l.startsWith("| " + r.source().section() + " | ")).findFirst().orElseThrow();
            assertThat(row).as("row of '%s'", r.source().section())
                    .contains("[" + r.sign() + "](signs/" + r.sign().toLowerCase(Locale.ROOT) + ".md)")
                    .contains("p" + r.source().page());
        }
    }

}
