package org.programmehealth.report;

import java.util.List;

/**
 * A warning sign found, with the evidence for it.
 *
 * @param penalty points this diagnostic takes off its theme's score; 0 when a more severe
 *                diagnostic of the same sign already counts (a sign costs once), or when it is waived
 * @param waiver  the waiver that acknowledges it, or {@code null}; a waived diagnostic costs nothing
 */
public record Diagnostic(String ruleId, String sign, Theme theme, Severity severity, String title,
                         String message, List<Evidence> evidence, String recommendation, Source source,
                         int penalty, Waiver waiver) {
    public Diagnostic {
        evidence = List.copyOf(evidence);
    }

    /** True if a waiver in force acknowledges this diagnostic. */
    public boolean isWaived() {
        return waiver != null;
    }
}
