package org.programmehealth.report;

import java.util.List;

/** A protective factor the report credits with success, found in the assessment. */
public record Strength(String ruleId, String sign, Theme theme, String title, String message,
                       List<Evidence> evidence, Source source) {
    public Strength {
        evidence = List.copyOf(evidence);
    }
}
