package org.programmehealth.report;


import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the catalogue was changed for this report, so that a reader knows it was tailored: rules and
 * signs switched off, severities changed, thresholds away from their defaults, and rules added.
 * {@link #isEmpty()} when the catalogue runs as shipped (the JSON report then leaves it out).
 *
 * @param rulesInForce     how many rules were run: the catalogue's, less those disabled, plus custom rules
 * @param disabledRules    rule ids switched off (directly; rules of a disabled sign are not repeated here)
 * @param disabledSigns    signs all of whose rules are switched off
 * @param severityOverrides by rule id: the catalogue's severity and the one in force
 * @param thresholds       by name, the thresholds whose value in force differs from the catalogue's
 * @param customRules      the rules added to the catalogue, or {@code null} if none
 */
public record Tailoring(int rulesInForce, List<String> disabledRules, List<String> disabledSigns,
                        Map<String, SeverityOverride> severityOverrides, Map<String, ThresholdChange> thresholds,
                        CustomRules customRules) {

    /** A rule's severity as the catalogue has it, and as it is in force. */
    public record SeverityOverride(Severity catalogue, Severity inForce) {
    }

    /** A threshold's value as the catalogue has it, and as it is in force. */
    public record ThresholdChange(double catalogue, double inForce) {
    }

    /** Rules loaded beside the catalogue: their ids and the SHA-256 of their sources. */
    public record CustomRules(List<String> ids, String fingerprint) {
        public CustomRules {
            ids = List.copyOf(ids);
        }
    }

    public Tailoring {
        disabledRules = List.copyOf(disabledRules);
        disabledSigns = List.copyOf(disabledSigns);
        severityOverrides = java.util.Collections.unmodifiableMap(new TreeMap<>(severityOverrides));
        thresholds = java.util.Collections.unmodifiableMap(new TreeMap<>(thresholds));
    }

    /** True if nothing was changed: the catalogue ran as shipped. */
    public boolean isEmpty() {
        return disabledRules.isEmpty() && disabledSigns.isEmpty() && severityOverrides.isEmpty() && thresholds.isEmpty()
                && customRules == null;
    }
}
