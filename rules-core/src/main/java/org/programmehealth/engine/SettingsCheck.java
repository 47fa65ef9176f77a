package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.config.EngineSettings;
import org.programmehealth.report.Waiver;

/** Every rule, sign and threshold a setting names must exist: a misspelt name is an error, never ignored. */
final class SettingsCheck {

    private SettingsCheck() {
    }

    /**
     * Checks the rules, signs and waivers the settings name (thresholds are checked with their
     * declarations, {@link ThresholdDeclarations}).
     *
     * @throws ProgrammeHealthException (a configuration error) listing every unknown name
     */
    static void check(EngineSettings settings, Map<String, RuleDefinition> all) {
        Set<String> signs = new TreeSet<>();
        all.values().forEach(r -> signs.add(r.sign()));
        List<String> problems = new ArrayList<>();
        for (String id : new TreeSet<>(settings.disabledRules())) {
            if (!all.containsKey(id)) {
                problems.add("cannot disable unknown rule '" + id + "'" + settings.from("disabledRules/" + id));
            }
        }
        for (String sign : new TreeSet<>(settings.disabledSigns())) {
            if (!signs.contains(sign)) {
                problems.add("cannot disable unknown sign '" + sign + "'" + settings.from("disabledSigns/" + sign)
                        + "; the signs are: " + String.join(", ", signs));
            }
        }
        new TreeMap<>(settings.severities()).forEach((id, s) -> {
            RuleDefinition r = all.get(id);
            if (r == null) {
                problems.add("cannot override the severity of unknown rule '" + id + "'" + settings.from("severityOverrides/" + id));
            } else if (r.isStrength()) {
                problems.add("rule '" + id + "'" + settings.from("severityOverrides/" + id) + " is a strength, which has no severity");
            }
        });
        for (int i = 0; i < settings.waivers().size(); i++) {
            Waiver w = settings.waivers().get(i);
            boolean known = w.rule() != null ? all.containsKey(w.rule()) : signs.contains(w.sign());
            if (!known) {
                problems.add("the waiver of unknown " + w.target() + settings.from("waivers/" + i) + " can never apply");
            }
        }
        if (!problems.isEmpty()) {
            throw ProgrammeHealthException.configuration(String.join("; ", problems));
        }
    }
}
