package org.programmehealth.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Programme;
import org.programmehealth.model.Reporting;

/** The parts of the search that need no rule base; the search itself is tested with the real catalogue. */
class WouldClearTest {

    @Test
    void theEvidencesComparison_saysWhichWayToSearchFirst() {
        assertThat(WouldClear.firstDirection(" >= 8")).isEqualTo(-1);
        assertThat(WouldClear.firstDirection(" + monthsUntilResultsExpected < 60")).isEqualTo(1);
        assertThat(WouldClear.firstDirection(" >= 2 x prioritiesAtStart and >= prioritiesAtStart + 3")).isEqualTo(-1);
        assertThat(WouldClear.firstDirection(" the baseline")).isZero();
        assertThat(WouldClear.firstDirection(" > 2 and < 9")).isZero();
    }

    @Test
    void changingOneAnswer_leavesEveryOtherAnswerAsItWas_andTheOriginalUntouched() {
        Programme p = new Programme("p", "P", LocalDate.of(2009, 1, 1), null, null, null, null, null, null);
        Reporting reporting = new Reporting(10, 5, 15.0, null, false);
        Assessment a = new Assessment("1", p, null, null, null, reporting, null, null, null, null, null, null, null);
        Assessment changed = WouldClear.with(a, "reporting.informationRequestsPerMonth", 7);
        assertThat(changed.reporting()).isEqualTo(new Reporting(7, 5, 15.0, null, false));
        assertThat(changed.programme()).isSameAs(p);
        assertThat(a.reporting().informationRequestsPerMonth()).isEqualTo(10);
        assertThat(WouldClear.Answers.type("reporting.staffTimeOnReportingPercent")).isEqualTo(Double.class);
    }
}
