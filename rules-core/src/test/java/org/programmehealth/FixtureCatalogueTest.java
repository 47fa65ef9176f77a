package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/** The fixture the engine's tests run on, and the seam that compiles a catalogue from its DRL at run time. */
class FixtureCatalogueTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureCase_firesExactlyItsRules_andLeavesExactlyItsRulesNotAssessed() {
        ProgrammeHealth health = Fixture.engine();
        return Fixture.cases().stream().map(c -> DynamicTest.dynamicTest(c.sign() + ": " + c.name(), () -> {
            Report report = health.assess(health.parse(c.json(), c.name()));
            List<String> fired = Stream.concat(
                    report.diagnostics().stream().filter(d -> d.sign().equals(c.sign())).map(Diagnostic::ruleId),
                    report.strengths().stream().filter(s -> s.sign().equals(c.sign())).map(Strength::ruleId)).toList();
            List<String> notAssessed = report.notAssessed().stream().filter(n -> n.sign().equals(c.sign()))
                    .map(NotAssessed::ruleId).toList();
            assertThat(fired).as("rules of %s that fired", c.sign()).containsExactlyInAnyOrderElementsOf(c.fires());
            assertThat(notAssessed).as("rules of %s not assessed", c.sign()).containsExactlyInAnyOrderElementsOf(c.notAssessed());
        }));
    }

    @Test
    void theFixture_isReadLikeTheCatalogue_signMetadataFromItsFolders_versionAndFingerprintFromItsFiles() {
        ProgrammeHealth health = Fixture.engine();
        assertThat(health.catalogue().version()).isEqualTo("0.0.1-fixture");
        assertThat(health.catalogue().fingerprint()).startsWith("sha256:");
        assertThat(health.rules()).hasSize(9).extracting(RuleInfo::sign).containsOnly("INCREMENTALISM", "ISSUE_CREEP",
                "LEARNING_SYSTEM", "NO_REAL_TIME_DATA", "REPORTING_OVERLOAD");
        assertThat(health.rules()).filteredOn(r -> r.id().equals("reporting-overload/request-volume")).singleElement()
                .satisfies(r -> {
                    assertThat(r.source().section()).isEqualTo("Unrealistic timescales");
                    assertThat(r.source().page()).isEqualTo(6);
                });
        assertThat(health.thresholds()).containsEntry("reportingOverload.maxRequestsPerMonth", 8.0).hasSize(8);
    }

    @Test
    void withoutTheSeam_theFixtureIsNotEnough_theEngineStillWantsTheGeneratedModel() {
        assertThatThrownBy(() -> ProgrammeHealth.builder().classLoader(Fixture.classLoader()).build())
                .isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining("no executable rule model on the classpath");
    }

    @Test
    void aCatalogueWhoseRulesDoNotCompile_isACatalogueError_namingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("org/programmehealth/catalogue/broken_sign"));
        Files.writeString(folder.resolve("../catalogue.properties"), "version=9.9.9\n");
        Files.writeString(folder.resolve("sign.json"), """
                {"sign":"BROKEN_SIGN","kind":"WARNING","theme":"PROCESS","section":"s","page":1,
                 "rationale":"r","recommendation":"r"}
                """);
        Files.writeString(folder.resolve("broken.drl"), """
                package org.programmehealth.catalogue.broken_sign;
                import org.programmehealth.model.*;
                global org.programmehealth.rules.Matches out;
                rule "broken-sign/typo"
                when
                    Scope( prioritiesNoww > 10 )
                then
                    out.record(kcontext);
                end
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> ProgrammeHealth.builder().classLoader(loader).compileCatalogue().build())
                    .isInstanceOf(ProgrammeHealthException.class)
                    .hasMessageStartingWith("Rule catalogue: the catalogue's rules do not compile")
                    .hasMessageContaining("broken_sign/broken.drl line 6").hasMessageContaining("prioritiesNoww");
        }
    }
}
