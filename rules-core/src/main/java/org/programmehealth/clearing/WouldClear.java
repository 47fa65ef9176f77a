package org.programmehealth.clearing;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.input.FormatSchema;
import org.programmehealth.engine.RuleEngine;

import java.lang.reflect.Constructor;
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
 * Each candidate is confirmed with the engine, run on the changed programme, with the rules that
 * read the changed answer only (no other rule's outcome can change). When no answer can safely
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

    /** The report with {@code wouldClear} worked out for every diagnostic. */
    public static Report annotate(RuleEngine engine, Assessment assessment, Report report) {
        if (report.diagnostics().isEmpty()) {
            return report;
        }
        Search search = new Search(engine, assessment, report);
        List<Diagnostic> out = new ArrayList<>(report.diagnostics().size());
        for (Diagnostic d : report.diagnostics()) {
            out.add(d.withWouldClear(search.changes(d)));
        }
        return report.withDiagnostics(out);
    }

    /** The fields of the format a rule reads: its evidence and its needs (of the current snapshot). */
    private static Set<String> reads(RuleInfo r) {
        Set<String> out = new LinkedHashSet<>();
        r.conditions().forEach(c -> out.add(c.field()));
        out.addAll(r.needs());
        out.removeIf(f -> !FieldPaths.isField(f));
        return out;
    }

    /** One assessment's search, with the outcome of each changed answer cached across its diagnostics. */
    private static final class Search {
        private final RuleEngine engine;
        private final Assessment assessment;
        private final Map<String, RuleInfo> rules = new HashMap<>();
        private final Map<String, Set<String>> readers = new HashMap<>();
        private final Set<String> firedNow = new HashSet<>();
        private final Map<String, Set<String>> firedByChange = new HashMap<>();

        Search(RuleEngine engine, Assessment assessment, Report report) {
            this.engine = engine;
            this.assessment = assessment;
            for (RuleInfo r : engine.rules()) {
                rules.put(r.id(), r);
                for (String f : reads(r)) {
                    readers.computeIfAbsent(f, k -> new HashSet<>()).add(r.id());
                }
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

        /** The rules among those reading {@code field} that fire with it changed to {@code value}. */
        private Set<String> fired(String field, Object value) {
            return firedByChange.computeIfAbsent(field + "=" + value,
                    k -> engine.firedRules(with(assessment, field, value), readers.getOrDefault(field, Set.of())));
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
