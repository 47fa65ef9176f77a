package org.programmehealth.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An acknowledged diagnostic: a team knows about a warning sign, has a reason to accept it for now,
 * and names who owns that decision and until when. A waived diagnostic stays in the report, marked
 * with its waiver, but costs no points; once the assessment is dated after {@code expires} the
 * waiver no longer applies and the report says so.
 *
 * <p>A waiver names either one rule ({@link #forRule}) or every rule of a sign ({@link #forSign}).
 *
 * @param rule    the rule id it waives, or {@code null} for a waiver of a whole sign
 * @param sign    the sign it waives, or {@code null} for a waiver of one rule
 * @param reason  why the diagnostic is accepted, for the reader of the report
 * @param owner   who accepted it
 * @param expires the last assessment date on which it applies
 */
public record Waiver(String rule, String sign, String reason, String owner, LocalDate expires) {

    /**
     * @throws IllegalArgumentException unless exactly one of rule and sign is given, and reason and owner are not blank
     * @throws NullPointerException     if reason, owner or expires is null
     */
    public Waiver {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        if ((rule == null) == (sign == null)) {
            throw new IllegalArgumentException("a waiver names either a rule or a sign, not " + (rule == null ? "neither" : "both"));
        }
        if (rule != null && rule.isBlank() || sign != null && sign.isBlank()) {
            throw new IllegalArgumentException("a waiver's rule or sign must not be blank");
        }
        if (reason.isBlank() || owner.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason and an owner");
        }
    }

    /** Waives one rule's diagnostic until {@code expires} (inclusive). */
    public static Waiver forRule(String ruleId, String reason, String owner, LocalDate expires) {
        return new Waiver(Objects.requireNonNull(ruleId, "ruleId"), null, reason, owner, expires);
    }

    /** Waives every diagnostic of a sign until {@code expires} (inclusive). */
    public static Waiver forSign(String sign, String reason, String owner, LocalDate expires) {
        return new Waiver(null, Objects.requireNonNull(sign, "sign"), reason, owner, expires);
    }

    /** True if this waiver names the diagnostic's rule or its sign (whether or not it has expired). */
    public boolean covers(String ruleId, String diagnosticSign) {
        return rule != null ? rule.equals(ruleId) : sign.equals(diagnosticSign);
    }

    /** True if it no longer applies to an assessment dated {@code assessedOn}. */
    public boolean expiredOn(LocalDate assessedOn) {
        return expires.isBefore(assessedOn);
    }

    /** What the waiver names, for messages: {@code rule 'x'} or {@code sign 'Y'}. */
    public String target() {
        return rule != null ? "rule '" + rule + "'" : "sign '" + sign + "'";
    }
}
