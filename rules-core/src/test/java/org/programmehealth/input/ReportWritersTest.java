package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.Fixture;
import org.programmehealth.model.Perspective;
import org.programmehealth.model.Respondent;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.SeenBy;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;

/**
 * {@link ReportWriters} writes diagnostics, strengths, evidence and rules not assessed or not applicable exactly as Jackson's bean serializer does
 * with the mix-ins of {@link Json}: the same bytes, pretty and compact, for the report of every case
 * of every sign of the fixture catalogue, every shipped assessment (with what would clear each
 * diagnostic, and a waiver), and
 * diagnostics with every optional part present or absent. A component added to either record and
 * not written by the writers makes the two differ.
 */
class ReportWritersTest {

    private static final ObjectMapper FAST = Json.writerMapper(true);
    private static final ObjectMapper BEANS = Json.writerMapper(false);

    private static void sameBytes(Object value, String what) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String expected = BEANS.writer(pretty).writeValueAsString(value);
        assertThat(FAST.writer(pretty).writeValueAsString(value)).as("pretty: %s", what).isEqualTo(expected);
        assertThat(FAST.writeValueAsString(value)).as("compact: %s", what).isEqualTo(BEANS.writeValueAsString(value));
    }

    @Test
    void everyCaseReportIsWrittenAsTheBeanSerializerWritesIt() throws IOException {
        int diagnostics = 0;
        for (Fixture.Case c : Fixture.cases()) {
            Report r = Fixture.engine().assess(Fixture.engine().parse(c.json(), c.name()));
            diagnostics += r.diagnostics().size();
            sameBytes(r, c.sign() + " / " + c.name());
        }
        assertThat(diagnostics).as("the cases fire rules").isGreaterThanOrEqualTo(5);
    }

    @Test
    void shippedAssessmentsWithWhatWouldClearAndAWaiverAreWrittenTheSame() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("../examples/assessments")),
                Files.list(Path.of("../examples/assessments/stories")))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(5);
        String firstRule = Fixture.engine().assess(Fixture.engine().read(files.get(0))).diagnostics().get(0).ruleId();
        ProgrammeHealth health = Fixture.builder().wouldClear(true)
                .waive(new Waiver(firstRule, null, "accepted by the board", "PMO", LocalDate.of(2099, 1, 1))).build();
        boolean waived = false;
        boolean cleared = false;
        for (Path f : files) {
            Report r = health.assess(health.read(f));
            waived |= r.diagnostics().stream().anyMatch(d -> d.waiver() != null);
            cleared |= r.diagnostics().stream().anyMatch(d -> d.wouldClear() != null && !d.wouldClear().isEmpty());
            sameBytes(r, f.toString());
        }
        assertThat(waived).as("some report has a waived diagnostic").isTrue();
        assertThat(cleared).as("some report says what would clear a diagnostic").isTrue();
    }

    @Test
    void diagnosticsWithEveryOptionalPartPresentOrAbsentAreWrittenTheSame() throws IOException {
        List<Evidence> evidence = List.of(new Evidence("centre.mode", "DIRECTIVE", "== DIRECTIVE"),
                new Evidence("locality.proposalsAlreadyPlannedPercent", 62.5, ">= 60"),
                new Evidence("programme.start", LocalDate.of(2009, 3, 31), null),
                new Evidence("\"odd\" \\ field\n", null, "tab\there"),
                new Evidence("scope.issues", List.of("a", "b"), "true"),
                new Evidence("x.y", Severity.HIGH, "‘quoted’ \uD83D\uDE00"),
                new Evidence("a.b", 7, "< 8"), new Evidence("a.c", true, "== true"), new Evidence("a.d", 12L, ""));
        Respondent who = new Respondent(Perspective.LOCALITY, "lead");
        List<Diagnostic> all = List.of(
                new Diagnostic("r/1", "SIGN", Theme.DRIVERS, Severity.HIGH, "Title", "A message with \"quotes\"",
                        evidence, "Do this.", new Source("Section", 3), 20),
                new Diagnostic(null, null, null, null, null, null, List.of(), null, null, 0),
                new Diagnostic("r/2", "SIGN", Theme.MINDSETS, Severity.LOW, "T", "m", evidence.subList(0, 1), "R",
                        new Source("S", 1), 0, new Waiver("r/2", null, "why", "who", LocalDate.of(2030, 1, 2)),
                        List.of(new AnswerChange("centre.mode", "DIRECTIVE", "COLLABORATIVE"),
                                new AnswerChange("locality.proposalsAlreadyPlannedPercent", 62.5, 59))),
                new Diagnostic("r/3", "SIGN", Theme.PROCESS, Severity.CRITICAL, "T", "m", evidence, "R", null, 35, null,
                        List.of(), List.of(new SeenBy(Perspective.LOCALITY, "lead", "their message", evidence)),
                        List.of(who)));
        for (Diagnostic d : all) {
            sameBytes(d, d.ruleId());
            sameBytes(List.of(d, d), "a list of " + d.ruleId());
        }
        // and with its texts remembered, as the catalogue's are, or a rule of the same id remembered with
        // other texts (another engine's): those are written from the diagnostic's own
        Json.rememberRule("r/1", "SIGN", "Another title", "Do that.", "Section");
        Json.rememberRule("r/3", "SIGN", "T", "R", null);
        all.forEach(d -> {
            Json.remember(d.ruleId());
            Json.remember(d.title());
            d.evidence().forEach(e -> Json.remember(e.field()));
        });
        for (Diagnostic d : all) {
            sameBytes(d, d.ruleId() + ", remembered");
        }
    }

    @Test
    void strengthsRulesNotAssessedAndNotApplicableAreWrittenTheSame() throws IOException {
        List<Evidence> evidence = List.of(new Evidence("partnership.coDesign", 4, ">= 4"), new Evidence("x.y", null, null));
        List<Object> entries = List.of(
                new Strength("r/1", "SIGN", Theme.PROCESS, "Title", "A \"message\"", evidence, new Source("Section", 5)),
                new Strength(null, null, null, null, null, List.of(), null),
                new Strength("r/4", "GOOD", Theme.LEADERSHIP, "T", "m", evidence, new Source("S", 2),
                        List.of(new SeenBy(Perspective.CENTRE, "sponsor", "their message", evidence))),
                new NotAssessed("r/1", "SIGN", List.of("centre.mode", "\"odd\" path\n"), 20),
                new NotAssessed("r/unknown", "OTHER", List.of(), 0),
                new NotAssessed(null, null, List.of(), 5),
                new NotApplicable("r/1", "SIGN", List.of("centre.mode")),
                new NotApplicable("r/unknown", null, List.of("a", "b")),
                new NotApplicable(null, null, List.of()));
        for (Object e : entries) {
            sameBytes(e, e.toString());
        }
        sameBytes(entries, "all of them in a list");
        Json.rememberRule("r/1", "ANOTHER_SIGN", "T", "R", "S");
        Json.remember("centre.mode");
        for (Object e : entries) {
            sameBytes(e, e + ", remembered");
        }
    }

    @Test
    void shippedAssessmentsIncludeStrengthsAndRulesNotAssessedAndNotApplicable() throws IOException {
        // the comparison above is worth something for these writers only if the reports have such entries
        Report sparse = Fixture.engine().assess(Fixture.engine().read(Path.of("../examples/assessments/sparse.json")));
        assertThat(sparse.notAssessed()).isNotEmpty();
        boolean notApplicable = false;
        boolean strengths = false;
        try (Stream<Path> s = Files.list(Path.of("../examples/assessments/stories"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                Report r = Fixture.engine().assess(Fixture.engine().read(f));
                notApplicable |= !r.notApplicable().isEmpty();
                strengths |= !r.strengths().isEmpty();
            }
        }
        assertThat(notApplicable).as("some story has rules not applicable").isTrue();
        assertThat(strengths).as("some story has strengths").isTrue();
    }
}
