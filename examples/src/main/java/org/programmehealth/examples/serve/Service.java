package org.programmehealth.examples.serve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.Problem;
import org.programmehealth.examples.cli.FormatQuestions;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;

/**
 * What the pages and the API of {@code serve} do with the stored answers: each response as the
 * assessment document that {@code assess} and {@code batch} read, its report, the divergence
 * between responses, a programme's rounds and the portfolio. Until the library assesses several
 * responses together, each response of a round is assessed on its own and the pages show them side
 * by side.
 */
final class Service {

    /** The questions a respondent answers: all but the identity, which the round fixes. */
    static final Set<String> IDENTITY = Set.of("programme.id", "programme.name", "programme.assessedOn");

    static final Map<String, String> PERSPECTIVES = new LinkedHashMap<>();

    static {
        PERSPECTIVES.put("CENTRE", "The centre (a sponsoring central department)");
        PERSPECTIVES.put("LOCALITY", "A locality (the lead local body)");
        PERSPECTIVES.put("PARTNER", "A local partner agency");
        PERSPECTIVES.put("INDEPENDENT", "An independent reviewer");
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One response assessed: its document, and its report (null while the answers are not a valid assessment). */
    record Assessed(Store.Response response, Map<String, Store.Answer> answers, String document, Report report,
                    List<Problem> problems) {
    }

    /** One round of a programme, every response assessed. */
    record RoundView(Store.Programme programme, Store.Round round, List<Assessed> responses) {
        Integer lowestScore() {
            return responses.stream().filter(a -> a.report() != null && a.report().score().overall() != null)
                    .map(a -> a.report().score().overall()).min(Integer::compare).orElse(null);
        }

        /** The worst severity of each sign any response shows, worst first. */
        Map<String, Diagnostic> signs() {
            Map<String, Diagnostic> worst = new LinkedHashMap<>();
            for (Assessed a : responses) {
                if (a.report() == null) {
                    continue;
                }
                for (Diagnostic d : a.report().diagnostics()) {
                    worst.merge(d.sign(), d, (x, y) -> x.severity().compareTo(y.severity()) >= 0 ? x : y);
                }
            }
            List<Map.Entry<String, Diagnostic>> entries = new ArrayList<>(worst.entrySet());
            entries.sort((x, y) -> y.getValue().severity().compareTo(x.getValue().severity()));
            Map<String, Diagnostic> out = new LinkedHashMap<>();
            entries.forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        boolean anyAnswered() {
            return responses.stream().anyMatch(a -> a.report() != null && !a.answers().isEmpty());
        }
    }

    /** A question two responses answered differently enough to talk about. */
    record Divergence(FormatQuestions.Question question, Map<String, String> answersByRespondent) {
    }

    final Store store;
    private final java.util.concurrent.CompletableFuture<ProgrammeHealth> health;
    final AssessmentFormat format;
    final List<FormatQuestions.Question> questions;
    final Map<String, FormatQuestions.Question> byPath = new LinkedHashMap<>();
    final List<String> sections;

    /**
     * @param health the engine, perhaps still being built (the questionnaire needs only the format's
     *               validator, so the server answers at once and only reports wait for the rules)
     */
    Service(Store store, java.util.concurrent.CompletableFuture<ProgrammeHealth> health, AssessmentFormat format) {
        this.store = store;
        this.health = health;
        this.format = format;
        this.questions = FormatQuestions.all().stream().filter(q -> !IDENTITY.contains(q.path())).toList();
        Set<String> s = new LinkedHashSet<>();
        for (FormatQuestions.Question q : questions) {
            byPath.put(q.path(), q);
            s.add(q.section());
        }
        this.sections = List.copyOf(s);
    }

    List<FormatQuestions.Question> section(String name) {
        return questions.stream().filter(q -> q.section().equals(name)).toList();
    }

    /** The assessment document of a response: every question, in the format's order; the identity from its round. */
    ObjectNode document(Store.Programme p, Store.Round r, Store.Response resp, Map<String, Store.Answer> answers) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("schemaVersion", FormatQuestions.schemaVersion());
        ObjectNode programme = doc.putObject("programme");
        programme.put("id", p.id());
        programme.put("name", p.name());
        programme.put("assessedOn", r.assessedOn());
        List<String> notApplicable = new ArrayList<>();
        for (String section : sections) {
            Store.Answer whole = answers.get(section);
            if (whole != null && whole.state() == Store.State.NOT_APPLICABLE) {
                notApplicable.add(section);
            }
        }
        for (FormatQuestions.Question q : questions) {
            Store.Answer a = answers.get(q.path());
            JsonNode value = NullNode.getInstance();
            if (a != null && a.state() == Store.State.VALUE && !notApplicable.contains(q.section())) {
                value = read(a.valueJson());
            } else if (a != null && a.state() == Store.State.NOT_APPLICABLE && !notApplicable.contains(q.section())) {
                notApplicable.add(q.path());
            }
            doc.withObjectProperty(q.section()).set(q.field(), value);
        }
        ArrayNode history = history(p, r, resp);
        if (!history.isEmpty()) {
            doc.set("history", history);
        }
        // "does not apply" and the respondent are written once the format has them; until then they stay in storage only
        if (!notApplicable.isEmpty() && FormatQuestions.formatHas("notApplicable")) {
            ArrayNode na = doc.putArray("notApplicable");
            notApplicable.forEach(na::add);
        }
        if (FormatQuestions.formatHas("respondent")) {
            ObjectNode who = doc.putObject("respondent");
            who.put("perspective", resp.perspective());
            if (resp.role() != null && !resp.role().isBlank()) {
                who.put("role", resp.role());
            }
        }
        return doc;
    }

    ProgrammeHealth health() {
        return health.join();
    }

    /**
     * The same respondent's answers in the programme's earlier rounds (the response of the same
     * perspective and role), oldest first, as the format's history snapshots: trend rules compare
     * them with this round.
     */
    private ArrayNode history(Store.Programme p, Store.Round r, Store.Response resp) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Store.Round earlier : store.rounds(p.id())) {
            if (earlier.assessedOn().compareTo(r.assessedOn()) >= 0) {
                break;
            }
            Optional<Store.Response> same = store.responses(earlier.id()).stream()
                    .filter(x -> x.perspective().equals(resp.perspective()) && java.util.Objects.equals(x.role(), resp.role()))
                    .findFirst();
            if (same.isEmpty()) {
                continue;
            }
            ObjectNode snapshot = MAPPER.createObjectNode();
            snapshot.put("assessedOn", earlier.assessedOn());
            Map<String, Store.Answer> answers = store.answers(same.get().token());
            for (FormatQuestions.Question q : questions) {
                Store.Answer a = answers.get(q.path());
                Store.Answer whole = answers.get(q.section());
                boolean sectionNa = whole != null && whole.state() == Store.State.NOT_APPLICABLE;
                if (!q.section().equals("programme") && a != null && a.state() == Store.State.VALUE && !sectionNa) {
                    snapshot.withObjectProperty(q.section()).set(q.field(), read(a.valueJson()));
                }
            }
            if (snapshot.size() > 1) {
                out.add(snapshot);
            }
        }
        return out;
    }

    String documentText(Store.Response resp) {
        Store.Round r = store.roundById(resp.roundId()).orElseThrow();
        Store.Programme p = store.programme(r.programmeId()).orElseThrow();
        return pretty(document(p, r, resp, store.answers(resp.token())));
    }

    Assessed assess(Store.Programme p, Store.Round r, Store.Response resp) {
        Map<String, Store.Answer> answers = store.answers(resp.token());
        String doc = pretty(document(p, r, resp, answers));
        List<Problem> problems = format.validate(doc, "response");
        Report report = problems.isEmpty() ? health().assess(health().parse(doc, "response")) : null;
        return new Assessed(resp, answers, doc, report, problems);
    }

    /**
     * The responses of a round that are valid assessments, assessed together as one programme (see
     * {@code ProgrammeHealth.assess(List)}); null when fewer than two are, or they cannot be combined.
     */
    Report combined(RoundView v) {
        List<org.programmehealth.model.Assessment> responses = new ArrayList<>();
        for (Assessed a : v.responses()) {
            if (a.report() != null) {
                responses.add(health().parse(a.document(), label(a.response())));
            }
        }
        if (responses.size() < 2) {
            return null;
        }
        try {
            return health().assess(responses);
        } catch (org.programmehealth.InvalidAssessmentException e) {
            return null;
        }
    }

    RoundView round(Store.Programme p, Store.Round r) {
        List<Assessed> out = new ArrayList<>();
        for (Store.Response resp : store.responses(r.id())) {
            out.add(assess(p, r, resp));
        }
        return new RoundView(p, r, out);
    }

    List<RoundView> history(Store.Programme p) {
        return store.rounds(p.id()).stream().map(r -> round(p, r)).toList();
    }

    Optional<RoundView> latest(Store.Programme p) {
        List<Store.Round> rounds = store.rounds(p.id());
        return rounds.isEmpty() ? Optional.empty() : Optional.of(round(p, rounds.get(rounds.size() - 1)));
    }

    /**
     * Questions the responses answer differently: ratings two or more points apart, opposite yes/no
     * answers, different choices (the measure of the perspectives contract).
     */
    List<Divergence> divergence(RoundView round) {
        List<Divergence> out = new ArrayList<>();
        if (round.responses().size() < 2) {
            return out;
        }
        for (FormatQuestions.Question q : questions) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (Assessed a : round.responses()) {
                Store.Answer ans = a.answers().get(q.path());
                if (ans != null && ans.state() == Store.State.VALUE) {
                    values.put(label(a.response()), read(ans.valueJson()));
                }
            }
            if (values.size() < 2) {
                continue;
            }
            boolean diverge;
            if (q.kind() == FormatQuestions.Kind.WHOLE_NUMBER && !q.answers().isEmpty()) {
                int min = values.values().stream().mapToInt(JsonNode::asInt).min().orElse(0);
                int max = values.values().stream().mapToInt(JsonNode::asInt).max().orElse(0);
                diverge = max - min >= 2;
            } else if (q.kind() == FormatQuestions.Kind.YES_NO || q.kind() == FormatQuestions.Kind.CHOICE) {
                diverge = values.values().stream().map(JsonNode::asText).distinct().count() > 1;
            } else {
                diverge = false;
            }
            if (diverge) {
                Map<String, String> words = new LinkedHashMap<>();
                values.forEach((who, v) -> words.put(who, FormatQuestions.inWords(q, v)));
                out.add(new Divergence(q, words));
            }
        }
        return out;
    }

    static String label(Store.Response r) {
        String p = switch (r.perspective()) {
            case "CENTRE" -> "Centre";
            case "LOCALITY" -> "Locality";
            case "PARTNER" -> "Partner";
            case "INDEPENDENT" -> "Independent";
            default -> r.perspective();
        };
        return r.role() == null || r.role().isBlank() ? p : p + ": " + r.role();
    }

    static String severityWords(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    static Map<Severity, Integer> counts(Map<String, Diagnostic> signs) {
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        signs.values().forEach(d -> c.merge(d.severity(), 1, Integer::sum));
        return c;
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node).replace("\r\n", "\n").concat("\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
