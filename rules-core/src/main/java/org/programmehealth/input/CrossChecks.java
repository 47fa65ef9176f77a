package org.programmehealth.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.programmehealth.InputLimits;
import org.programmehealth.Problem;

/**
 * What a schema cannot say about a valid document: real dates, dates in order, departments seeing
 * benefit within departments involved, and the length of the history.
 */
final class CrossChecks {

    private CrossChecks() {
    }

    static void check(JsonNode tree, InputLimits limits, Map<String, int[]> locations, List<Problem> problems) {
        LocalDate assessedOn = date(tree.path("programme").path("assessedOn"), "$.programme.assessedOn", locations, problems);
        LocalDate startedOn = date(tree.path("programme").path("startedOn"), "$.programme.startedOn", locations, problems);
        if (startedOn != null && assessedOn != null && startedOn.isAfter(assessedOn)) {
            problems.add(Locations.problem("$.programme.startedOn", "startedOn " + startedOn + " is after assessedOn "
                    + assessedOn, locations));
        }
        benefit(tree.path("centre"), "$.centre", locations, problems);
        NotApplicableCheck.check(tree, (path, message) -> problems.add(Locations.problem(path, message, locations)));
        JsonNode history = tree.path("history");
        if (history.isArray()) {
            if (history.size() > limits.maxHistory()) {
                problems.add(Locations.problem("$.history", "history has " + history.size()
                        + " snapshots, more than the limit of " + limits.maxHistory(), locations));
                return;
            }
            LocalDate previous = null;
            for (int i = 0; i < history.size(); i++) {
                String at = "$.history[" + i + "]";
                LocalDate d = date(history.get(i).path("assessedOn"), at + ".assessedOn", locations, problems);
                if (d != null && assessedOn != null && !d.isBefore(assessedOn)) {
                    problems.add(Locations.problem(at + ".assessedOn", "a history snapshot (" + d
                            + ") must be dated before the assessment itself (" + assessedOn + ")", locations));
                }
                if (d != null && previous != null && !d.isAfter(previous)) {
                    problems.add(Locations.problem(at + ".assessedOn", "history must be oldest first with strictly"
                            + " increasing dates: " + d + " does not come after " + previous, locations));
                }
                if (d != null) {
                    previous = d;
                }
                benefit(history.get(i).path("centre"), at + ".centre", locations, problems);
            }
        }
    }

    private static void benefit(JsonNode centre, String at, Map<String, int[]> locations, List<Problem> problems) {
        JsonNode involved = centre.path("departmentsInvolved");
        JsonNode benefit = centre.path("departmentsSeeingBenefit");
        if (involved.isIntegralNumber() && benefit.isIntegralNumber() && benefit.asLong() > involved.asLong()) {
            problems.add(Locations.problem(at + ".departmentsSeeingBenefit", "departmentsSeeingBenefit (" + benefit.asLong()
                    + ") cannot exceed departmentsInvolved (" + involved.asLong() + ")", locations));
        }
    }

    private static LocalDate date(JsonNode node, String path, Map<String, int[]> locations, List<Problem> problems) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(Locations.problem(path, "'" + node.asText() + "' is not a real date (YYYY-MM-DD)", locations));
            return null;
        }
    }
}
