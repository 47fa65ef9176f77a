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
 * Several responses about one programme, assessed as one (see {@code perspectives.md}): every
 * response is assessed by the whole catalogue on its own answers; the rules that compare
 * perspectives then run in one more session over facts from all the responses (each response's
 * {@link Respondent}, an {@link Answer} per rating and yes/no answer, a {@link SignSeen} per sign it
 * could assess); and the reports are combined. Each diagnostic appears once, with who sees it and
 * who does not; a rule is not assessed only when no respondent could assess it; a warning any
 * respondent sees counts in the score. The responses are put in a fixed order first (perspective,
 * role, then their answers), so that any order gives the same report. Stateless and thread-safe.
 */
public final class Perspectives {

    /** The answer that a rule comparing perspectives names in its evidence: such a rule needs several responses. */
    public static final String COMPARES = "respondent.perspective";

    /** The threshold that says how far apart two ratings are "far apart"; its catalogue value if it is not in force. */
    static final String RATING_GAP = "collidingMindsets.ratingGap";
    private static final double DEFAULT_RATING_GAP = 2;

    /** The rating (1..5) and yes/no questions of the format, in the format's order, read off its JSON Schema. */
    static final Map<String, String> TEXTS = new HashMap<>();
    static final List<String> QUESTIONS = readQuestions();

    private Perspectives() {
    }

    /** True if the rule compares the responses of several perspectives (it runs only in a combined assessment). */
    public static boolean compares(RuleInfo rule) {
        return rule.comparesResponses();
    }

    /** The rating (1..5) and yes/no questions of the format: those whose answers the comparing rules compare. */
    public static List<String> questions() {
        return QUESTIONS;
    }

