package org.programmehealth.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.programmehealth.ProgrammeHealth;

/** The PMO integration with its two seams, the repository and the store, mocked; the library is real. */
@ExtendWith(MockitoExtension.class)
class PortfolioReviewTest {

    private static final ProgrammeHealth HEALTH = ProgrammeHealth.create();
    private static final LocalDate REVIEWED = LocalDate.of(2009, 10, 30);

    @Mock
    ProgrammeRepository repository;

    @Mock
    ReportStore store;

    @Captor
    ArgumentCaptor<ReportStore.StoredReport> saved;

    static PmoProgramme overloaded(String code) {
        return new PmoProgramme(code, "Overloaded programme", REVIEWED, LocalDate.of(2009, 1, 15), "Pilot", 3, "G7", 3,
                14, 7, 12.0, 37.5, 3, 9, 10, 6);
    }

    static PmoProgramme steady(String code) {
        return new PmoProgramme(code, "Steady programme", REVIEWED, LocalDate.of(2005, 4, 1), "Rollout", 4, "SCS3", 0,
                2, 1, 1.0, 37.5, 3, 3, 60, 24);
    }

    @Test
    void run_storesOneReportPerProgramme_andTheOverloadedOneShowsItsWarningSignsWithEvidence() throws Exception {
        when(repository.activeProgrammes()).thenReturn(List.of(overloaded("PRG-1"), steady("PRG-2")));

        PortfolioReview.Outcome outcome = new PortfolioReview(HEALTH, repository, store).run();

        assertThat(outcome.stored()).containsExactly("PRG-1", "PRG-2");
        assertThat(outcome.failed()).isEmpty();
        verify(store, org.mockito.Mockito.times(2)).save(saved.capture());
        ReportStore.StoredReport bad = saved.getAllValues().get(0);
        ReportStore.StoredReport good = saved.getAllValues().get(1);
        assertThat(bad.programmeCode()).isEqualTo("PRG-1");
        assertThat(bad.assessedOn()).isEqualTo(REVIEWED);
        assertThat(bad.warningSigns()).isPositive();
        assertThat(good.warningSigns()).isZero();
        // the PMO's records answer only a few questions: the unanswered ones count as warnings, so
        // neither programme gets a flattering score, and the overloaded one scores no higher
        assertThat(good.overallScore()).isNotNull().isLessThanOrEqualTo(50);
        assertThat(bad.overallScore()).isNotNull().isLessThanOrEqualTo(good.overallScore());
        JsonNode json = new ObjectMapper().readTree(bad.json());
        assertThat(json.path("programme").path("id").asText()).isEqualTo("PRG-1");
        assertThat(json.path("diagnostics").findValuesAsText("field")).contains("reporting.informationRequestsPerMonth",
                "sponsorship.seniorSponsor");
    }

    @Test
    void aRecordThePmoCannotIdentify_isSkippedWithItsReason_andTheOthersAreStillStored() {
        PmoProgramme untitled = new PmoProgramme("PRG-9", " ", REVIEWED, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        when(repository.activeProgrammes()).thenReturn(List.of(untitled, steady("PRG-2")));

        PortfolioReview.Outcome outcome = new PortfolioReview(HEALTH, repository, store).run();

        assertThat(outcome.stored()).containsExactly("PRG-2");
        assertThat(outcome.failed()).containsOnlyKeys("PRG-9");
        assertThat(outcome.failed().get("PRG-9")).contains("lacks a code, a title or a review date");
        verify(store).save(argThat(r -> r.programmeCode().equals("PRG-2")));
        verify(store, org.mockito.Mockito.never()).save(argThat(r -> r.programmeCode().equals("PRG-9")));
    }

    @Test
    void aStoreThatFailsForOneProgramme_doesNotStopTheReview_andTheFailureIsReported() {
        when(repository.activeProgrammes()).thenReturn(List.of(overloaded("PRG-1"), steady("PRG-2")));
        doThrow(new IllegalStateException("store unreachable")).when(store).save(argThat(r -> r.programmeCode().equals("PRG-1")));

        PortfolioReview.Outcome outcome = new PortfolioReview(HEALTH, repository, store).run();

        assertThat(outcome.stored()).containsExactly("PRG-2");
        assertThat(outcome.failed()).isEqualTo(Map.of("PRG-1", "could not store the report: store unreachable"));
        verify(store).save(argThat(r -> r.programmeCode().equals("PRG-2") && r.warningSigns() == 0));
    }

    @Test
    void anEmptyPortfolio_storesNothing() {
        when(repository.activeProgrammes()).thenReturn(List.of());
        PortfolioReview.Outcome outcome = new PortfolioReview(HEALTH, repository, store).run();
        assertThat(outcome.stored()).isEmpty();
        assertThat(outcome.failed()).isEmpty();
        verify(store, org.mockito.Mockito.never()).save(any());
    }
}
