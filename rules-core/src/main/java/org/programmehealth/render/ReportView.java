package org.programmehealth.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.programmehealth.model.Respondent;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Difference;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Report;
import org.programmehealth.report.SeenBy;
import org.programmehealth.report.Theme;

/**
 * What every renderer shows the same way: the conversations to have first, the warning signs with
 * their findings under them, the order of themes, and the wording of names and values in plain
 * English (themes and choices by their names, never their codes).
 */
final class ReportView {

    /** How many signs the report opens with, as conversations to have. */
    static final int CONVERSATIONS = 3;

    /** How many of the questions on which the respondents differ the report shows. */
    static final int DIFFERENCES = 10;

    /** A theme, its score ({@code null}: not assessed), its signs (most severe first) and its findings. */
    record ThemeView(Theme theme, Integer score, List<SignView> signs, List<Diagnostic> diagnostics) {
    }

    /**
     * A warning sign found: its findings (the diagnostics of its rules, most severe first), said
     * once with its recommendation. The sign's most severe finding leads.
     */
    record SignView(String sign, List<Diagnostic> findings) {
        Diagnostic lead() {
            return findings.get(0);
        }

        int points() {
            return findings.stream().mapToInt(Diagnostic::penalty).sum();
        }

        boolean waived() {
            return findings.stream().allMatch(Diagnostic::isWaived);
        }
    }

    private ReportView() {
    }

    /** Every warning sign found, in the report's order (its most severe finding first, then theme, then rule). */
    static List<SignView> signs(Report r) {
        Map<String, List<Diagnostic>> bySign = new LinkedHashMap<>();
        for (Diagnostic d : r.diagnostics()) {
            bySign.computeIfAbsent(d.sign(), k -> new ArrayList<>()).add(d);
        }
        List<SignView> out = new ArrayList<>();
        bySign.forEach((sign, findings) -> out.add(new SignView(sign, List.copyOf(findings))));
        return out;
    }

    /**
     * The few signs to talk about first: the most severe that are not waived, in the report's
     * order; of the same severity, the colliding mind-sets first, then a sign that several
     * respondents see differently before one they agree on.
     */
    static List<SignView> conversations(Report r) {
        List<SignView> open = new ArrayList<>(signs(r).stream().filter(s -> !s.waived()).toList());
        open.sort(Comparator.comparing((SignView s) -> s.lead().severity(), Comparator.reverseOrder())
                .thenComparing(s -> !s.sign().equals("COLLIDING_MINDSETS"))
                .thenComparing(s -> s.lead().notSeenBy() == null || s.lead().notSeenBy().isEmpty()));
        return open.subList(0, Math.min(CONVERSATIONS, open.size()));
    }

    /**
     * The five themes, worst first: assessed themes by score (lowest first, then the report's
     * order), then the themes that could not be assessed.
     */
    static List<ThemeView> themesWorstFirst(Report r) {
        List<SignView> signs = signs(r);
        List<ThemeView> out = new ArrayList<>();
        for (Theme t : Theme.values()) {
            out.add(new ThemeView(t, r.score().themes().get(t),
                    signs.stream().filter(s -> s.lead().theme() == t).toList(),
                    r.diagnostics().stream().filter(d -> d.theme() == t).toList()));
        }
        out.sort(Comparator.comparing((ThemeView v) -> v.score() == null)
                .thenComparingInt(v -> v.score() == null ? 0 : v.score())
                .thenComparing(ThemeView::theme));
        return out;
    }

    /** The report's part a theme stands for, by its name. */
    static String theme(Theme theme) {
        return switch (theme) {
            case DRIVERS -> "What drives change";
            case PROCESS -> "Process";
            case BEHAVIOURS -> "Underlying behaviours";
            case MINDSETS -> "Mind-sets, assumptions and motivations";
            case LEADERSHIP -> "Leadership";
        };
    }

