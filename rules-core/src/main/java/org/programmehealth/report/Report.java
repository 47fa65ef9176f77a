package org.programmehealth.report;

import java.util.List;

/**
 * The result of one assessment, as in the report contract (version 1). Immutable; its lists are in
 * a fixed order (diagnostics by severity, most severe first, then theme, then rule id; strengths
 * and not-assessed rules by theme, then rule id), so the same input always gives the same report.
 *
 * @param tailoring how the catalogue was changed for this run ({@link Tailoring#isEmpty()} if it ran as shipped)
 * @param coverage  share (0..1, two decimals) of the rules in force that had every answer they need
 * @param waivers   what became of each configured waiver, in the order configured (empty if none)
 * @param respondents in a report of several responses (or of one that names its respondent), who
 *                  answered: by perspective (centre, locality, partner, independent), then role;
 *                  {@code null} for one unnamed response. An addition to the report contract.
 * @param differences in a report of several responses, the rating and yes/no questions the respondents
 *                  answered differently, those far apart first, then by spread; {@code null} for one
 *                  unnamed response. An addition to the report contract.
 */
public record Report(String reportVersion, CatalogueInfo catalogue, Tailoring tailoring, ProgrammeRef programme,
                     Score score, double coverage, List<Diagnostic> diagnostics, List<Strength> strengths,
                     List<NotAssessed> notAssessed, List<WaiverStatus> waivers,
                     List<org.programmehealth.model.Respondent> respondents, List<Difference> differences) {

    /** The version of the report contract this library writes. */
    public static final String VERSION = "1";

    public Report {
        diagnostics = List.copyOf(diagnostics);
        strengths = List.copyOf(strengths);
        notAssessed = List.copyOf(notAssessed);
        waivers = List.copyOf(waivers);
        respondents = respondents == null ? null : List.copyOf(respondents);
        differences = differences == null ? null : List.copyOf(differences);
    }

    /** A report of one unnamed response ({@code respondents} and {@code differences} are {@code null}). */
    public Report(String reportVersion, CatalogueInfo catalogue, Tailoring tailoring, ProgrammeRef programme,
                  Score score, double coverage, List<Diagnostic> diagnostics, List<Strength> strengths,
                  List<NotAssessed> notAssessed, List<WaiverStatus> waivers) {
        this(reportVersion, catalogue, tailoring, programme, score, coverage, diagnostics, strengths, notAssessed,
                waivers, null, null);
    }
}
