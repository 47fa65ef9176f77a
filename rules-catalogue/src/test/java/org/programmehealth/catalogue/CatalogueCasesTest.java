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
 * changes a fact), so this is also the rule alone.
 */
class CatalogueCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCase_firesExactlyItsRules_andLeavesExactlyItsRulesNotAssessed() {
        return Catalogue.cases().stream().map(c -> DynamicTest.dynamicTest(c.sign() + ": " + c.name(), () -> {
            Report report = Catalogue.engine().assess(Catalogue.engine().parse(c.json(), c.file() + " / " + c.name()));
            List<String> fired = Stream.concat(
                    report.diagnostics().stream().filter(d -> d.sign().equals(c.sign())).map(Diagnostic::ruleId),
                    report.strengths().stream().filter(s -> s.sign().equals(c.sign())).map(Strength::ruleId)).toList();
            List<String> notAssessed = report.notAssessed().stream().filter(n -> n.sign().equals(c.sign()))
                    .map(NotAssessed::ruleId).toList();
            assertThat(fired).as("rules of %s that fired", c.sign()).containsExactlyInAnyOrderElementsOf(c.fires());
            assertThat(notAssessed).as("rules of %s not assessed", c.sign()).containsExactlyInAnyOrderElementsOf(c.notAssessed());
        }));
    }
}
