package org.programmehealth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.programmehealth.config.ConfigFile;
import org.programmehealth.config.EngineSettings;
import org.programmehealth.input.Json;
import org.programmehealth.engine.RuleEngine;
import org.programmehealth.clearing.WouldClear;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Programme;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Waiver;

/** Whether responses can be assessed together (see {@link ProgrammeHealth#checkTogether}). */
final class Responses {

    private Responses() {
    }

    static void checkTogether(List<Assessment> responses, List<String> sources) {
        if (responses.size() != sources.size()) {
            throw new IllegalArgumentException("one source name per response: " + responses.size() + " responses, "
                    + sources.size() + " names");
        }
        Programme first = responses.get(0).programme();
        for (int i = 1; i < responses.size(); i++) {
            Programme p = responses.get(i).programme();
            String both = sources.get(0) + " and " + sources.get(i);
            String why = "; responses are assessed together only when they are about the same programme on the same date";
            if (!first.id().equals(p.id())) {
                throw new InvalidAssessmentException(both, List.of(new Problem("$.programme.id", sources.get(0)
                        + " is about the programme '" + first.id() + "', " + sources.get(i) + " about '" + p.id() + "'" + why, 0, 0)));
            }
            if (!first.assessedOn().equals(p.assessedOn())) {
                throw new InvalidAssessmentException(both, List.of(new Problem("$.programme.assessedOn", sources.get(0)
                        + " describes the programme on " + first.assessedOn() + ", " + sources.get(i) + " on " + p.assessedOn() + why, 0, 0)));
            }
            if (!first.name().equals(p.name())) {
                throw new InvalidAssessmentException(both, List.of(new Problem("$.programme.name", sources.get(0)
                        + " names the programme '" + first.name() + "', " + sources.get(i) + " '" + p.name() + "': the same programme must have the same name", 0, 0)));
            }
        }
        if (responses.size() > 1) {
            for (int i = 0; i < responses.size(); i++) {
                if (responses.get(i).respondent() == null) {
                    throw new InvalidAssessmentException(sources.get(i), List.of(new Problem("$.respondent",
                            "when several responses are assessed together, each must say who answered: add a respondent with"
                                    + " its perspective (CENTRE, LOCALITY, PARTNER or INDEPENDENT)", 0, 0)));
                }
            }
        }
    }
}
