package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.programmehealth.input.FieldPaths;

/**
 * A rule in force, with everything its per-assessment work needs prepared: bound accessors for the
 * answers it needs and its evidence fields, and its message and condition templates with their
 * thresholds filled in.
 *
 * @param index the rule's place in {@link CompiledRules#ordered()}
 */
record CompiledRule(int index, RuleDefinition def, FieldPaths.Accessor[] needs, String[] needPaths,
                    FieldPaths.Accessor[] historyNeeds, String[] extensionNeeds, Template message,
                    Template[] conditions, FieldPaths.Accessor[] conditionFields, String[] conditionExtensions) {

    static CompiledRule compile(int index, RuleDefinition r, Map<String, Double> thresholds) {
        List<FieldPaths.Accessor> needs = new ArrayList<>();
        List<String> needPaths = new ArrayList<>();
        List<String> extensions = new ArrayList<>();
        List<FieldPaths.Accessor> history = new ArrayList<>();
        for (String path : r.needs()) {
            if (path.startsWith("history[*].")) {
                history.add(FieldPaths.accessor(path.substring("history[*].".length())));
            } else if (path.startsWith("extensions.")) {
                extensions.add(path);
            } else {
                needs.add(FieldPaths.accessor(path));
                needPaths.add(path);
            }
        }
        Template[] conditions = r.conditions().stream().map(c -> Template.compile(c.template(), thresholds))
                .toArray(Template[]::new);
        int n = r.conditions().size();
        FieldPaths.Accessor[] conditionFields = new FieldPaths.Accessor[n];
        String[] conditionExtensions = new String[n];
        for (int i = 0; i < n; i++) {
            String field = r.conditions().get(i).field();
            if (field.startsWith("extensions.")) {
                conditionExtensions[i] = field.substring("extensions.".length());
            } else {
                conditionFields[i] = FieldPaths.accessor(field);
            }
        }
        return new CompiledRule(index, r, needs.toArray(new FieldPaths.Accessor[0]), needPaths.toArray(new String[0]),
                history.toArray(new FieldPaths.Accessor[0]), extensions.toArray(new String[0]),
                Template.compile(r.message(), thresholds), conditions, conditionFields, conditionExtensions);
    }
}
