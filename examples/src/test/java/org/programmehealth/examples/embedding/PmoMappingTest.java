package org.programmehealth.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.SeniorSponsor;
import org.programmehealth.model.Stage;

class PmoMappingTest {

    @Test
    void thePmosFigures_becomeTheFormatsAnswers_inTheFormatsUnits() {
        Assessment a = PmoMapping.toAssessment(PortfolioReviewTest.overloaded("PRG-1"));
        assertThat(a.programme().id()).isEqualTo("PRG-1");
        assertThat(a.programme().stage()).isEqualTo(Stage.PILOT);
        assertThat(a.sponsorship().seniorSponsor()).isEqualTo(SeniorSponsor.JUNIOR_OFFICIAL);
        assertThat(a.reporting().staffTimeOnReportingPercent()).isEqualTo(32.0);
        assertThat(a.scope().prioritiesNow()).isEqualTo(9);
    }

    @Test
    void figuresThePmoLacks_orThatCannotBeRight_areNotAnswered_neverZero() {
        PmoProgramme p = new PmoProgramme("PRG-3", "Gaps", LocalDate.of(2009, 10, 30), LocalDate.of(2010, 1, 1), "Phase 7", 0,
                "Head of Unit", -1, null, 4, 50.0, 37.5, null, 2, null, 6);
        Assessment a = PmoMapping.toAssessment(p);
        assertThat(a.programme().startedOn()).as("a start after the review date").isNull();
        assertThat(a.programme().stage()).isNull();
        assertThat(a.programme().localities()).isNull();
        assertThat(a.sponsorship().seniorSponsor()).isNull();
        assertThat(a.sponsorship().sponsorChangesLast12Months()).isNull();
        assertThat(a.reporting().informationRequestsPerMonth()).isNull();
        assertThat(a.reporting().staffTimeOnReportingPercent()).as("more hours on reporting than the team has").isNull();
        assertThat(a.centre()).isNull();
    }

    @Test
    void aRecordWithoutItsIdentity_isRefused_namingTheRecord() {
        PmoProgramme p = new PmoProgramme("PRG-4", "Untitled", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        assertThatThrownBy(() -> PmoMapping.toAssessment(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PRG-4");
    }
}
