package org.programmehealth.clearing;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.input.FormatSchema;
import org.programmehealth.engine.RuleEngine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.RuleInfo;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * "What would clear it": for each diagnostic, the nearest safe value of each of its evidence answers
 * that would, changed on its own, make the rule stop firing. Safe means:
 * <ul>
 *   <li>only an answer the format's schema marks as something the programme can act on
 *       ({@code "x-answer": "action"}) is changed, never a fact about it (its stage, the problem's
 *       complexity, its size, its age, its start, anything in its history), nor history itself, nor
 *       extensions, nor an answer the respondent said does not apply;</li>
 *   <li>only in the direction the schema marks as better ({@code "x-better"}): a number up or down,
 *       a yes/no to the better answer, a choice to one listed before it; an action with no marked
 *       direction is never changed;</li>
 *   <li>never to a value that brings in another warning as severe as the one it clears, or worse;</li>
 *   <li>within the format's range and its cross-field limits ({@code "x-at-most"}), so the changed
 *       programme is still a valid assessment without validating it again.</li>
 * </ul>
 * A number steps in whole units from its value in the better direction, doubling the step until the
 * rule clears and then halving back to the nearest clearing value; where the evidence is a plain
 * comparison with a threshold ({@code >= 8}), the first value past the threshold is tried first.
 * Each candidate is confirmed with the engine: one rule session stays open over the programme and
 * each change updates the one section it touches, so only the rules that read that section run
 * again (no other rule's outcome can change). When no answer can safely
 * clear a diagnostic, its {@code wouldClear} is an empty list: the report says so.
 *
 * <p>Deterministic: the same report and assessment always give the same changes. Stateless and
 * thread-safe. The marks are read from the one load of the schema ({@link FormatSchema}).
 */
public final class WouldClear {

    /** How far above its value an answer with no maximum in the format is searched. */
    static final long UNBOUNDED_SEARCH = 10_000;

    private static final Pattern COMPARISON = Pattern.compile("<=|>=|<|>");
    /** A whole condition that compares the answer itself with a number: {@code >= 8}. */
    private static final Pattern PLAIN_COMPARISON = Pattern.compile("(?:^|\\|)\\s*(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?=\\||$)");

    private WouldClear() {
    }

    /** As {@link #annotate(RuleEngine, Assessment, Report)}; the format is not needed (candidates are built valid). */
    public static Report annotate(RuleEngine engine, AssessmentFormat format, Assessment assessment, Report report) {
        return annotate(engine, assessment, report);
    }

    /**
     * Assesses the programme and works out {@code wouldClear} for every diagnostic, searching in the
     * rule session that found them ({@link RuleEngine#assessOpen}): as {@code annotate(engine, a,
     * engine.assess(a))}, without a second session.
     */
    public static Report assess(RuleEngine engine, Assessment assessment) {
        try (RuleEngine.Opened opened = engine.assessOpen(assessment)) {
            return annotate(engine, assessment, opened.report(), opened.probe());
        }
    }

    /** The report with {@code wouldClear} worked out for every diagnostic. */
    public static Report annotate(RuleEngine engine, Assessment assessment, Report report) {
        if (report.diagnostics().isEmpty()) {
            return report;
        }
        try (RuleEngine.Probe probe = engine.probe(assessment)) {
            return annotate(engine, assessment, report, probe);
        }
    }

    /**
     * As {@link #annotate(RuleEngine, Assessment, Report)}, trying the changes in a probe already open
     * over the assessment (see {@link RuleEngine#assessOpen}), which is left open.
     */
    public static Report annotate(RuleEngine engine, Assessment assessment, Report report, RuleEngine.Probe probe) {
        if (report.diagnostics().isEmpty()) {
            return report;
        }
        List<Diagnostic> out = new ArrayList<>(report.diagnostics().size());
        Search search = new Search(engine, probe, assessment, report);
        for (Diagnostic d : report.diagnostics()) {
            out.add(d.withWouldClear(search.changes(d)));
        }
        return report.withDiagnostics(out);
    }

    /** One assessment's search, with the outcome of each changed answer cached across its diagnostics. */
    private static final class Search {
        private final RuleEngine.Probe probe;
        private final Assessment assessment;
        private final Map<String, RuleInfo> rules = new HashMap<>();
        private final Set<String> firedNow = new HashSet<>();
        private final Map<String, Set<String>> firedByChange = new HashMap<>();

        Search(RuleEngine engine, RuleEngine.Probe probe, Assessment assessment, Report report) {
            this.probe = probe;
            this.assessment = assessment;
            for (RuleInfo r : engine.rules()) {
                rules.put(r.id(), r);
            }
            report.diagnostics().forEach(d -> firedNow.add(d.ruleId()));
            report.strengths().stream().map(Strength::ruleId).forEach(firedNow::add);
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
                FormatSchema.AnswerMark mark = FormatSchema.answers().get(field);
                Object current = FieldPaths.value(assessment, field);
                if (current == null || mark == null || !mark.action() || assessment.isNotApplicable(field)) {
                    continue;
                }
                String conditions = String.join("|", d.evidence().stream().filter(e -> e.field().equals(field))
                        .map(Evidence::condition).toList());
                Object to = nearest(d.ruleId(), mark, current, conditions);
                if (to != null && safe(d, field, to)) {
                    changes.add(new AnswerChange(field, RuleEngine.normalise(current), RuleEngine.normalise(to)));
                }
            }
            return changes;
        }

        private Object nearest(String rule, FormatSchema.AnswerMark mark, Object current, String conditions) {
            String field = mark.path();
            Class<?> type = Answers.type(field);
            if (type == Boolean.class) {
                Boolean better = mark.betterBoolean();
                return better != null && !better.equals(current) && clears(rule, field, better) ? better : null;
            }
            if (type.isEnum()) {
                List<String> best = mark.choicesBestFirst();
                int now = best.indexOf(((Enum<?>) current).name());
                // the better choices, nearest first
                for (int i = now - 1; i >= 0; i--) {
                    Object c = choice(type, best.get(i));
                    if (c != null && clears(rule, field, c)) {
                        return c;
                    }
                }
                return null;
            }
            if ((type == Integer.class || type == Double.class) && mark.numberDirection() != 0) {
                return number(rule, mark, ((Number) current).doubleValue(), type, conditions);
            }
            return null;
        }

        private static Object choice(Class<?> type, String name) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(name)) {
                    return c;
                }
            }
            return null;
        }

        private Object number(String rule, FormatSchema.AnswerMark mark, double value, Class<?> type, String conditions) {
            String field = mark.path();
            int dir = mark.numberDirection();
            double[] range = {mark.minimum(), mark.maximum()};
            if (mark.atMost() != null && FieldPaths.value(assessment, mark.atMost()) instanceof Number limit) {
                range[1] = Math.min(range[1], limit.doubleValue());
            }
            LongPredicate clears = v -> clears(rule, field, type == Integer.class ? (Object) Math.toIntExact(v) : (Object) (double) v);
            Long best = atThreshold(value, dir, range, conditions, clears);
            if (best == null) {
                best = step(value, dir, range, clears);
            }
            if (best == null) {
                return null;
            }
            return type == Integer.class ? (Object) Math.toIntExact(best) : (Object) (double) best;
        }

        /**
         * The shortcut for a plain comparison with a threshold ({@code >= 8}, {@code < 12}): the
         * first whole value past the threshold in the better direction, if the engine confirms that
         * it clears and that the value one step nearer to the answer does not. Null when there is no
         * such comparison or the engine disagrees (then the full search runs).
         */
        private static Long atThreshold(double value, int dir, double[] range, String conditions, LongPredicate clears) {
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
                if (guess == value || guess < range[0] || guess > range[1] || (guess > value ? 1 : -1) != dir) {
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

        /**
         * The rules among those reading {@code field} that fire with it changed to {@code value}:
         * one incremental update of the open session.
         */
        private Set<String> fired(String field, Object value) {
            return firedByChange.computeIfAbsent(field + "=" + value,
                    k -> probe.fired(with(assessment, field, value), field.substring(0, field.indexOf('.'))));
        }

        private boolean clears(String rule, String field, Object value) {
            return !fired(field, value).contains(rule);
        }

        /** True if the change brings in no warning as severe as the diagnostic's, or worse, that was not there. */
        private boolean safe(Diagnostic d, String field, Object value) {
            for (String id : fired(field, value)) {
                RuleInfo r = rules.get(id);
                if (!firedNow.contains(id) && r != null && !r.isStrength() && r.severity().compareTo(d.severity()) >= 0) {
                    return false;
                }
            }
            return true;
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

    /**
     * Changing one answer of an assessment, by its dotted path, through the records' canonical
     * constructors. Each record type's constructor and accessors are looked up once; a change costs
     * a few reflective calls, small beside the rule session's update that follows it. (Method
     * handles spread over a constructor's arguments cost more at start-up: they generated 59
     * classes the first time "what would clear it" ran.)
     */
    static final class Answers {

        /** A record type's canonical constructor and component accessors, by component name. */
        private record Shape(Constructor<?> constructor, String[] names, Method[] accessors, Class<?>[] types) {
            int index(String name) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(name)) {
                        return i;
                    }
                }
                throw new IllegalArgumentException("not a field of the assessment format: " + name);
            }
        }

        private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                RecordComponent[] components = type.getRecordComponents();
                String[] names = new String[components.length];
                Method[] accessors = new Method[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    names[i] = components[i].getName();
                    types[i] = components[i].getType();
                    accessors[i] = components[i].getAccessor();
                }
                try {
                    return new Shape(type.getDeclaredConstructor(types), names, accessors, types);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
                }
            }
        };

        private static final Map<String, Class<?>> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

        private Answers() {
        }

        static Class<?> type(String path) {
            return TYPES.computeIfAbsent(path, p -> {
                String[] parts = p.split("\\.");
                Shape root = SHAPES.get(Assessment.class);
                Class<?> section = root.types()[root.index(parts[0])];
                Shape s = SHAPES.get(section);
                return s.types()[s.index(parts[1])];
            });
        }

        static Assessment with(Assessment a, String path, Object value) {
            int dot = path.indexOf('.');
            String sectionName = path.substring(0, dot);
            Shape root = SHAPES.get(Assessment.class);
            int i = root.index(sectionName);
            Object section = get(root, i, a);
            Object changed = replace(root.types()[i], section, path.substring(dot + 1), value);
            return (Assessment) replace(Assessment.class, a, sectionName, changed);
        }

        private static Object replace(Class<?> type, Object record, String name, Object value) {
            Shape shape = SHAPES.get(type);
            int at = shape.index(name);
            Object[] args = new Object[shape.names().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = i == at ? value : record == null ? null : get(shape, i, record);
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " with " + name, e);
            }
        }

        private static Object get(Shape shape, int i, Object record) {
            try {
                return shape.accessors()[i].invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + shape.names()[i], e);
            }
        }
    }
}
