package org.programmehealth.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Report;
import org.programmehealth.report.Theme;

/** What every renderer shows the same way: the order of themes and the wording of values. */
final class ReportView {

    /** A theme, its score ({@code null}: not assessed) and its diagnostics, most severe first. */
    record ThemeView(Theme theme, Integer score, List<Diagnostic> diagnostics) {
    }

    private ReportView() {
    }

    /**
     * The five themes, worst first: assessed themes by score (lowest first, then the report's
     * order), then the themes that could not be assessed.
     */
    static List<ThemeView> themesWorstFirst(Report r) {
        List<ThemeView> out = new ArrayList<>();
        for (Theme t : Theme.values()) {
            out.add(new ThemeView(t, r.score().themes().get(t),
                    r.diagnostics().stream().filter(d -> d.theme() == t).toList()));
        }
        out.sort(Comparator.comparing((ThemeView v) -> v.score() == null)
                .thenComparingInt(v -> v.score() == null ? 0 : v.score())
                .thenComparing(ThemeView::theme));
        return out;
    }

    /** An answer as the input had it: whole numbers without ".0", choices as written. */
    static String value(Object value) {
        return Evidence.format(value);
    }

    static String score(Integer score) {
        return score == null ? "not assessed" : score + "/100";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** {@code field from -> to}, for one clearing change. */
    static String change(AnswerChange c, String arrow) {
        return c.field() + " " + value(c.from()) + " " + arrow + " " + value(c.to());
    }

    /** Every clearing change of a diagnostic, as alternatives; or the sentence for none. */
    static String wouldClear(Diagnostic d, String arrow) {
        if (d.wouldClear() == null) {
            return "no change to a single answer clears it on its own";
        }
        if (d.wouldClear().isEmpty()) {
            return "no safe change to a single answer the programme can act on clears it on its own";
        }
        return d.wouldClear().stream().map(c -> change(c, arrow)).collect(Collectors.joining(", or "));
    }

    /**
     * The rules that coverage counts, in words: the catalogue's as shipped ("the 75 rules"), or, when
     * tailored, those in force ("the 74 rules in force"), so that every line of a report counts alike.
     */
    static String rulesCounted(Report r) {
        return r.tailoring() == null || r.tailoring().isEmpty() ? "the " + r.catalogue().rules() + " rules"
                : "the " + r.tailoring().rulesInForce() + " rules in force";
    }

    static String points(Diagnostic d) {
        return d.penalty() > 0 ? "costs " + d.theme() + " " + d.penalty() + " points"
                : "no further points: its sign is already counted";
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
