package org.programmehealth.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.drools.model.Model;
import org.drools.model.Rule;
import org.programmehealth.ProgrammeHealthException;

/**
 * Every rule's definition, the catalogue's and the custom rules' merged by id: a custom rule must
 * carry the catalogue's annotations and an id of its own.
 *
 * @param all       every rule by id, sorted
 * @param customIds the ids of the custom rules, sorted
 * @param shipped   how many rules the catalogue's own models hold
 */
record Definitions(Map<String, RuleDefinition> all, Set<String> customIds, int shipped) {

    /**
     * @throws ProgrammeHealthException if two rules share an id, a rule lacks its metadata (a
     *                                  configuration error for a custom rule), or there is no rule at all
     */
    static Definitions of(List<Model> builtIn, CustomRules.Compiled custom, CatalogueSource source) {
        Map<String, RuleDefinition> all = new TreeMap<>();
        Set<String> customIds = new TreeSet<>();
        int shipped = parse(builtIn, all, null, source);
        if (custom != null) {
            parse(custom.models(), all, custom, null);
            for (Model m : custom.models()) {
                m.getRules().forEach(r -> customIds.add(r.getName()));
            }
        }
        if (all.isEmpty()) {
            throw ProgrammeHealthException.catalogue("the rule base has no rules", null);
        }
        return new Definitions(all, customIds, shipped);
    }

    /** Parses every rule's metadata into {@code out}; returns how many rules the models hold. */
    private static int parse(List<Model> models, Map<String, RuleDefinition> out, CustomRules.Compiled custom,
                             CatalogueSource catalogue) {
        int count = 0;
        for (Model m : models) {
            for (Rule rule : m.getRules()) {
                String origin = custom == null ? rule.getPackage()
                        : "custom rule in " + custom.fileOfRule().getOrDefault(rule.getName(), "package " + rule.getPackage());
                RuleDefinition def;
                try {
                    def = RuleDefinition.parse(rule.getName(), origin, rule.getMetaData(),
                            catalogue == null ? null : catalogue.signOf(rule.getPackage()));
                } catch (ProgrammeHealthException e) {
                    // a custom rule without its metadata is the embedder's to fix, like any setting
                    throw custom == null ? e : ProgrammeHealthException.configuration(
                            e.getMessage().replaceFirst("^Rule catalogue: ", ""));
                }
                RuleDefinition earlier = out.putIfAbsent(rule.getName(), def);
                if (earlier != null) {
                    throw custom == null
                            ? ProgrammeHealthException.catalogue("two rules have the id '" + rule.getName() + "'", null)
                            : ProgrammeHealthException.configuration("the " + origin + " has the id '" + rule.getName()
                                    + "', which another rule already has: give it an id of its own");
                }
                count++;
            }
        }
        return count;
    }
}
