package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.List;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;

/**
 * Which answers a rule needs that an assessment lacks: a rule that lacks one is not assessed; and
 * which it needs that the respondent said do not apply: a rule that needs one is not applicable.
 */
final class Applicability {

    private Applicability() {
    }

    /**
     * The answers a rule needs that the assessment lacks, in the rule's order; {@code null} if none is
     * missing, or if an answer given already rules the rule out (see {@link #ruledOut}).
     */
    static List<String> missing(CompiledRule r, FieldPaths.Answers answers) {
        List<String> missing = needed(r, answers);
        return missing == null || ruledOut(r, answers) ? null : missing;
    }

    /**
     * True if one of the rule's conditions asks for a single answer ("the stage is roll-out") or a
     * number against a fixed value ("rated 2 or below"), and the assessment's answer fails it (every
     * rule's conditions must all hold): whatever the missing answers would be, the rule cannot fire, so it is
     * assessed, and silent, rather than charged as unanswered. A programme that is not rolling out is
     * not asked what its roll-out reaches.
     */
    static boolean ruledOut(CompiledRule r, FieldPaths.Answers answers) {
        for (CompiledRule.RuledOutBy c : r.ruledOutBy()) {
            Object answer = answers.get(c.field());
            if (answer == null) {
                continue;
            }
            if (c.only() != null && !c.only().equals(answer instanceof Enum<?> e ? e.name() : String.valueOf(answer))) {
                return true;
            }
            if (c.op() != null && answer instanceof Number n && !holds(n.doubleValue(), c.op(), c.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(double answer, String op, double value) {
        return switch (op) {
            case "<=" -> answer <= value;
            case ">=" -> answer >= value;
            case "<" -> answer < value;
            default -> answer > value;
        };
    }

    private static List<String> needed(CompiledRule r, FieldPaths.Answers answers) {
        Assessment a = answers.assessment();
        List<String> missing = null;
        FieldPaths.Accessor[] needs = r.needs();
        if (!answers.answeredAll(r.needMask())) {
            for (int i = 0; i < needs.length; i++) {
                if (answers.get(needs[i]) == null) {
                    missing = add(missing, r.needPaths()[i]);
                }
            }
        }
        for (String path : r.extensionNeeds()) {
            if (FieldPaths.valueOrExtension(a, path) == null) {
                missing = add(missing, path);
            }
        }
        if (missing != null && (r.extensionNeeds().length > 0)) {
            // keep the rule's own order of needs
            List<String> ordered = new ArrayList<>();
            for (String n : r.allNeeds()) {
                if (missing.contains(n)) {
                    ordered.add(n);
                }
            }
            missing = ordered;
        }
        for (FieldPaths.Accessor h : r.historyNeeds()) {
            // a trend needs the answer in some earlier snapshot, and in every one that reports on its
            // section: a gap there would change the baseline, so leaving an old answer out could hide a trend
            boolean any = false;
            boolean gap = false;
            String section = h.path().substring(0, h.path().indexOf('.'));
            for (Snapshot s : a.history()) {
                if (h.in(s) != null) {
                    any = true;
                } else if (section(s, section) != null) {
                    gap = true;
                }
            }
            if (!any || gap) {
                missing = add(missing, "history[*]." + h.path());
            }
        }
        return missing;
    }

    /** The answers a rule needs that the respondent said do not apply, in the rule's order; {@code null} if none. */
    static List<String> notApplicable(CompiledRule r, Assessment a) {
        if (a.notApplicable().isEmpty()) {
            return null;
        }
        List<String> out = null;
        for (String need : r.allNeeds()) {
            if (a.isNotApplicable(need)) {
                out = add(out, need);
            }
        }
        return out;
    }

    /** A snapshot's section by name, or null when the snapshot does not report on it. */
    private static Object section(Snapshot s, String name) {
        return switch (name) {
            case "centre" -> s.centre();
            case "sponsorship" -> s.sponsorship();
            case "timescales" -> s.timescales();
            case "reporting" -> s.reporting();
            case "scope" -> s.scope();
            case "locality" -> s.locality();
            case "partnership" -> s.partnership();
            case "learning" -> s.learning();
            case "rollOut" -> s.rollOut();
            default -> null;
        };
    }

    private static List<String> add(List<String> list, String item) {
        List<String> out = list == null ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }
}
