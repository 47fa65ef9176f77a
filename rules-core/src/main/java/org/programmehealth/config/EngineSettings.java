package org.programmehealth.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.programmehealth.report.Severity;
import org.programmehealth.report.Waiver;

/**
 * Everything a builder collected, checked against the rules when the engine is built.
 *
 * @param origins where a setting came from, for messages, by key ({@code "thresholds/name"},
 *                {@code "disabledRules/id"}, {@code "disabledSigns/SIGN"}, {@code "severityOverrides/id"},
 *                {@code "waivers/<index>"}): e.g. {@code "team.json: $.thresholds.name"}
 */
public record EngineSettings(Map<String, Number> thresholds, Set<String> disabledRules, Set<String> disabledSigns,
                             Map<String, Severity> severities, List<Waiver> waivers,
                             List<CustomRulesLocation> customRules, Map<String, String> origins) {

    /** Where custom rules come from: a folder, or a folder on the class path. */
    public record CustomRulesLocation(Path folder, String classpathFolder) {
        public static CustomRulesLocation folder(Path folder) {
            return new CustomRulesLocation(folder, null);
        }

        public static CustomRulesLocation classpath(String folder) {
            return new CustomRulesLocation(null, folder);
        }

        @Override
        public String toString() {
            return folder != null ? folder.toString() : "classpath:" + classpathFolder;
        }
    }

    public EngineSettings {
        thresholds = Map.copyOf(thresholds);
        disabledRules = Set.copyOf(disabledRules);
        disabledSigns = Set.copyOf(disabledSigns);
        severities = Map.copyOf(severities);
        waivers = List.copyOf(waivers);
        customRules = List.copyOf(customRules);
        origins = Map.copyOf(origins);
    }

    /** " (file: $.path)" if the setting came from a configuration file, else "". */
    public String from(String key) {
        String o = origins.get(key);
        return o == null ? "" : " (" + o + ")";
    }
}
