package org.programmehealth.engine;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.programmehealth.RuleInfo;
import org.programmehealth.input.AssessmentReader;
import org.programmehealth.input.FieldPaths;
import org.programmehealth.input.Json;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Perspective;
import org.programmehealth.model.Respondent;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Difference;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.SeenBy;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;
import org.programmehealth.report.WaiverStatus;
import org.programmehealth.rules.Answer;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.SignSeen;

/**
 * The comparison of several responses about one programme, for {@link Perspectives}: the facts
 * the comparing rules join (each respondent, their rating and yes/no answers, the signs each could
 * assess), each respondent's evidence on what a comparing rule compared, and the questions their
 * answers differ on.
 */
final class Comparison {

    private Comparison() {
    }

    /** The facts the comparing rules join: each respondent, their rating and yes/no answers, and the signs they could assess. */
    static List<Object> facts(List<Assessment> sorted, List<Respondent> who, List<Report> reports,
                                      Map<String, RuleInfo> rules, List<List<Set<String>>> status) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Respondent r = who.get(i);
            if (r.perspective() == null) {
                continue;
            }
            facts.add(r);
            for (String q : Perspectives.QUESTIONS) {
                Object v = FieldPaths.value(sorted.get(i), q);
                if (v != null) {
                    facts.add(new Answer(i, r.perspective(), q, v));
                }
            }
            Map<String, boolean[]> signs = new LinkedHashMap<>();
            for (RuleInfo rule : rules.values()) {
                if (rule.isStrength() || Perspectives.compares(rule)) {
                    continue;
                }
                boolean[] s = signs.computeIfAbsent(rule.sign(), k -> new boolean[2]);
                s[0] |= !status.get(i).get(1).contains(rule.id());
                s[1] |= status.get(i).get(0).contains(rule.id());
            }
            int index = i;
            signs.forEach((sign, s) -> {
                if (s[0]) {
                    facts.add(new SignSeen(index, r.perspective(), sign, s[1]));
                }
            });
        }
        return facts;
    }

    /** One respondent's evidence on one thing a comparing rule compared (a question or a sign); {@code null} if they have none. */
    static Evidence crossEvidence(String subject, int j, List<Assessment> sorted, List<Respondent> who,
                                          List<Report> reports) {
        Respondent r = who.get(j);
        if (r.perspective() == null) {
            return null;
        }
        if (subject.contains(".")) {
            Object v = FieldPaths.value(sorted.get(j), subject);
            return v == null ? null : new Evidence(subject, RuleEngine.normalise(v), "the answer of " + Perspectives.describe(r));
        }
        Diagnostic seen = reports.get(j).diagnostics().stream().filter(d -> d.sign().equals(subject)).findFirst().orElse(null);
        boolean centre = r.perspective() == Perspective.CENTRE;
        if (seen != null && !centre) {
            return new Evidence(Perspectives.COMPARES, r.perspective().name(), "the answers of " + Perspectives.describe(r) + " show the warning sign \""
                    + seen.title() + "\"; the centre's answers do not");
        }
        if (seen == null && centre) {
            String title = reports.stream().flatMap(x -> x.diagnostics().stream()).filter(d -> d.sign().equals(subject))
                    .map(Diagnostic::title).findFirst().orElse(subject);
            return new Evidence(Perspectives.COMPARES, r.perspective().name(), "the answers of " + Perspectives.describe(r)
                    + " do not show the warning sign \"" + title + "\", which local answers show");
        }
        return null;
    }

    /** The rating and yes/no questions answered differently, far apart first, then by spread, then in the format's order. */
    static List<Difference> differences(List<Assessment> sorted, List<Respondent> who, double gap) {
        List<Difference> out = new ArrayList<>();
        if (sorted.size() < 2) {
            // one response cannot differ from itself
            return out;
        }
        for (String q : Perspectives.QUESTIONS) {
            List<Difference.Answer> answers = new ArrayList<>();
            Set<Object> distinct = new TreeSet<>(Comparator.comparing(String::valueOf));
            List<Answer> facts = new ArrayList<>();
            Integer min = null;
            Integer max = null;
            for (int i = 0; i < sorted.size(); i++) {
                Object v = FieldPaths.value(sorted.get(i), q);
                answers.add(new Difference.Answer(who.get(i).perspective(), who.get(i).role(), RuleEngine.normalise(v)));
                if (v != null) {
                    distinct.add(v);
                    facts.add(new Answer(i, who.get(i).perspective(), q, v));
                    if (v instanceof Integer k) {
                        min = min == null ? k : Math.min(min, k);
                        max = max == null ? k : Math.max(max, k);
                    }
                }
            }
            if (distinct.size() < 2) {
                continue;
            }
            boolean apart = false;
            for (Answer c : facts) {
                for (Answer l : facts) {
                    apart |= c.isCentre() && l.isLocal() && c.apartFrom(l, gap);
                }
            }
            out.add(new Difference(q, Perspectives.TEXTS.get(q), min == null ? null : max - min, apart, answers));
        }
        out.sort(Comparator.comparing((Difference d) -> !d.apart())
                .thenComparing(d -> -(d.spread() == null ? 4 : d.spread())));
        return out;
    }
}
