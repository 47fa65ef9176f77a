package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force, compiled: by id, and in id order (a rule's {@link CompiledRule#index()} is
 * its place in that order, so per-assessment flags are arrays).
 */
record CompiledRules(Map<String, CompiledRule> byId, CompiledRule[] ordered) {

    static CompiledRules compile(Map<String, RuleDefinition> rules, Map<String, Double> thresholds) {
        Map<String, CompiledRule> compiled = new HashMap<>();
        List<CompiledRule> ordered = new ArrayList<>();
        for (RuleDefinition r : rules.values()) {
            CompiledRule c = CompiledRule.compile(ordered.size(), r, thresholds);
            compiled.put(r.id(), c);
            ordered.add(c);
        }
        return new CompiledRules(compiled, ordered.toArray(new CompiledRule[0]));
    }

    /** The rule with this id, or {@code null} if it is not in force. */
    CompiledRule get(String id) {
        return byId.get(id);
    }

    int size() {
        return ordered.length;
    }
}
