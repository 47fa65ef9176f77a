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

    /** A rule that matched, and the history snapshots it compared (empty for a point-in-time rule). */
    public record Match(String rule, List<Integer> snapshots) {
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

    public List<Match> all() {
        return Collections.unmodifiableList(matches);
    }
}
