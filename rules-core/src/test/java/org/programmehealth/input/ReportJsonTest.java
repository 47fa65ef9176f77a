package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.junit.jupiter.api.Test;
import org.programmehealth.Fixture;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Perspective;
import org.programmehealth.model.Respondent;
import org.programmehealth.model.Stage;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.ProgrammeRef;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.SeenBy;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;
import org.programmehealth.report.WaiverStatus;

/**
 * {@link ReportJson} writes a report exactly as Jackson's bean serializer does with the mix-ins of
 * {@link Json} (the report contract's writer before it): the same characters, pretty with its final
 * line end ({@link Json#write}) and compact ({@link Json#writeCompact}), for the report of every case of
 * every sign of the fixture catalogue, every shipped assessment with what would clear each diagnostic and
 * a waiver, the three views of one programme assessed together, a tailored engine, and reports built by
 * hand with every optional part present or absent and every character that needs escaping.
 */
class ReportJsonTest {

    private static final ObjectMapper BEANS = Json.mapper();
    private static final ObjectWriter BEANS_PRETTY = BEANS.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static void sameText(Report r, String what) throws IOException {
        assertThat(Json.write(r)).as("pretty: %s", what).isEqualTo(BEANS_PRETTY.writeValueAsString(r) + "\n");
        assertThat(Json.writeCompact(r)).as("compact: %s", what).isEqualTo(BEANS.writeValueAsString(r));
    }

    private static List<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("../examples/assessments"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(5);
        return files;
    }

    @Test
    void everyCaseReportIsWrittenAsJacksonWritesIt() throws IOException {
        int diagnostics = 0;
        int notAssessed = 0;
        for (Fixture.Case c : Fixture.cases()) {
            Report r = Fixture.engine().assess(Fixture.engine().parse(c.json(), c.name()));
            diagnostics += r.diagnostics().size();
            notAssessed += r.notAssessed().size();
            sameText(r, c.sign() + " / " + c.name());
        }
        assertThat(diagnostics).as("the cases fire rules").isGreaterThanOrEqualTo(5);
        assertThat(notAssessed).as("the cases leave rules not assessed").isPositive();
    }

    @Test
    void shippedAssessmentsTailoredWithWhatWouldClearAndAWaiverAreWrittenAsJacksonWritesThem() throws IOException {
        List<Path> files = shipped();
        String firstRule = Fixture.engine().assess(Fixture.engine().read(files.get(0))).diagnostics().get(0).ruleId();
        String otherRule = Fixture.engine().rules().get(Fixture.engine().rules().size() - 1).id();
        ProgrammeHealth health = Fixture.builder().wouldClear(true)
                .waive(new Waiver(firstRule, null, "accepted by the board", "PMO", LocalDate.of(2099, 1, 1)))
                .waive(new Waiver(Fixture.engine().rules().get(0).id(), null, "lapsed", "PMO", LocalDate.of(2000, 1, 1)))
                .disableRule(otherRule)
                .build();
        boolean waived = false;
        boolean cleared = false;
        boolean strengths = false;
        boolean notApplicable = false;
        for (Path f : files) {
            Report r = health.assess(health.read(f));
            waived |= r.diagnostics().stream().anyMatch(d -> d.waiver() != null);
            cleared |= r.diagnostics().stream().anyMatch(d -> d.wouldClear() != null && !d.wouldClear().isEmpty());
            strengths |= !r.strengths().isEmpty();
            notApplicable |= !r.notApplicable().isEmpty();
            assertThat(r.tailoring().isEmpty()).as("tailored: %s", f).isFalse();
            assertThat(r.waivers()).as("waivers: %s", f).isNotEmpty();
            sameText(r, f.toString());
            Report plain = Fixture.engine().assess(Fixture.engine().read(f));
            sameText(plain, f + ", as shipped");
        }
        assertThat(waived).as("some report has a waived diagnostic").isTrue();
        assertThat(cleared).as("some report says what would clear a diagnostic").isTrue();
        assertThat(strengths).as("some report has strengths").isTrue();
        assertThat(notApplicable).as("some report has rules not applicable").isTrue();
    }

