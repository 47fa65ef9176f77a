package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;

/** The public view of a rule in force ({@link RuleInfo}), with the thresholds in force filled in. */
final class RuleInfos {

    private RuleInfos() {
    }

    static List<RuleInfo> of(Collection<RuleDefinition> rules, Map<String, Double> thresholds) {
        return rules.stream().map(r -> info(r, thresholds)).toList();
    }

    private static RuleInfo info(RuleDefinition r, Map<String, Double> values) {
        List<ThresholdInfo> ts = new ArrayList<>();
        r.thresholds().forEach((name, d) -> ts.add(new ThresholdInfo(name, d.value(), values.get(name), d.provenance(), d.basis())));
        List<RuleInfo.Condition> conditions = r.conditions().stream()
                .map(c -> new RuleInfo.Condition(c.field(), RuleDefinition.describe(c.template(), values)))
                .toList();
        return new RuleInfo(r.id(), r.sign(), r.kind(), r.theme(), r.severity(), r.title(), r.source(), r.rationale(),
                r.recommendation(), r.message(), conditions, r.history(), ts, r.needs(), r.severityBasis());
    }
}
