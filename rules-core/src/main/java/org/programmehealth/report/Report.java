package org.programmehealth.report;

import java.util.List;

/**
 * The result of one assessment, as in the report contract (version 1). Immutable; its lists are in
 * a fixed order (diagnostics by severity, most severe first, then theme, then rule id; strengths,
 * not-assessed and not-applicable rules by theme, then rule id), so the same input always gives the
 * same report.
 *
 * @param tailoring     how the catalogue was changed for this run ({@link Tailoring#isEmpty()} if it ran as shipped)
 * @param coverage      share (0..1, two decimals) of the rules that apply (in force, less those not applicable)
 *                      that had every answer they need
 * @param notApplicable the rules that need an answer the respondent said does not apply: they cost
 *                      nothing and are left out of coverage (an addition to the contract)
 * @param waivers       what became of each configured waiver, in the order configured (empty if none)
 */
public record Report(String reportVersion, CatalogueInfo catalogue, Tailoring tailoring, ProgrammeRef programme,
                     Score score, double coverage, List<Diagnostic> diagnostics, List<Strength> strengths,
                     List<NotAssessed> notAssessed, List<NotApplicable> notApplicable, List<WaiverStatus> waivers) {

    /** The version of the report contract this library writes. */
    public static final String VERSION = "1";

    public Report {
        diagnostics = List.copyOf(diagnostics);
        strengths = List.copyOf(strengths);
        notAssessed = List.copyOf(notAssessed);
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
        waivers = List.copyOf(waivers);
    }

    /** A report in which every rule applies (no {@code notApplicable} entries). */
    public Report(String reportVersion, CatalogueInfo catalogue, Tailoring tailoring, ProgrammeRef programme,
                  Score score, double coverage, List<Diagnostic> diagnostics, List<Strength> strengths,
                  List<NotAssessed> notAssessed, List<WaiverStatus> waivers) {
        this(reportVersion, catalogue, tailoring, programme, score, coverage, diagnostics, strengths, notAssessed,
                List.of(), waivers);
    }

    /** This report with other diagnostics (e.g. with what would clear each), everything else the same. */
    public Report withDiagnostics(List<Diagnostic> changed) {
        return new Report(reportVersion, catalogue, tailoring, programme, score, coverage, changed, strengths, notAssessed,
                notApplicable, waivers);
    }
}
