package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Score;
import org.programmehealth.report.Theme;

/**
 * The scoring method, small enough to audit:
 * <ol>
 *   <li>Each theme starts at 100.</li>
 *   <li>Each warning sign found costs its theme the penalty of its most severe diagnostic
 *       (LOW 5, MEDIUM 10, HIGH 20, CRITICAL 35). A sign costs once: further diagnostics of the
 *       same sign carry a penalty of 0. So every point lost traces to exactly one diagnostic.</li>
 *   <li>A waived diagnostic (acknowledged, with a reason, an owner and an expiry date) costs nothing;
 *       the sign's next diagnostic that is not waived pays instead.</li>
 *   <li>A theme's score is 100 minus its penalties, never below 0. A theme is scored only when at
 *       least half of its warning rules could be assessed ({@link #MIN_THEME_COVERAGE}); otherwise
 *       it is {@code null}: too few answers to call it healthy, and no evidence is not good
 *       evidence. (A theme with nothing assessable is therefore always {@code null}.)</li>
 *   <li>The overall score is the mean of the themes that are not {@code null}, rounded half up;
 *       each of the report's five parts weighs the same.</li>
 *   <li>Strengths are reported beside the warnings but add no points: a protective factor does
 *       not cancel a warning sign.</li>
 * </ol>
 */
public final class Scoring {

    /** The share of a theme's warning rules that must be assessable for the theme to be scored. */
    public static final double MIN_THEME_COVERAGE = 0.5;

    private Scoring() {
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
     * @param themeRules per theme: {assessable warning rules, all warning rules}
     */
    static Score score(List<Diagnostic> charged, Map<Theme, int[]> themeRules) {
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        int sum = 0;
        int count = 0;
        for (Theme t : Theme.values()) {
            int[] counts = themeRules.getOrDefault(t, new int[2]);
            if (counts[0] == 0 || counts[0] < MIN_THEME_COVERAGE * counts[1]) {
                themes.put(t, null);
                continue;
            }
            int lost = 0;
            for (Diagnostic d : charged) {
                if (d.theme() == t) {
                    lost += d.penalty();
                }
            }
            int score = Math.max(0, 100 - lost);
            themes.put(t, score);
            sum += score;
            count++;
        }
        Integer overall = count == 0 ? null : (int) Math.floor((double) sum / count + 0.5);
        return new Score(overall, themes);
    }
}
