package org.programmehealth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> KNOWN = List.of("reportingOverload.maxRequestsPerMonth", "reportingOverload.maxRequestingBodies",
            "issueCreep.maxTargetsAdded", "timescales.minPartnershipAgeMonths");

    @Test
    void distance_countsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.distance("", "abc")).isEqualTo(3);
        assertThat(NearestName.distance("same", "same")).isZero();
    }

    @Test
    void aMisspeltName_getsTheNearestKnownName_only() {
        String s = NearestName.suggestion("issueCreep.maxTargetAdded", KNOWN, "thresholds", "the docs");
        assertThat(s).isEqualTo("did you mean 'issueCreep.maxTargetsAdded'?");
        assertThat(NearestName.suggestion("ReportingOverload.MaxRequestsPerMonth", KNOWN, "thresholds", "the docs"))
                .isEqualTo("did you mean 'reportingOverload.maxRequestsPerMonth'?");
    }

    @Test
    void aNameNearNothing_saysHowManyThereAreAndWhere_withoutListingThem() {
        String s = NearestName.suggestion("colour", KNOWN, "thresholds", "the docs");
        assertThat(s).isEqualTo("none of the 4 thresholds is near it; they are listed in the docs");
    }
}
