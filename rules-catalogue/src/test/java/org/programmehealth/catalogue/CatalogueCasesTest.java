package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * Runs every case of every sign against the whole catalogue: the sign's rules that fire, and those
 * not assessed, must be exactly the ones the case names. Rules never interact (no rule inserts or
 * changes a fact), so this is also the rule alone. A case of several responses ({@code "responses"})
 * assesses them together, as {@code ProgrammeHealth.assess(List)} does.
 */
class CatalogueCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCase_firesExactlyItsRules_andLeavesExactlyItsRulesNotAssessed() {
        return Catalogue.cases().stream().map(c -> DynamicTest.dynamicTest(c.sign() + ": " + c.name(), () -> {
            Report report = c.report(Catalogue.engine());
            List<String> fired = Stream.concat(
                    report.diagnostics().stream().filter(d -> d.sign().equals(c.sign())).map(Diagnostic::ruleId),
                    report.strengths().stream().filter(s -> s.sign().equals(c.sign())).map(Strength::ruleId)).toList();
            List<String> notAssessed = report.notAssessed().stream().filter(n -> n.sign().equals(c.sign()))
                    .map(NotAssessed::ruleId).toList();
            assertThat(fired).as("rules of %s that fired", c.sign()).containsExactlyInAnyOrderElementsOf(c.fires());
            assertThat(notAssessed).as("rules of %s not assessed", c.sign()).containsExactlyInAnyOrderElementsOf(c.notAssessed());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfSeveralResponses_givesTheSameReport_inAnyOrder() {
        return Catalogue.cases().stream().filter(c -> c.responses().size() > 1).map(c -> DynamicTest.dynamicTest(c.sign() + ": " + c.name(), () -> {
            java.util.List<org.programmehealth.model.Assessment> read = new java.util.ArrayList<>();
            c.jsons().forEach(j -> read.add(Catalogue.engine().parse(j, c.name())));
            String forward = Catalogue.engine().toJson(Catalogue.engine().assess(read));
            java.util.Collections.reverse(read);
            assertThat(Catalogue.engine().toJson(Catalogue.engine().assess(read))).isEqualTo(forward);
        }));
    }
}
