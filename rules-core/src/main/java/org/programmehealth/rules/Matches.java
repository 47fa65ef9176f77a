package org.programmehealth.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The per-assessment collector, as the global {@code out} of every rule. A consequence records
 * only that its rule matched ({@code out.record(kcontext)}) and, for a trend rule, which earlier
 * snapshots it compared ({@code out.record(kcontext, $i)}); the engine builds the message and
 * evidence from the rule's annotations. Not thread-safe: one instance per assessment.
 */
public final class Matches {

    /**
     * A rule that matched, the history snapshots it compared (empty for a point-in-time rule) and,
     * for a rule that compares perspectives, what it found them to differ on (questions' paths and
     * signs' keys, sorted; empty otherwise).
     */
    public record Match(String rule, List<Integer> snapshots, List<String> subjects) {
        public Match(String rule, List<Integer> snapshots) {
            this(rule, snapshots, List.of());
        }
    }

    private final List<Match> matches = new ArrayList<>();

    public void record(RuleContext context) {
        matches.add(new Match(context.getRule().getName(), List.of()));
    }

    public void record(RuleContext context, int snapshot) {
        matches.add(new Match(context.getRule().getName(), List.of(snapshot)));
    }

    public void record(RuleContext context, int[] snapshots) {
        List<Integer> list = new ArrayList<>(snapshots.length);
        for (int s : snapshots) {
            list.add(s);
        }
        matches.add(new Match(context.getRule().getName(), List.copyOf(list)));
    }

    /**
     * Records a match of a rule that compares perspectives, with what it compared: the questions
     * and signs the consequence collected ({@code out.record(kcontext, $questions, $signs)}).
     */
    public void record(RuleContext context, java.util.Collection<?> questions, java.util.Collection<?> signs) {
        java.util.TreeSet<String> subjects = new java.util.TreeSet<>();
        questions.forEach(q -> subjects.add(String.valueOf(q)));
        signs.forEach(s -> subjects.add(String.valueOf(s)));
        matches.add(new Match(context.getRule().getName(), List.of(), List.copyOf(subjects)));
    }

    public List<Match> all() {
        return Collections.unmodifiableList(matches);
    }
}
