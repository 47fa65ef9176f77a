package org.programmehealth;

import java.util.List;

import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Theme;

/**
 * Everything the catalogue says about one rule, read from the rule's own annotations.
 *
 * @param kind       {@code WARNING} or {@code STRENGTH}
 * @param severity   the severity of a warning; {@code null} for a strength
 * @param conditions each input field the rule reads, with the condition it checks (thresholds filled in)
 * @param history    fields a trend rule compares across earlier snapshots; empty for a point-in-time rule
 * @param needs      every answer the rule needs to be assessed
 * @param severityBasis why the catalogue gives a warning its severity (a calibration, citing the report);
 *                   {@code null} for a strength, and for a custom rule that does not say
 */
public record RuleInfo(String id, String sign, String kind, Theme theme, Severity severity, String title,
                       Source source, String rationale, String recommendation, String message,
                       List<Condition> conditions, List<String> history, List<ThresholdInfo> thresholds,
                       List<String> needs, String severityBasis) {

    /** One field a rule reads and what it checks, e.g. {@code locality.dataQuality} with {@code <= 2}. */
    public record Condition(String field, String condition) {
    }

    public RuleInfo {
        conditions = List.copyOf(conditions);
        history = List.copyOf(history);
        thresholds = List.copyOf(thresholds);
        needs = List.copyOf(needs);
    }

    public boolean isStrength() {
        return "STRENGTH".equals(kind);
    }

    public boolean isTrend() {
        return !history.isEmpty();
    }

    /**
     * True for a rule that compares the answers of several respondents (it reads
     * {@code respondent.perspective}): out of scope for one response, where it is neither assessed
     * nor counted in coverage or the score.
     */
    public boolean comparesResponses() {
        return needs.contains("respondent.perspective");
    }
}
