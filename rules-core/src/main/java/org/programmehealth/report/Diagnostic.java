package org.programmehealth.report;

import java.util.List;

/**
 * A warning sign found, with the evidence for it.
 *
 * @param penalty    points this diagnostic takes off its theme's score; 0 when a more severe
 *                   diagnostic of the same sign already counts (a sign costs once), or when it is waived
 * @param waiver     the waiver that acknowledges it, or {@code null}; a waived diagnostic costs nothing
 * @param wouldClear the single-answer changes that would each, on its own, clear this diagnostic
 *                   (at most one per field, the nearest value that clears it, in the order of the
 *                   rule's evidence), each a change the programme can act on; empty when no such
 *                   change clears it safely; {@code null} when none was worked out. An addition to
 *                   the report contract.
 */
public record Diagnostic(String ruleId, String sign, Theme theme, Severity severity, String title,
                         String message, List<Evidence> evidence, String recommendation, Source source,
                         int penalty, Waiver waiver, List<AnswerChange> wouldClear) {
    public Diagnostic {
        evidence = List.copyOf(evidence);
        wouldClear = wouldClear == null ? null : List.copyOf(wouldClear);
    }

    /** A diagnostic for which no clearing change has been worked out ({@code wouldClear} is {@code null}). */
    public Diagnostic(String ruleId, String sign, Theme theme, Severity severity, String title, String message,
                      List<Evidence> evidence, String recommendation, Source source, int penalty) {
        this(ruleId, sign, theme, severity, title, message, evidence, recommendation, source, penalty, null, null);
    }

    /** This diagnostic with the given clearing changes ({@code null}: not worked out; empty: no safe change). */
    public Diagnostic withWouldClear(List<AnswerChange> changes) {
        return new Diagnostic(ruleId, sign, theme, severity, title, message, evidence, recommendation, source, penalty,
                waiver, changes);
    }

    /** This diagnostic with another penalty. */
    public Diagnostic withPenalty(int points) {
        return new Diagnostic(ruleId, sign, theme, severity, title, message, evidence, recommendation, source, points,
                waiver, wouldClear);
    }

    /** This diagnostic acknowledged by a waiver ({@code null}: not waived). */
    public Diagnostic withWaiver(Waiver w) {
        return new Diagnostic(ruleId, sign, theme, severity, title, message, evidence, recommendation, source, penalty,
                w, wouldClear);
    }

    /** True if a waiver in force acknowledges this diagnostic. */
    public boolean isWaived() {
        return waiver != null;
    }
}
