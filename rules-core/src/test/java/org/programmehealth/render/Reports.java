package org.programmehealth.render;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.model.Perspective;
import org.programmehealth.model.Respondent;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Difference;
import org.programmehealth.report.SeenBy;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.ProgrammeRef;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;

/** Hand-made reports for the renderers' tests: no rule base needed. */
final class Reports {

    static final String HOSTILE = "<script>alert('x')</script> & \"Co\" *bold* |pipe| [link](http://evil.example)";

    private Reports() {
    }

    /**
     * PROCESS 45 with two diagnostics, BEHAVIOURS 80 with one, LEADERSHIP 100, DRIVERS and MINDSETS
     * not assessed; one strength; two rules not assessed.
     */
    static Report sample(String name) {
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        themes.put(Theme.DRIVERS, null);
        themes.put(Theme.PROCESS, 45);
        themes.put(Theme.BEHAVIOURS, 80);
        themes.put(Theme.MINDSETS, null);
        themes.put(Theme.LEADERSHIP, 100);
        Diagnostic critical = new Diagnostic("timescales/closure", "UNREALISTIC_TIMESCALES", Theme.PROCESS, Severity.CRITICAL,
                "Closure discussed early", "Closure was discussed at 14 months.",
                List.of(new Evidence("timescales.reviewOrClosureDiscussed", true, "is true"),
                        new Evidence("timescales.partnershipAgeMonths", 14L, "< 24")),
                "Hold your nerve.", new Source("Unrealistic timescales", 6), 35, null,
                List.of(new AnswerChange("timescales.reviewOrClosureDiscussed", true, false),
                        new AnswerChange("timescales.partnershipAgeMonths", 14L, 24L)));
        Diagnostic medium = new Diagnostic("reporting/bodies", "REPORTING_OVERLOAD", Theme.PROCESS, Severity.MEDIUM,
                "Many bodies asking", "5 bodies ask.", List.of(new Evidence("reporting.requestingBodies", 5L, ">= 4")),
                "Channel requests.", new Source("Unrealistic timescales", 6), 10, null,
                List.of(new AnswerChange("reporting.requestingBodies", 5L, 3L)));
        Diagnostic behaviours = new Diagnostic("incrementalism/planned", "INCREMENTALISM", Theme.BEHAVIOURS, Severity.HIGH,
                "Proposals from the drawing board", "65% already planned.",
                List.of(new Evidence("locality.proposalsAlreadyPlannedPercent", 65L, ">= 60")),
                "Make room for radical options.", new Source("Learning about underlying behaviours", 8), 20, null, null);
        Strength strength = new Strength("codesign/strong", "CO_DESIGNED", Theme.LEADERSHIP, "Designed together",
                "Co-design is 5 of 5.", List.of(new Evidence("partnership.coDesign", 5L, ">= 4")), new Source("Co-design", 9));
        return new Report("1", new CatalogueInfo("1.2.3", 9, "sha256:abc123"), UNTAILORED,
                new ProgrammeRef("prog-1", name, LocalDate.of(2009, 10, 30)), new Score(75, themes), 0.78,
                List.of(critical, behaviours, medium), List.of(strength),
                List.of(new NotAssessed("drivers/rule", "SOME_SIGN", List.of("centre.outcomesAgreed", "centre.prescribesProcess")),
                        new NotAssessed("mindsets/rule", "OTHER_SIGN", List.of("learning.learningLog"))), List.of());
    }

    private static final org.programmehealth.report.Tailoring UNTAILORED =
            new org.programmehealth.report.Tailoring(9, List.of(), List.of(), Map.of(), Map.of(), null);

    static Report empty() {
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        return new Report("1", new CatalogueInfo("1.2.3", 9, "sha256:abc123"), UNTAILORED,
                new ProgrammeRef("p", "Empty", LocalDate.of(2009, 1, 1)), new Score(null, themes), 0.0,
                List.of(), List.of(), List.of(), List.of());
    }

    /** Two findings of one sign (HIGH and MEDIUM), with the sign's one recommendation. */
    static Report twoFindingsOfOneSign() {
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        themes.put(Theme.PROCESS, 80);
        Diagnostic high = new Diagnostic("reporting/volume", "REPORTING_OVERLOAD", Theme.PROCESS, Severity.HIGH,
                "Too many requests", "12 requests a month.", List.of(new Evidence("reporting.informationRequestsPerMonth", 12L, ">= 10")),
                "Channel requests.", new Source("Unrealistic timescales", 6), 20, null, null);
        Diagnostic medium = new Diagnostic("reporting/bodies", "REPORTING_OVERLOAD", Theme.PROCESS, Severity.MEDIUM,
                "Many bodies asking", "5 bodies ask.", List.of(new Evidence("reporting.requestingBodies", 5L, ">= 4")),
                "Channel requests.", new Source("Unrealistic timescales", 6), 0, null, null);
        return new Report("1", new CatalogueInfo("1.2.3", 9, "sha256:abc123"), UNTAILORED,
                new ProgrammeRef("prog-2", "Two findings", LocalDate.of(2009, 10, 30)), new Score(80, themes), 0.5,
                List.of(high, medium), List.of(), List.of(), List.of());
    }

    /** A centre, a locality and a partner: the locality sees a sign the centre does not; one question far apart. */
    static Report threeRespondents() {
        Respondent centre = new Respondent(Perspective.CENTRE, "Programme director");
        Respondent locality = new Respondent(Perspective.LOCALITY, "Lead officer");
        Respondent partner = new Respondent(Perspective.PARTNER, null);
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        themes.put(Theme.LEADERSHIP, 80);
        Evidence e = new Evidence("partnership.localOwnership", 2L, "<= 2");
        Diagnostic owned = new Diagnostic("lack-of-local-ownership/not-owned", "LACK_OF_LOCAL_OWNERSHIP", Theme.LEADERSHIP,
                Severity.HIGH, "Not owned locally", "Ownership is rated 2 of 5.", List.of(e), "Give it to them.",
                new Source("Learning about process", 5), 20, null, null,
                List.of(new SeenBy(Perspective.LOCALITY, "Lead officer", "Ownership is rated 2 of 5.", List.of(e))), List.of(centre));
        Difference d = new Difference("partnership.localOwnership", "'Local leaders feel the programme is theirs' (1 to 5)", 2, true, List.of(new Difference.Answer(Perspective.CENTRE,
                "Programme director", 4L), new Difference.Answer(Perspective.LOCALITY, "Lead officer", 2L),
                new Difference.Answer(Perspective.PARTNER, null, null)));
        return new Report("1", new CatalogueInfo("1.2.3", 9, "sha256:abc123"), UNTAILORED,
                new ProgrammeRef("prog-3", "Three views", LocalDate.of(2009, 10, 30)), new Score(80, themes), 0.5,
                List.of(owned), List.of(), List.of(), List.of(), List.of(), List.of(centre, locality, partner), List.of(d));
    }
}
