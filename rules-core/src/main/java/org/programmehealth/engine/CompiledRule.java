package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.input.Json;

/**
 * A rule in force, with everything its per-assessment work needs prepared: bound accessors for the
 * answers it needs and its evidence fields, and its message and condition templates with their
 * thresholds filled in.
 *
 * @param index the rule's place in {@link CompiledRules#ordered()}
 * @param needMask {@code needs} as a set of bits ({@link FieldPaths#mask})
 */
record CompiledRule(int index, RuleDefinition def, FieldPaths.Accessor[] needs, long[] needMask, String[] needPaths,
                    FieldPaths.Accessor[] historyNeeds, String[] extensionNeeds, Template message,
                    Template[] conditions, FieldPaths.Accessor[] conditionFields, String[] conditionExtensions,
                    List<String> allNeeds, boolean compares, RuledOutBy[] ruledOutBy) {

    /** A condition "is ROLL_OUT" ({@code only}) or "<= 2" ({@code op} and {@code value}) on one answer of the assessment. */
    private static final Pattern ONLY_FOR = Pattern.compile("is ([A-Z][A-Z0-9_]*|true|false)");
    /** A condition on a number against a fixed value, thresholds filled in: "<= 2", ">= 60". */
    private static final Pattern COMPARED = Pattern.compile("(<=|>=|<|>) (-?\\d+(?:\\.\\d+)?)");

    /**
     * A condition that one answer given can fail on its own (see {@link Applicability#ruledOut}):
     * it holds only for the answer {@code only}, or only for numbers {@code op value}.
     */
    record RuledOutBy(FieldPaths.Accessor field, String only, String op, double value) {
    }

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
        List<RuledOutBy> ruledOutBy = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (conditionFields[i] == null || r.conditions().get(i).field().startsWith("history")) {
                continue;
            }
            Matcher only = ONLY_FOR.matcher(r.conditions().get(i).template());
            if (only.matches()) {
                ruledOutBy.add(new RuledOutBy(conditionFields[i], only.group(1), null, 0));
            }
            Matcher compared = COMPARED.matcher(conditions[i].describe());
            if (compared.matches()) {
                ruledOutBy.add(new RuledOutBy(conditionFields[i], null, compared.group(1), Double.parseDouble(compared.group(2))));
            }
        }
        List<String> allNeeds = List.copyOf(r.needs());
        // what every report of this rule writes as it is
        Json.rememberRule(r.id(), r.sign(), r.title(), r.recommendation(), r.source().section());
        FieldPaths.Accessor[] needed = needs.toArray(new FieldPaths.Accessor[0]);
        return new CompiledRule(index, r, needed, FieldPaths.mask(needed), needPaths.toArray(new String[0]),
                history.toArray(new FieldPaths.Accessor[0]), extensions.toArray(new String[0]),
                Template.compile(r.message(), thresholds), conditions, conditionFields, conditionExtensions,
                allNeeds, r.comparesResponses(), ruledOutBy.toArray(new RuledOutBy[0]));
    }
}