    @Test
    void severalRespondentsAreWrittenAsJacksonWritesThem() throws IOException {
        List<Assessment> views = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("../examples/assessments/stories/total-place-three-views"))) {
            for (Path f : s.sorted().toList()) {
                views.add(Fixture.engine().read(f));
            }
        }
        Report r = Fixture.builder().wouldClear(true).build().assess(views);
        assertThat(r.respondents()).hasSize(3);
        assertThat(r.differences()).isNotEmpty();
        assertThat(r.diagnostics()).anyMatch(d -> d.seenBy() != null);
        sameText(r, "three views");
    }

    @Test
    void reportsWithEveryOptionalPartAndEveryEscapeAreWrittenAsJacksonWritesThem() throws IOException {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            ascii.append(c);
        }
        String odd = ascii + " ‘quoted’ \uD83D\uDE00 \uD800 é \u2028";
        List<Evidence> evidence = List.of(new Evidence("centre.mode", "DIRECTIVE", "== DIRECTIVE"),
                new Evidence("locality.proposalsAlreadyPlannedPercent", 62.5, ">= 60"),
                new Evidence("a.tiny", 1.0E-7, "> 0"), new Evidence("a.huge", 1.0E21, "> 0"),
                new Evidence("a.nan", Double.NaN, null), new Evidence("a.inf", Double.NEGATIVE_INFINITY, null),
                new Evidence("a.float", 2.5f, null), new Evidence("a.short", (short) 3, null),
                new Evidence("programme.start", LocalDate.of(2009, 3, 31), null),
                new Evidence("programme.stage", Stage.ROLL_OUT, "is ROLL_OUT"),
                new Evidence(odd, odd, odd),
                new Evidence("scope.issues", List.of("a", "b", List.of()), "true"),
                new Evidence("a.map", Map.of("k", List.of(1, 2)), "deep"),
                new Evidence("x.y", Severity.HIGH, "‘quoted’"),
                new Evidence("a.b", 7, "< 8"), new Evidence("a.c", true, "== true"), new Evidence("a.d", 12L, ""),
                new Evidence("a.e", null, null));
        Respondent who = new Respondent(Perspective.LOCALITY, "lead");
        Waiver waiver = new Waiver("r/2", null, "why", "who", LocalDate.of(2030, 1, 2));
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("r/1", "SIGN", Theme.DRIVERS, Severity.HIGH, "Title", "A message with \"quotes\"\n" + odd,
                        evidence, "Do this.", new Source("Section", 3), 20),
                new Diagnostic(null, null, null, null, null, null, List.of(), null, null, 0),
                new Diagnostic("r/2", "SIGN", Theme.MINDSETS, Severity.LOW, "T", "m", evidence.subList(0, 1), "R",
                        new Source("S", 1), 0, waiver,
                        List.of(new AnswerChange("centre.mode", "DIRECTIVE", "COLLABORATIVE"),
                                new AnswerChange("locality.proposalsAlreadyPlannedPercent", 62.5, 59),
                                new AnswerChange(null, null, List.of(1)))),
                new Diagnostic("r/3", "SIGN", Theme.PROCESS, Severity.CRITICAL, "T", "m", evidence, "R", null, 35, null,
                        List.of(), List.of(new SeenBy(Perspective.LOCALITY, "lead", "their message", evidence)),
                        List.of(who)));
        List<Strength> strengths = List.of(
                new Strength("r/4", "GOOD", Theme.LEADERSHIP, "T", odd, evidence, new Source(odd, 2),
                        List.of(new SeenBy(Perspective.CENTRE, "sponsor", "their message", evidence))),
                new Strength(null, null, null, null, null, List.of(), null));
        List<NotAssessed> notAssessed = List.of(new NotAssessed("r/5", "SIGN", List.of("centre.mode", odd), 20),
                new NotAssessed(null, null, List.of(), 5));
        List<NotApplicable> notApplicable = List.of(new NotApplicable("r/6", "SIGN", List.of("a", "b")),
                new NotApplicable(null, null, List.of()));
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        themes.put(Theme.DRIVERS, 40);
        Tailoring tailoring = new Tailoring(80, List.of("r/7"), List.of("SIGN"),
                Map.of("r/1", new Tailoring.SeverityOverride(Severity.LOW, Severity.HIGH)),
                Map.of("t.x", new Tailoring.ThresholdChange(2, 3.5)), new Tailoring.CustomRules(List.of("c/1"), "sha256:0"));
        List<Report> reports = List.of(
                new Report("1", new CatalogueInfo("1.3.0", 85, "sha256:abc"), tailoring,
                        new ProgrammeRef("p", odd, LocalDate.of(2009, 10, 30)),
                        new Score(48, themes, new Score.Range(40, null)), 0.25, diagnostics, strengths, notAssessed,
                        notApplicable, List.of(new WaiverStatus(waiver, WaiverStatus.Status.APPLIED, List.of("r/2"))),
                        List.of(who, new Respondent(Perspective.CENTRE, null)), List.of()),
                new Report(null, null, null, null, null, Double.NaN, List.of(), List.of(), List.of(), null, List.of(),
                        null, null),
                new Report("1", null, new Tailoring(85, List.of(), List.of(), Map.of(), Map.of(), null),
                        new ProgrammeRef(null, null, null), new Score(null, Map.of()), 1.0, List.of(), List.of(),
                        notAssessed, List.of(), List.of(), List.of(), null));
        for (Report r : reports) {
            sameText(r, r.toString());
        }
        // and with the rules' texts remembered, as the catalogue's are, or a rule of the same id remembered
        // with other texts (another engine's): those are written from the diagnostic's own
        Json.rememberRule("r/1", "SIGN", "Another title", "Do that.", "Section");
        Json.rememberRule("r/3", "SIGN", "T", "R", null);
        Json.rememberRule("r/4", "GOOD", "T", null, odd);
        for (Report r : reports) {
            sameText(r, r + ", remembered");
        }
        // an answer nested twenty lists deep: written by Jackson, then indented where it stands
        Report deep = reports.get(0).withDiagnostics(List.of(new Diagnostic("r/9", "S", Theme.DRIVERS, Severity.LOW,
                "T", "m", List.of(new Evidence("a", nested(20), "deep")), "R", null, 5)));
        sameText(deep, "nested twenty lists deep");
    }

    private static Object nested(int depth) {
        return depth == 0 ? List.of("bottom", Map.of("k", 1)) : List.of(depth, nested(depth - 1));
    }
}