    /** A sign's key in words: {@code REPORTING_OVERLOAD} is "Reporting overload". */
    static String signName(String sign) {
        String words = sign.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String severity(Enum<?> severity) {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** An answer as a person reads it: whole numbers without ".0", yes or no, choices by their names in lower case. */
    static String value(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof String s && s.matches("[A-Z][A-Z0-9_]*")) {
            return s.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return Evidence.format(value);
    }

    /** An answer in a table of answers: "not answered" for none. */
    static String answer(Object value) {
        return value == null ? "not answered" : value(value);
    }

    /**
     * What the unanswered questions could still do to the headline, or null when they could not
     * raise it: the headline counts them as warnings, so answering can only confirm or raise it.
     */
    static String rangeNote(Report r) {
        if (r.score().range() == null || r.score().overall() == null
                || r.score().overall().equals(r.score().range().ifUnansweredFine())) {
            return null;
        }
        return "Unanswered questions count as warnings: answered and found fine, they could raise the score to "
                + score(r.score().range().ifUnansweredFine()) + ".";
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

    static String points(SignView s) {
        if (s.waived()) {
            return "waived: costs no points";
        }
        int p = s.points();
        return "costs " + theme(s.lead().theme()) + " " + plural(p, "point", "points");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** "Warning signs: 3 (4 findings)": signs counted as signs, with the number of findings beside. */
    static String signsHeading(Report r) {
        int signs = signs(r).size();
        int findings = r.diagnostics().size();
        return "Warning signs: " + signs + (findings == signs ? "" : " (" + plural(findings, "finding", "findings") + ")");
    }

    /** True if the report combines several named respondents. */
    static boolean several(Report r) {
        return r.respondents() != null && r.respondents().size() > 1;
    }

    /** A respondent in words: "the centre (Deputy Director)", "a local partner", ... */
    static String who(Respondent r) {
        String who = r.perspective() == null ? "the respondent" : switch (r.perspective()) {
            case CENTRE -> "the centre";
            case LOCALITY -> "the locality";
            case PARTNER -> "a local partner";
            case INDEPENDENT -> "an independent reviewer";
        };
        return r.role() == null ? who : who + " (" + r.role() + ")";
    }

    static String who(SeenBy s) {
        return who(new Respondent(s.perspective(), s.role()));
    }

    /** A short heading for a respondent's column: "Centre", "Locality", "Partner", "Independent". */
    static String column(Respondent r) {
        return r.perspective() == null ? "Respondent" : severity(r.perspective());
    }

    /** The respondents whose answers fire a finding, in words, or {@code null} with one respondent. */
    static String seenBy(Report r, Diagnostic d) {
        if (!several(r) || d.seenBy() == null) {
            return null;
        }
        return join(d.seenBy().stream().map(ReportView::who).toList());
    }

    /** The respondents who answered and whose answers do not fire it, and those who could not tell; {@code null} with one respondent. */
    static String notSeenBy(Report r, Diagnostic d) {
        if (!several(r) || d.seenBy() == null) {
            return null;
        }
        List<String> silent = d.notSeenBy().stream().map(ReportView::who).toList();
        List<String> unanswered = new ArrayList<>();
        for (Respondent x : r.respondents()) {
            boolean seen = d.seenBy().stream().anyMatch(s -> s.perspective() == x.perspective() && Objects.equals(s.role(), x.role()));
            boolean quiet = d.notSeenBy().stream().anyMatch(s -> s.perspective() == x.perspective() && Objects.equals(s.role(), x.role()));
            if (!seen && !quiet) {
                unanswered.add(who(x));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!silent.isEmpty()) {
            parts.add(join(silent) + ", whose answers do not show it");
        }
        if (!unanswered.isEmpty()) {
            parts.add(join(unanswered) + ", who did not answer what it needs");
        }
        return parts.isEmpty() ? "nobody: every respondent's answers show it" : String.join("; ", parts);
    }

    /** The question to put to the people in the room about a sign. */
    static String question(Report r, SignView s) {
        Diagnostic d = s.lead();
        if (d.sign().equals("COLLIDING_MINDSETS")) {
            return "Where the answers differ, what does each side know that the other does not, and which picture do we plan on?";
        }
        if (several(r) && d.seenBy() != null && d.notSeenBy() != null && !d.notSeenBy().isEmpty()) {
            return "Why does this show in the answers of " + join(d.seenBy().stream().map(ReportView::who).toList())
                    + " and not in those of " + join(d.notSeenBy().stream().map(ReportView::who).toList())
                    + "? What would each need to see to agree on it?";
        }
        return "Do we agree that this is so: \"" + d.title() + "\"? If it is, what stops us acting on it, and who can change that?";
    }

    /** The question's words, from the format: "'We are pressed for quick wins' (1 to 5)" for {@code locality.quickWinPressure}. */
    static String questionText(Difference d) {
        return d.text() == null ? d.question() : sentence(d.text());
    }

    /** The differences to show: those far apart first, at most {@link #DIFFERENCES}. */
    static List<Difference> differences(Report r) {
        if (r.differences() == null) {
            return List.of();
        }
        return r.differences().subList(0, Math.min(DIFFERENCES, r.differences().size()));
    }

    /** "a, b and c". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * The rules that coverage counts, in words: the catalogue's as shipped ("the 75 rules"), or, when
     * tailored, those in force ("the 74 rules in force"), so that every line of a report counts alike.
     */
    static String rulesCounted(Report r) {
        return r.tailoring() == null || r.tailoring().isEmpty() ? "the " + r.catalogue().rules() + " rules"
                : "the " + r.tailoring().rulesInForce() + " rules in force";
    }

    /** Capitalises the first letter. */
    static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
