package org.programmehealth.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.config.EngineSettings;
import org.programmehealth.report.Tailoring;

/**
 * The thresholds the rules declare and the values in force: each declaration's default unless a
 * setting replaces it.
 *
 * @param values  every threshold's value in force, by name
 * @param changes the thresholds a setting changed, with the default and the value in force
 */
record ThresholdDeclarations(Map<String, Number> values, Map<String, Tailoring.ThresholdChange> changes) {

    /**
     * @throws ProgrammeHealthException if two rules declare a threshold differently, or a setting names an
     *                                  unknown threshold or gives one a value that is not a finite number
     */
    static ThresholdDeclarations resolve(Iterable<RuleDefinition> rules, Set<String> customIds, EngineSettings settings) {
        Map<String, RuleDefinition.ThresholdDeclaration> declarations = declarations(rules, customIds);
        Map<String, Number> values = new TreeMap<>();
        declarations.forEach((name, d) -> values.put(name, d.value()));
        Map<String, Tailoring.ThresholdChange> changes = new TreeMap<>();
        settings.thresholds().forEach((name, value) -> {
            if (!declarations.containsKey(name)) {
                throw ProgrammeHealthException.configuration("unknown threshold '" + name + "'" + settings.from("thresholds/" + name)
                        + ": " + NearestName.suggestion(name, declarations.keySet(), "thresholds", "the catalogue's docs"));
            }
            if (value == null || !Double.isFinite(value.doubleValue())) {
                throw ProgrammeHealthException.configuration("threshold '" + name + "'" + settings.from("thresholds/" + name)
                        + " must be a finite number, not " + value);
            }
            values.put(name, value);
            if (value.doubleValue() != declarations.get(name).value()) {
                changes.put(name, new Tailoring.ThresholdChange(declarations.get(name).value(), value.doubleValue()));
            }
        });
        return new ThresholdDeclarations(values, changes);
    }

    private static Map<String, RuleDefinition.ThresholdDeclaration> declarations(Iterable<RuleDefinition> rules,
                                                                               Set<String> customIds) {
        Map<String, RuleDefinition.ThresholdDeclaration> out = new TreeMap<>();
        Map<String, String> declaredBy = new TreeMap<>();
        for (RuleDefinition r : rules) {
            r.thresholds().forEach((name, d) -> {
                RuleDefinition.ThresholdDeclaration earlier = out.putIfAbsent(name, d);
                if (earlier != null && (earlier.value() != d.value() || !earlier.provenance().equals(d.provenance()))) {
                    String message = "threshold '" + name + "' is declared differently by rules '" + declaredBy.get(name)
                            + "' and '" + r.id() + "'";
                    throw customIds.contains(r.id()) || customIds.contains(declaredBy.get(name))
                            ? ProgrammeHealthException.configuration(message + ": give the custom rule's threshold a name of its own")
                            : ProgrammeHealthException.catalogue(message, null);
                }
                declaredBy.putIfAbsent(name, r.id());
            });
        }
        return out;
    }
}
