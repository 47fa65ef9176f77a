package org.programmehealth.report;

import java.util.List;

import org.programmehealth.model.Perspective;

/**
 * One respondent whose own answers fire a rule, in a report of several responses: where they sit,
 * their role as they gave it, the message their answers give, and the evidence from their answers.
 * An addition to the report contract.
 */
public record SeenBy(Perspective perspective, String role, String message, List<Evidence> evidence) {
    public SeenBy {
        evidence = List.copyOf(evidence);
    }
}
