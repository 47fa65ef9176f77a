package org.programmehealth.clearing;

import org.programmehealth.input.AssessmentSchema;
import org.programmehealth.input.FieldPaths;
import org.programmehealth.input.Json;
import org.programmehealth.engine.RuleEngine;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Report;

/**
 * "What would clear it": for each diagnostic, the nearest value of each of its evidence answers
 * that would, changed on its own, make the rule stop firing. The search is generic, so a new rule
 * needs nothing here:
 * <ul>
 *   <li>only answers of the current snapshot that the diagnostic cites as evidence are changed
 *       (never history, which is the past, nor extensions, whose meaning the library does not know);</li>
 *   <li>a yes/no answer is flipped; a choice tries the other choices nearest in the format's order
 *       first; a number steps in whole units away from its value, in the direction the evidence's
 *       comparison points to first ({@code >=} down, {@code <} up), doubling the step until the rule
 *       clears and then halving back to the nearest clearing value, within the format's range; where
 *       the evidence is a plain comparison with a threshold ({@code >= 8}), the first value past the
 *       threshold is tried first;</li>
 *   <li>every candidate is confirmed by assessing the changed programme with the same engine, and
 *       the one kept is checked against the format (so a change never breaks a cross-field check).</li>
 * </ul>
 * Deterministic: the same report and assessment always give the same changes. Stateless and
 * thread-safe.
 */
public final class WouldClear {

    /** How far above its value an answer with no maximum in the format is searched. */
    static final long UNBOUNDED_SEARCH = 10_000;

    private static final Pattern COMPARISON = Pattern.compile("<=|>=|<|>");
    /** A whole condition that compares the answer itself with a number: {@code >= 8}. */
    private static final Pattern PLAIN_COMPARISON = Pattern.compile("(?:^|\\|)\\s*(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?=\\||$)");
    private static final Map<String, double[]> RANGES = ranges();

    private WouldClear() {
    }

    /** The report with {@code wouldClear} worked out for every diagnostic. */
    public static Report annotate(RuleEngine engine, AssessmentFormat format, Assessment assessment, Report report) {
        if (report.diagnostics().isEmpty()) {
            return report;
        }
        Search search = new Search(engine, format, assessment);
        List<Diagnostic> out = new ArrayList<>(report.diagnostics().size());
        for (Diagnostic d : report.diagnostics()) {
            out.add(d.withWouldClear(search.changes(d)));
        }
        return new Report(report.reportVersion(), report.catalogue(), report.tailoring(), report.programme(),
                report.score(), report.coverage(), out, report.strengths(), report.notAssessed(), report.waivers());
    }

    /** One assessment's search, with the reports of changed assessments cached across its diagnostics. */
    private static final class Search {
        private final RuleEngine engine;
        private final AssessmentFormat format;
        private final Assessment assessment;
        private final Map<String, Set<String>> firedByChange = new HashMap<>();

        Search(RuleEngine engine, AssessmentFormat format, Assessment assessment) {
            this.engine = engine;
            this.format = format;
            this.assessment = assessment;
        }

        List<AnswerChange> changes(Diagnostic d) {
            List<AnswerChange> changes = new ArrayList<>();
            Set<String> fields = new LinkedHashSet<>();
            for (Evidence e : d.evidence()) {
                if (FieldPaths.isField(e.field())) {
                    fields.add(e.field());
                }
            }
            for (String field : fields) {
                Object current = FieldPaths.value(assessment, field);
                if (current == null) {
                    continue;
                }
                String conditions = String.join("|", d.evidence().stream().filter(e -> e.field().equals(field))
                        .map(Evidence::condition).toList());
                Object to = nearest(d.ruleId(), field, current, conditions);
                if (to != null && valid(with(assessment, field, to))) {
                    changes.add(new AnswerChange(field, RuleEngine.normalise(current), RuleEngine.normalise(to)));
                }
            }
            return changes;
        }

        private Object nearest(String rule, String field, Object current, String conditions) {
            Class<?> type = Answers.type(field);
            if (type == Boolean.class) {
                Boolean flipped = !((Boolean) current);
                return clears(rule, field, flipped) ? flipped : null;
            }
            if (type.isEnum()) {
                Enum<?> now = (Enum<?>) current;
                List<Enum<?>> others = new ArrayList<>();
                for (Object c : type.getEnumConstants()) {
                    if (c != now) {
                        others.add((Enum<?>) c);
                    }
                }
                others.sort(Comparator.comparingInt((Enum<?> c) -> Math.abs(c.ordinal() - now.ordinal()))
                        .thenComparingInt(Enum::ordinal));
                for (Enum<?> c : others) {
                    if (clears(rule, field, c)) {
                        return c;
                    }
                }
                return null;
            }
            if (type == Integer.class || type == Double.class) {
                return number(rule, field, ((Number) current).doubleValue(), type, conditions);
            }
            return null;
        }

