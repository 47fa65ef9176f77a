package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;

/**
 * Custom rules: DRL loaded beside the catalogue, compiled at run time. Compiling takes seconds, so
 * the rules that work are compiled once for the class.
 */
class CustomRulesTest {

    private static final String RULE = "portfolio-risk/red-rated-by-portfolio-office";
    private static final String PROGRAMME = "\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"}";

    private static ProgrammeHealth withCustom;

    private static synchronized ProgrammeHealth withCustom() {
        if (withCustom == null) {
            withCustom = Fixture.builder().customRulesOnClasspath("custom-rules/portfolio").build();
        }
        return withCustom;
    }

    @TempDir
    Path dir;

    @Test
    void aCustomRule_readsTheExtensions_firesWithEvidence_andCountsLikeACatalogueRule() {
        ProgrammeHealth health = withCustom();
        Report report = health.assess(health.parse("{" + PROGRAMME + ",\"extensions\":{\"portfolioRiskScore\":8}}", "risky"));
        Diagnostic d = report.diagnostics().stream().filter(x -> x.ruleId().equals(RULE)).findFirst().orElseThrow();
        assertThat(d.sign()).isEqualTo("PORTFOLIO_RISK");
        assertThat(d.message()).isEqualTo("The portfolio office's risk score is 8 of 10 (7 or more is red).");
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("extensions.portfolioRiskScore");
            assertThat(e.value()).isEqualTo(8);
            assertThat(e.condition()).isEqualTo(">= 7");
        });
        assertThat(d.penalty()).isPositive();
        assertThat(report.tailoring().customRules().ids()).containsExactly(RULE);
        assertThat(report.tailoring().customRules().fingerprint()).startsWith("sha256:");
        assertThat(report.tailoring().rulesInForce()).isEqualTo(Fixture.engine().rules().size() + 1);
        assertThat(health.thresholds()).containsEntry("portfolioRisk.redLine", 7.0);
    }

    @Test
    void aCustomRule_staysSilentBelowItsThreshold_andIsNotAssessedWithoutItsExtension() {
        ProgrammeHealth health = withCustom();
        Report calm = health.assess(health.parse("{" + PROGRAMME + ",\"extensions\":{\"portfolioRiskScore\":6}}", "calm"));
        assertThat(calm.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain(RULE);
        assertThat(calm.notAssessed()).extracting(NotAssessed::ruleId).doesNotContain(RULE);
        Report silent = health.assess(health.parse("{" + PROGRAMME + "}", "no extensions"));
        assertThat(silent.notAssessed()).filteredOn(n -> n.ruleId().equals(RULE)).singleElement()
                .satisfies(n -> assertThat(n.missing()).containsExactly("extensions.portfolioRiskScore"));
    }

    @Test
    void theCatalogueRules_giveTheSameResults_withCustomRulesBesideThem() {
        ProgrammeHealth health = withCustom();
        for (Fixture.Case c : Fixture.cases()) {
            Assessment a = health.parse(c.json(), c.name());
            Report plain = Fixture.engine().assess(a);
            Report custom = health.assess(a);
            assertThat(custom.diagnostics()).as(c.name()).isEqualTo(plain.diagnostics());
            // custom rules can add warnings (or, unanswered, count as them), never take one away
            assertThat(custom.score().overall()).as(c.name()).isLessThanOrEqualTo(plain.score().overall());
        }
    }

    @Test
    void aCustomRuleWithoutItsMetadata_isRejected_namingTheRuleAndTheMissingAnnotation() throws Exception {
        Files.writeString(dir.resolve("bare.drl"), """
                package com.example.bare;
                import org.programmehealth.model.*;
                global org.programmehealth.rules.Matches out;
                rule "bare/too-many-priorities"
                    @id("bare/too-many-priorities") @sign("BARE") @theme("PROCESS") @severity("LOW")
                when
                    Scope( prioritiesNow != null, prioritiesNow > 10 )
                then
                    out.record(kcontext);
                end
                """);
        assertThatThrownBy(() -> Fixture.builder().customRules(dir).build())
                .isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining("rule 'bare/too-many-priorities'")
                .hasMessageContaining(dir.resolve("bare.drl").toString())
                .hasMessageContaining("missing @title").hasMessageContaining("missing @evidence");
    }

    @Test
    void aCustomRuleThatDoesNotCompile_isRejected_namingTheFileLineAndError_andOneWithACatalogueId_too() throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("typo.drl"), """
                package com.example.typo;
                import org.programmehealth.model.*;
                global org.programmehealth.rules.Matches out;
                rule "typo/rule"
                when
                    Scope( prioritiesNoww > 10 )
                then
                    out.record(kcontext);
                end
                """);
        assertThatThrownBy(() -> Fixture.builder().customRules(broken).build())
                .isInstanceOf(ProgrammeHealthException.class)
                .hasMessageStartingWith("Configuration: custom rules do not compile")
                .hasMessageContaining(broken.resolve("typo.drl").toString())
                .hasMessageContaining("line 6").hasMessageContaining("prioritiesNoww");
    }

    @Test
    void anEmptyOrMissingFolderOfCustomRules_isAClearError() {
        assertThatThrownBy(() -> Fixture.builder().customRules(dir).build())
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining("no .drl file in " + dir);
        assertThatThrownBy(() -> Fixture.builder().customRules(dir.resolve("nowhere")).build())
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining("is not a folder");
    }
}
