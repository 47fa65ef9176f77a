package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Score;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Theme;

/**
 * The scoring method, small enough to audit (the catalogue's {@code docs/scoring.md} gives the
 * reasons and a worked example):
 * <ol>
 *   <li>Each theme starts at 100.</li>
 *   <li>Each warning sign found costs its theme the penalty of its most severe diagnostic
 *       (LOW 5, MEDIUM 10, HIGH 20, CRITICAL 35). A sign costs once: further diagnostics of the
 *       same sign carry a penalty of 0.</li>
 *   <li>A warning rule that could not be assessed counts as if it had fired: no evidence is not
 *       good evidence, and leaving an answer out must never raise a score. It pays only what its
 *       sign does not already cost (a sign still costs its most severe rule, found or unanswered,
 *       once). So every point lost traces to exactly one diagnostic or one unanswered rule.</li>
 *   <li>A waived diagnostic or unanswered rule (acknowledged, with a reason, an owner and an expiry
 *       date) costs nothing; the sign's next one that is not waived pays instead.</li>
 *   <li>A theme's score is 100 minus its penalties, never below 0; {@code null} only when none of
 *       its warning rules applies (switched off, or needing answers said not to apply).</li>
 *   <li>The overall score is the mean of the themes that are not {@code null}, rounded half up;
 *       then held at or below {@value #CRITICAL_CAP} while an unwaived CRITICAL warning stands
 *       (found or unanswered), at or below {@value #HIGH_CAP} while an unwaived HIGH one does.</li>
 *   <li>The range says what the unanswered rules could still do to the overall score: the score if
 *       each had found nothing, and if each had fired (which is the headline).</li>
 *   <li>Strengths are reported beside the warnings but add no points. A rule that does not apply
 *       costs nothing either way.</li>
 * </ol>
 * Removing an answer can only turn a rule that fired or stayed silent into one not assessed, which
 * is charged as if it fired: so no penalty falls, no cap rises, and the overall score cannot rise.
 */
public final class Scoring {

    /** The highest overall score while an unwaived CRITICAL warning stands. */
    public static final int CRITICAL_CAP = 50;
    /** The highest overall score while an unwaived HIGH warning stands. */
    public static final int HIGH_CAP = 75;

    private Scoring() {
    }

    /** A warning rule that could not be assessed, with what scoring needs to charge it. */
    record Unanswered(NotAssessed entry, Theme theme, Severity severity, boolean waived) {
    }

    /** The score and the unanswered warning rules, each with the points it costs. */
    record Outcome(Score score, List<NotAssessed> charged) {
    }

    /** Most severe first, then theme, then rule id. */
    private static final Comparator<Unanswered> UNANSWERED_ORDER = (x, y) -> {
        int c = Integer.compare(y.severity().ordinal(), x.severity().ordinal());
        if (c == 0) {
            c = x.theme().compareTo(y.theme());
        }
        return c != 0 ? c : x.entry().ruleId().compareTo(y.entry().ruleId());
    };

    /** The highest overall score a severity allows, 100 if it sets no cap. */
    public static int cap(Severity s) {
        return s == Severity.CRITICAL ? CRITICAL_CAP : s == Severity.HIGH ? HIGH_CAP : 100;
    }

    /**
     * Sets each diagnostic's penalty: the first (most severe) diagnostic of a sign that is not waived
     * pays, the rest pay 0; a waived diagnostic pays 0 and leaves the sign to the next one.
     */
    static List<Diagnostic> charge(List<Diagnostic> sorted) {
        Set<String> charged = new HashSet<>();
        List<Diagnostic> out = new ArrayList<>(sorted.size());
        for (Diagnostic d : sorted) {
            int penalty = !d.isWaived() && charged.add(d.sign()) ? d.severity().penalty() : 0;
            out.add(d.withPenalty(penalty));
        }
        return out;
    }

    /**
     * @param charged    the diagnostics, as {@link #charge} left them
     * @param unanswered every warning rule in force that applies but could not be assessed
     * @param scored     the themes with at least one warning rule that applies
     */
    static Outcome score(List<Diagnostic> charged, List<Unanswered> unanswered, Set<Theme> scored) {
        Map<String, Integer> signCost = new HashMap<>();
        Map<Theme, Integer> found = new EnumMap<>(Theme.class);
        Severity worstFound = null;
        for (Diagnostic d : charged) {
            if (d.penalty() > 0) {
                signCost.merge(d.sign(), d.penalty(), Math::max);
                found.merge(d.theme(), d.penalty(), Integer::sum);
            }
            if (!d.isWaived()) {
                worstFound = worse(worstFound, d.severity());
            }
        }
        // most severe first, then theme, then rule id: the same input always charges the same rule
        List<Unanswered> order = new ArrayList<>(unanswered);
        order.sort(UNANSWERED_ORDER);
        Map<String, Integer> extra = new HashMap<>();
        Map<Theme, Integer> pending = new EnumMap<>(Theme.class);
        Severity worstPending = worstFound;
        for (Unanswered u : order) {
            if (u.waived()) {
                continue;
            }
            worstPending = worse(worstPending, u.severity());
            int already = signCost.getOrDefault(u.entry().sign(), 0);
            int more = Math.max(0, u.severity().penalty() - already);
            if (more > 0) {
                signCost.put(u.entry().sign(), already + more);
                extra.put(u.entry().ruleId(), more);
                pending.merge(u.theme(), more, Integer::sum);
            }
        }
        Map<Theme, Integer> fine = new EnumMap<>(Theme.class);
        Map<Theme, Integer> fire = new EnumMap<>(Theme.class);
        for (Theme t : Theme.values()) {
            if (scored.contains(t)) {
                int lost = found.getOrDefault(t, 0);
                fine.put(t, Math.max(0, 100 - lost));
                fire.put(t, Math.max(0, 100 - lost - pending.getOrDefault(t, 0)));
            } else {
                fine.put(t, null);
                fire.put(t, null);
            }
        }
        Integer ifFine = overall(fine, worstFound);
        Integer ifFire = overall(fire, worstPending);
        List<NotAssessed> out = new ArrayList<>(unanswered.size());
        for (Unanswered u : unanswered) {
            out.add(u.entry().withPenalty(extra.getOrDefault(u.entry().ruleId(), 0)));
        }
        return new Outcome(new Score(ifFire, fire, new Score.Range(ifFine, ifFire)), out);
    }

    /** The rounded mean of the themes that are not null, held under the cap of the worst warning; null if every theme is. */
    static Integer overall(Map<Theme, Integer> themes, Severity worst) {
        int sum = 0;
        int count = 0;
        for (Integer s : themes.values()) {
            if (s != null) {
                sum += s;
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        int mean = (int) Math.floor((double) sum / count + 0.5);
        return worst == null ? mean : Math.min(mean, cap(worst));
    }

    private static Severity worse(Severity a, Severity b) {
        return a == null || b.ordinal() > a.ordinal() ? b : a;
    }
}