        private Object number(String rule, String field, double value, Class<?> type, String conditions) {
            double[] range = RANGES.getOrDefault(field, new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
            LongPredicate clears = v -> clears(rule, field, type == Integer.class ? (Object) Math.toIntExact(v) : (Object) (double) v);
            Long atBoundary = atThreshold(value, range, conditions, clears);
            if (atBoundary != null) {
                return type == Integer.class ? (Object) Math.toIntExact(atBoundary) : (Object) (double) atBoundary;
            }
            int first = firstDirection(conditions);
            Long found = step(value, first, range, clears);
            Long other = null;
            if (found == null || first == 0) {
                other = step(value, first == 0 ? +1 : -first, range, clears);
            }
            Long best;
            if (found == null) {
                best = other;
            } else if (other == null) {
                best = found;
            } else {
                double a = Math.abs(found - value);
                double b = Math.abs(other - value);
                best = a < b || a == b && found < other ? found : other;
            }
            if (best == null) {
                return null;
            }
            return type == Integer.class ? (Object) Math.toIntExact(best) : (Object) (double) best;
        }

        /**
         * The shortcut for a plain comparison with a threshold ({@code >= 8}, {@code < 12}): the
         * first whole value past the threshold, if the engine confirms that it clears and that the
         * value one step nearer to the answer does not. Null when there is no such comparison or
         * the engine disagrees (then the full search runs).
         */
        private static Long atThreshold(double value, double[] range, String conditions, LongPredicate clears) {
            Long best = null;
            Matcher m = PLAIN_COMPARISON.matcher(conditions);
            while (m.find()) {
                double t = Double.parseDouble(m.group(2));
                long guess = switch (m.group(1)) {
                    case ">=" -> (long) Math.ceil(t) - 1;
                    case ">" -> (long) Math.floor(t);
                    case "<" -> (long) Math.ceil(t);
                    default -> (long) Math.floor(t) + 1;
                };
                if (guess == value || guess < range[0] || guess > range[1]) {
                    continue;
                }
                long nearer = guess + (guess < value ? 1 : -1);
                boolean adjacent = guess < value ? nearer >= value : nearer <= value;
                if (clears.test(guess) && (adjacent || !clears.test(nearer))
                        && (best == null || Math.abs(guess - value) < Math.abs(best - value))) {
                    best = guess;
                }
            }
            return best;
        }

        /**
         * The nearest whole value beyond {@code value} in direction {@code dir} at which the rule
         * clears, or null: doubling steps until it clears, then halving back.
         */
        private static Long step(double value, int dir, double[] range, LongPredicate clears) {
            int d = dir < 0 ? -1 : 1;
            long base = d < 0 ? (long) Math.ceil(value) : (long) Math.floor(value);
            double room = d < 0 ? base - range[0] : range[1] - base;
            long max = Double.isInfinite(room) ? UNBOUNDED_SEARCH : (long) Math.floor(room);
            long known = 0;
            for (long k = 1; max >= 1; k *= 2) {
                long at = Math.min(k, max);
                if (clears.test(base + d * at)) {
                    long lo = known;
                    long hi = at;
                    while (hi - lo > 1) {
                        long mid = (lo + hi) >>> 1;
                        if (clears.test(base + d * mid)) {
                            hi = mid;
                        } else {
                            lo = mid;
                        }
                    }
                    return base + d * hi;
                }
                if (at == max) {
                    return null;
                }
                known = at;
            }
            return null;
        }

        private boolean clears(String rule, String field, Object value) {
            String key = field + "=" + value;
            Set<String> fired = firedByChange.computeIfAbsent(key, k -> engine.firedRules(with(assessment, field, value)));
            return !fired.contains(rule);
        }

        private boolean valid(Assessment changed) {
            try {
                return format.validate(Json.mapper().writeValueAsString(changed), "changed assessment").isEmpty();
            } catch (JsonProcessingException e) {
                return false;
            }
        }
    }

    /** 1 when the evidence compares with {@code <} (raising the answer clears it), -1 for {@code >}, 0 when unclear. */
    static int firstDirection(String conditions) {
        Matcher m = COMPARISON.matcher(conditions);
        boolean less = false;
        boolean more = false;
        while (m.find()) {
            if (m.group().startsWith("<")) {
                less = true;
            } else {
                more = true;
            }
        }
        return less == more ? 0 : less ? 1 : -1;
    }

    static Assessment with(Assessment a, String path, Object value) {
        return Answers.with(a, path, value);
    }

    /** Minimum and maximum of every numeric field, read from the format's JSON Schema. */
    private static Map<String, double[]> ranges() {
        Map<String, double[]> out = new HashMap<>();
        JsonNode schema = AssessmentSchema.tree();
        for (String path : FieldPaths.all()) {
            String[] parts = path.split("\\.");
            JsonNode section = resolve(schema, schema.path("properties").path(parts[0]));
            JsonNode field = resolve(schema, section.path("properties").path(parts[1]));
            double min = field.has("minimum") ? field.get("minimum").asDouble() : Double.NEGATIVE_INFINITY;
            double max = field.has("maximum") ? field.get("maximum").asDouble() : Double.POSITIVE_INFINITY;
            out.put(path, new double[] {min, max});
        }
        return out;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref") && n.get("$ref").asText().startsWith("#/$defs/")) {
            n = schema.path("$defs").path(n.get("$ref").asText().substring("#/$defs/".length()));
        }
        return n;
    }

    /** Changing one answer of an assessment, by its dotted path, through the records' canonical constructors. */
    static final class Answers {
        private Answers() {
        }

        static Class<?> type(String path) {
            String[] parts = path.split("\\.");
            RecordComponent section = component(Assessment.class, parts[0]);
            return component(section.getType(), parts[1]).getType();
        }

        static Assessment with(Assessment a, String path, Object value) {
            String[] parts = path.split("\\.");
            RecordComponent section = component(Assessment.class, parts[0]);
            Object sectionValue = get(section, a);
            Object changedSection = replace(section.getType(), sectionValue, parts[1], value);
            return (Assessment) replace(Assessment.class, a, parts[0], changedSection);
        }

        private static Object replace(Class<?> type, Object record, String name, Object value) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(name) ? value : record == null ? null : get(components[i], record);
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                return c.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " with " + name, e);
            }
        }

        private static RecordComponent component(Class<?> type, String name) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("not a field of the assessment format: " + type.getSimpleName() + "." + name);
        }

        private static Object get(RecordComponent c, Object record) {
            try {
                return c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
    }
}
