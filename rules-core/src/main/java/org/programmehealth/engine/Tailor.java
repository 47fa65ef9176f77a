package org.programmehealth.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.programmehealth.config.EngineSettings;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Tailoring;

/**
 * The rules in force after tailoring: those not switched off (by id or by sign), with their
 * severities as overridden.
 *
 * @param rules            the rules in force by id, sorted
 * @param severityChanges  the rules whose severity a setting changed, with the catalogue's and the one in force
 */
record Tailor(Map<String, RuleDefinition> rules, Map<String, Tailoring.SeverityOverride> severityChanges) {

    static Tailor of(Map<String, RuleDefinition> all, EngineSettings settings) {
        Map<String, RuleDefinition> inForce = new TreeMap<>();
        Map<String, Tailoring.SeverityOverride> severityChanges = new TreeMap<>();
        all.forEach((id, r) -> {
            if (settings.disabledRules().contains(id) || settings.disabledSigns().contains(r.sign())) {
                return;
            }
            Severity s = settings.severities().get(id);
            if (s != null && s != r.severity()) {
                severityChanges.put(id, new Tailoring.SeverityOverride(r.severity(), s));
                r = r.withSeverity(s);
            }
            inForce.put(id, r);
        });
        return new Tailor(inForce, severityChanges);
    }

    /** How the catalogue was tailored, as every report shows it. */
    Tailoring tailoring(EngineSettings settings, Map<String, Tailoring.ThresholdChange> thresholdChanges,
                        Tailoring.CustomRules custom) {
        List<String> disabledRules = settings.disabledRules().stream().sorted().toList();
        List<String> disabledSigns = settings.disabledSigns().stream().sorted().toList();
        return new Tailoring(rules.size(), disabledRules, disabledSigns, severityChanges, thresholdChanges, custom);
    }
}
