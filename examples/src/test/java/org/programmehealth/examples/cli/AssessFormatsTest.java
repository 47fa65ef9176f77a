package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.SAMPLE;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format of {@code assess} honours {@code --output} and {@code --fail-on} the same way. */
class AssessFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, Programme Health report: Riverside", "json, \"reportVersion\" : \"1\"",
        "markdown, # Programme Health report: Riverside", "html, <!DOCTYPE html>"})
    void everyFormat_printsItsReport_toTheTerminal(String format, String start) {
        ProgrammeHealthCliTest.Run r = run("assess", SAMPLE.toString(), "--format", format);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(start).contains("Riverside Total Place pilot");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text", "json", "markdown", "html"})
    void everyFormat_writesOnlyTheOutputFile_atomically_andHonoursFailOn(String format, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("out/report." + format);
        ProgrammeHealthCliTest.Run failing = run("assess", SAMPLE.toString(), "--format", format, "--output", target.toString(),
                "--fail-on", "HIGH");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).isEmpty();
        String written = Files.readString(target);
        assertThat(written).contains("Riverside Total Place pilot");
        assertThat(run("assess", SAMPLE.toString(), "--format", format).out()).isEqualTo(written);
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
        assertThat(run("assess", SAMPLE.toString(), "--format", format, "--output", target.toString(), "--fail-on", "CRITICAL")
                .code()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, What would clear it:", "json, \"wouldClear\" : [", "markdown, **What would clear it:**",
        "html, <dt>What would clear it</dt>"})
    void everyFormat_saysWhatWouldClearEachDiagnostic(String format, String marker) {
        assertThat(run("assess", SAMPLE.toString(), "--format", format).out()).contains(marker);
    }

    @org.junit.jupiter.api.Test
    void theOutputFile_isReadableLikeAnOrdinaryNewFile_notOnlyByItsOwner(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
        Path target = dir.resolve("report.html");
        assertThat(run("assess", SAMPLE.toString(), "--format", "html", "--output", target.toString()).code()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @ParameterizedTest(name = "--format \"{0}\"")
    // any case of a known name is accepted now (issue 13 item 8: EverydayFrictionsTest); a misspelt one is not
    @CsvSource({"pdf", "TXT", "''"})
    void anUnknownFormat_isAUsageError(String format) {
        ProgrammeHealthCliTest.Run r = run("assess", SAMPLE.toString(), "--format", format);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").doesNotContain("\tat ");
    }
}
