package org.programmehealth.engine;

import java.time.LocalDate;
import java.util.List;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;
import org.programmehealth.report.Evidence;

/** The evidence of a match: each earlier snapshot's fields the rule compared, then each of its conditions. */
final class EvidenceBuilder {

    private EvidenceBuilder() {
    }

    static List<Evidence> evidence(CompiledRule c, FieldPaths.Answers answers, List<Integer> snapshots) {
        Assessment a = answers.assessment();
        RuleDefinition r = c.def();
        List<RuleDefinition.Condition> conditions = r.conditions();
        Evidence[] evidence = new Evidence[snapshots.size() * r.history().size() + conditions.size()];
        int k = 0;
        for (int i : snapshots) {
            Snapshot s = a.history().get(i);
            for (String field : r.history()) {
                evidence[k++] = new Evidence("history[" + i + "]." + field, normalise(FieldPaths.value(s, field)),
                        "earlier snapshot, " + s.assessedOn());
            }
        }
        for (int i = 0; i < conditions.size(); i++) {
            Object value = c.conditionFields()[i] != null ? answers.get(c.conditionFields()[i])
                    : a.extensions().get(c.conditionExtensions()[i]);
            evidence[k++] = new Evidence(conditions.get(i).field(), normalise(value), c.conditions()[i].fill(answers, snapshots));
        }
        // an immutable list: the report's records keep it without copying
        return List.of(evidence);
    }

    /** Evidence values as the JSON input had them: whole numbers without ".0", choices and dates as text. */
    static Object normalise(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value;
    }
}
