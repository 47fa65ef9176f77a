package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueCommandTest {

    @Test
    void catalogue_printsMarkdownByDefault_withEverySignPage() {
        ProgrammeHealthCliTest.Run r = ProgrammeHealthCliTest.run("catalogue");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("UNREALISTIC_TIMESCALES").contains("<!-- signs/unrealistic_timescales.md -->")
                .contains("calibrated").contains("report");
    }

    @Test
    void catalogue_asJsonAndHtml_givesOneDocumentEach() {
        ProgrammeHealthCliTest.Run json = ProgrammeHealthCliTest.run("catalogue", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out().strip()).startsWith("{").endsWith("}").contains("\"fingerprint\"");
        ProgrammeHealthCliTest.Run html = ProgrammeHealthCliTest.run("catalogue", "--format", "html");
        assertThat(html.code()).isZero();
        assertThat(html.out()).contains("<html").doesNotContain("<script");
        assertThat(ProgrammeHealthCliTest.run("catalogue", "--format", "pdf").code()).isEqualTo(2);
    }
}