    private static List<String> readQuestions() {
        try (InputStream in = Perspectives.class.getClassLoader().getResourceAsStream(AssessmentReader.SCHEMA)) {
            JsonNode schema = new ObjectMapper().readTree(in);
            List<String> out = new ArrayList<>();
            for (String path : FieldPaths.all()) {
                String section = path.substring(0, path.indexOf('.'));
                JsonNode field = schema.path("$defs").path(section).path("properties").path(path.substring(section.length() + 1));
                boolean rating = field.path("$ref").asText().equals("#/$defs/likert");
                boolean yesNo = false;
                for (JsonNode t : field.path("type")) {
                    yesNo |= t.asText().equals("boolean");
                }
                if (rating || yesNo) {
                    out.add(path);
                    String text = field.path("description").asText(path);
                    TEXTS.put(path, text + (rating ? " (1 to 5)" : " (yes or no)"));
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the rating and yes/no questions from " + AssessmentReader.SCHEMA, e);
        }
    }

    /** A rating or yes/no question in words, from the format's description, with its scale; {@code null} if it is not one. */
    public static String questionText(String path) {
        return TEXTS.get(path);
    }

    /** The responses in the report's order: by perspective, then role, then their answers, so that the order given does not matter. */
    public static List<Assessment> ordered(List<Assessment> responses) {
        List<Assessment> out = new ArrayList<>(responses);
        if (out.size() < 2) {
            return out;
        }
        // the answers, as JSON, only break ties of perspective and role: written when a tie needs them
        Map<Assessment, String> keys = new java.util.IdentityHashMap<>();
        out.sort(Comparator.comparing((Assessment a) -> a.respondent() == null ? -1 : a.respondent().perspective().ordinal())
                .thenComparing(a -> a.respondent() == null || a.respondent().role() == null ? "" : a.respondent().role())
                .thenComparing(a -> keys.computeIfAbsent(a, Json::write)));
        return out;
    }

    /**
     * Assesses several responses about one programme as one. The caller has checked that they
     * share the programme's identity.
     */
    public static Report assess(RuleEngine engine, List<Assessment> responses) {
        List<Assessment> sorted = ordered(responses);
        int n = sorted.size();
        List<Report> reports = new ArrayList<>(n);
        sorted.forEach(a -> reports.add(engine.assess(a)));
        List<Respondent> who = new ArrayList<>(n);
        sorted.forEach(a -> who.add(a.respondent() == null ? new Respondent(null, null) : a.respondent()));

        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        engine.rules().forEach(r -> rules.put(r.id(), r));
        Set<String> comparing = new HashSet<>();
        rules.values().forEach(r -> {
            if (compares(r)) {
                comparing.add(r.id());
            }
        });
        List<List<Set<String>>> status = new ArrayList<>();
        List<Map<String, NotAssessed>> notAssessedBy = new ArrayList<>(n);
        List<Map<String, NotApplicable>> notApplicableBy = new ArrayList<>(n);
        for (Report r : reports) {
            Map<String, NotAssessed> na = new HashMap<>();
            r.notAssessed().forEach(x -> na.put(x.ruleId(), x));
            notAssessedBy.add(na);
            Map<String, NotApplicable> inapplicableHere = new HashMap<>();
            r.notApplicable().forEach(x -> inapplicableHere.put(x.ruleId(), x));
            notApplicableBy.add(inapplicableHere);
            Set<String> fired = new HashSet<>();
            r.diagnostics().forEach(d -> fired.add(d.ruleId()));
            r.strengths().forEach(s -> fired.add(s.ruleId()));
            Set<String> notAssessed = new HashSet<>();
            r.notAssessed().forEach(x -> notAssessed.add(x.ruleId()));
            status.add(List.of(fired, notAssessed));
        }
        boolean centre = who.stream().anyMatch(r -> r.perspective() == Perspective.CENTRE);
        boolean local = who.stream().anyMatch(r -> r.perspective() == Perspective.LOCALITY || r.perspective() == Perspective.PARTNER);
        boolean compared = centre && local;
        double gap = engine.thresholds().getOrDefault(RATING_GAP, DEFAULT_RATING_GAP);

        Matches cross = compared ? engine.compare(Comparison.facts(sorted, who, reports, rules, status)) : new Matches();

        LocalDate assessedOn = sorted.get(0).programme().assessedOn();
        List<Waiver> waivers = reports.get(0).waivers().stream().map(WaiverStatus::waiver).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Strength> strengths = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (Diagnostic d : reports.get(i).diagnostics()) {
                if (done.add(d.ruleId()) && !comparing.contains(d.ruleId())) {
                    List<SeenBy> seen = new ArrayList<>();
                    List<Respondent> notSeen = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        Diagnostic dj = find(reports.get(j).diagnostics(), d.ruleId());
                        if (dj != null) {
                            seen.add(new SeenBy(who.get(j).perspective(), who.get(j).role(), dj.message(), dj.evidence()));
                        } else if (!status.get(j).get(1).contains(d.ruleId())) {
                            notSeen.add(who.get(j));
                        }
                    }
                    diagnostics.add(d.withRespondents(seen, notSeen));
                }
            }
            for (Strength s : reports.get(i).strengths()) {
                if (done.add(s.ruleId()) && !comparing.contains(s.ruleId())) {
                    List<SeenBy> seen = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        Strength sj = null;
                        for (Strength x : reports.get(j).strengths()) {
                            if (x.ruleId().equals(s.ruleId())) {
                                sj = x;
                                break;
                            }
                        }
                        if (sj != null) {
                            seen.add(new SeenBy(who.get(j).perspective(), who.get(j).role(), sj.message(), sj.evidence()));
                        }
                    }
                    strengths.add(new Strength(s.ruleId(), s.sign(), s.theme(), s.title(), s.message(), s.evidence(), s.source(), seen));
                }
            }
        }
        Set<String> crossFired = new HashSet<>();
        for (Matches.Match m : cross.all()) {
            RuleInfo r = rules.get(m.rule());
            if (r == null || !crossFired.add(r.id())) {
                continue;
            }
            String message = RuleDefinition.describe(r.message(), engine.thresholds());
            List<List<Evidence>> byRespondent = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                byRespondent.add(new ArrayList<>());
            }
            // questions first (in the format's order), then signs; under each, every respondent's answer side by side
            List<String> subjects = new ArrayList<>();
            QUESTIONS.stream().filter(m.subjects()::contains).forEach(subjects::add);
            m.subjects().stream().filter(x -> !x.contains(".")).forEach(subjects::add);
            List<Evidence> all = new ArrayList<>();
            for (String subject : subjects) {
                for (int j = 0; j < n; j++) {
                    Evidence e = Comparison.crossEvidence(subject, j, sorted, who, reports);
                    if (e != null) {
                        byRespondent.get(j).add(e);
                        all.add(e);
                    }
                }
            }
            List<SeenBy> seen = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (!byRespondent.get(j).isEmpty()) {
                    seen.add(new SeenBy(who.get(j).perspective(), who.get(j).role(), message, byRespondent.get(j)));
                }
            }
            if (r.isStrength()) {
                strengths.add(new Strength(r.id(), r.sign(), r.theme(), r.title(), message, all, r.source(), seen));
            } else {
                Waiver waiver = waivers.stream().filter(w -> w.covers(r.id(), r.sign()) && !w.expiredOn(assessedOn))
                        .findFirst().orElse(null);
                List<Respondent> notSeen = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (!isSeer(seen, who.get(j))) {
                        notSeen.add(who.get(j));
                    }
                }
                diagnostics.add(new Diagnostic(r.id(), r.sign(), r.theme(), r.severity(), r.title(), message, all,
                        r.recommendation(), r.source(), 0, waiver, null, seen, notSeen));
            }
        }

        // a rule is not assessed only when no respondent could assess it, and does not apply only
        // when every respondent said so; what one respondent assessed counts for all
        List<NotAssessed> notAssessed = new ArrayList<>();
        List<NotApplicable> notApplicable = new ArrayList<>();
        int assessable = 0;
        int outOfScope = 0;
        for (RuleInfo r : rules.values()) {
            boolean ok;
            if (comparing.contains(r.id()) && reports.size() == 1) {
                // one response, even one that names its respondent, has nothing to compare
                outOfScope++;
                continue;
            }
            if (comparing.contains(r.id())) {
                ok = compared;
                if (!ok) {
                    notAssessed.add(new NotAssessed(r.id(), r.sign(), List.of(COMPARES)));
                }
            } else {
                NotAssessed fewest = null;
                NotApplicable inapplicable = null;
                int saidNotApplicable = 0;
                ok = false;
                for (int j = 0; j < n; j++) {
                    NotAssessed x = notAssessedBy.get(j).get(r.id());
                    NotApplicable na = notApplicableBy.get(j).get(r.id());
                    if (x == null && na == null) {
                        ok = true;
                        break;
                    }
                    if (na != null) {
                        saidNotApplicable++;
                        inapplicable = inapplicable == null ? na : inapplicable;
                    } else if (fewest == null || x.missing().size() < fewest.missing().size()) {
                        fewest = x;
                    }
                }
                if (!ok && saidNotApplicable == reports.size()) {
                    notApplicable.add(inapplicable);
                } else if (!ok) {
                    notAssessed.add(new NotAssessed(fewest.ruleId(), fewest.sign(), fewest.missing()));
                }
            }
            if (ok) {
                assessable++;
            }
        }
        diagnostics.sort(ReportAssembly.DIAGNOSTIC_ORDER);
        strengths.sort(Comparator.comparing(Strength::theme).thenComparing(Strength::ruleId));
        notAssessed.sort(Comparator.comparing((NotAssessed x) -> rules.get(x.ruleId()).theme()).thenComparing(NotAssessed::ruleId));
        notApplicable.sort(Comparator.comparing((NotApplicable x) -> rules.get(x.ruleId()).theme()).thenComparing(NotApplicable::ruleId));
        List<Diagnostic> charged = Scoring.charge(diagnostics);
        // as for one response: every warning rule that applies but no one could assess is charged as if it had fired
        List<Scoring.Unanswered> unanswered = new ArrayList<>();
        for (NotAssessed x : notAssessed) {
            RuleInfo r = rules.get(x.ruleId());
            if (!r.isStrength()) {
                boolean isWaived = waivers.stream().anyMatch(w -> w.covers(r.id(), r.sign()) && !w.expiredOn(assessedOn));
                unanswered.add(new Scoring.Unanswered(x, r.theme(), r.severity(), isWaived));
            }
        }
        Set<String> inapplicableIds = new HashSet<>();
        notApplicable.forEach(x -> inapplicableIds.add(x.ruleId()));
        Set<Theme> scored = java.util.EnumSet.noneOf(Theme.class);
        for (RuleInfo r : rules.values()) {
            if (!r.isStrength() && !inapplicableIds.contains(r.id()) && !(comparing.contains(r.id()) && reports.size() == 1)) {
                scored.add(r.theme());
            }
        }
        Scoring.Outcome outcome = Scoring.score(charged, unanswered, scored);
        Score score = outcome.score();
        Map<String, NotAssessed> chargedById = new HashMap<>();
        outcome.charged().forEach(x -> chargedById.put(x.ruleId(), x));
        notAssessed.replaceAll(x -> chargedById.getOrDefault(x.ruleId(), x));
        int applicable = rules.size() - notApplicable.size() - outOfScope;
        double coverage = applicable == 0 ? 1.0 : BigDecimal.valueOf(assessable)
                .divide(BigDecimal.valueOf(applicable), 2, RoundingMode.HALF_UP).doubleValue();
        List<WaiverStatus> statuses = new ArrayList<>();
        for (Waiver w : waivers) {
            List<String> ids = new ArrayList<>();
            if (!w.expiredOn(assessedOn)) {
                charged.stream().filter(d -> w.covers(d.ruleId(), d.sign())).map(Diagnostic::ruleId).sorted().forEach(ids::add);
            }
            WaiverStatus.Status s = w.expiredOn(assessedOn) ? WaiverStatus.Status.EXPIRED
                    : ids.isEmpty() ? WaiverStatus.Status.UNUSED : WaiverStatus.Status.APPLIED;
            statuses.add(new WaiverStatus(w, s, ids));
        }
        Report first = reports.get(0);
        return new Report(first.reportVersion(), first.catalogue(), first.tailoring(), first.programme(), score, coverage,
                charged, strengths, notAssessed, notApplicable, statuses, who, Comparison.differences(sorted, who, gap));
    }

    /** A respondent in words: "the centre (Deputy Director)", "a local partner", ... */
    public static String describe(Respondent r) {
        String who = r.perspective() == null ? "the respondent" : switch (r.perspective()) {
            case CENTRE -> "the centre";
            case LOCALITY -> "the locality";
            case PARTNER -> "a local partner";
            case INDEPENDENT -> "an independent reviewer";
        };
        return r.role() == null ? who : who + " (" + org.programmehealth.render.Printable.of(r.role()) + ")";
    }

    private static boolean isSeer(List<SeenBy> seen, Respondent r) {
        return seen.stream().anyMatch(s -> s.perspective() == r.perspective() && Objects.equals(s.role(), r.role()));
    }

    private static Diagnostic find(List<Diagnostic> diagnostics, String ruleId) {
        for (Diagnostic d : diagnostics) {
            if (d.ruleId().equals(ruleId)) {
                return d;
            }
        }
        return null;
    }
}
