package org.programmehealth.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EvidenceFormatTest {

    @Test
    void wholeNumbers_loseTheirPointZero_otherNumbersStayAsWritten() {
        assertThat(Evidence.format(24.0)).isEqualTo("24");
        assertThat(Evidence.format(-3.0)).isEqualTo("-3");
        assertThat(Evidence.format(0.35)).isEqualTo("0.35");
        assertThat(Evidence.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(Evidence.format(7L)).isEqualTo("7");
    }

    @Test
    void choicesDatesAndTruthValues_readAsTheFormatWritesThem_andNoValueSaysSo() {
        assertThat(Evidence.format(Severity.HIGH)).isEqualTo("HIGH");
        assertThat(Evidence.format(LocalDate.of(2026, 3, 31))).isEqualTo("2026-03-31");
        assertThat(Evidence.format(true)).isEqualTo("true");
        assertThat(Evidence.format(null)).isEqualTo("(not answered)");
    }
}
