package org.programmehealth.examples.embedding;

import java.nio.file.Path;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Report;

/** The README's embedding snippet, compiled and run by a test so that it cannot rot. */
public final class QuickStart {

    private QuickStart() {
    }

    public static String run(Path file) {
        // README:begin
        ProgrammeHealth health = ProgrammeHealth.create();   // build once (about a second), share everywhere
        Assessment assessment = health.read(file);            // throws InvalidAssessmentException listing every problem
        Report report = health.assess(assessment);            // thread-safe, immutable result
        String json = health.toJson(report);                  // the report contract, same bytes for the same input
        // README:end
        return json;
    }
}
