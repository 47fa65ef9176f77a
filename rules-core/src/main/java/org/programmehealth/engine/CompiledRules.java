package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force, compiled: by id, and in id order (a rule's {@link CompiledRule#index()} is
 * its place in that order, so per-assessment flags are arrays); and in the order a report lists them
 * within a severity, by theme and then id ({@link #byTheme}), so that lists built in that order need
 * no sorting.
 */
record CompiledRules(Map<String, CompiledRule> byId, CompiledRule[] ordered, CompiledRule[] byTheme) {

    /** Theme, then rule id: the order of a report's strengths, rules not assessed and rules that do not apply. */
    static final java.util.Comparator<CompiledRule> THEME_THEN_ID = (x, y) -> {
        int c = x.def().theme().compareTo(y.def().theme());
        return c != 0 ? c : x.def().id().compareTo(y.def().id());
    };

    static CompiledRules compile(Map<String, RuleDefinition> rules, Map<String, Double> thresholds) {
        Map<String, CompiledRule> compiled = new HashMap<>();
        List<CompiledRule> ordered = new ArrayList<>();
        for (RuleDefinition r : rules.values()) {
            CompiledRule c = CompiledRule.compile(ordered.size(), r, thresholds);
            compiled.put(r.id(), c);
            ordered.add(c);
        }
        CompiledRule[] byTheme = ordered.toArray(new CompiledRule[0]);
        java.util.Arrays.sort(byTheme, THEME_THEN_ID);
        return new CompiledRules(compiled, ordered.toArray(new CompiledRule[0]), byTheme);
    }

    /** The rule with this id, or {@code null} if it is not in force. */
    CompiledRule get(String id) {
        return byId.get(id);
    }

    int size() {
        return ordered.length;
    }
}
