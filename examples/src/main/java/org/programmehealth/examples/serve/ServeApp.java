package org.programmehealth.examples.serve;

import static org.programmehealth.examples.serve.Html.h;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.programmehealth.InputLimits;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.Problem;
import org.programmehealth.examples.cli.FormatQuestions;
import org.programmehealth.render.HtmlRenderer;
import org.programmehealth.render.MarkdownRenderer;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;

/**
 * The web application of {@code serve}, on the JDK's own HTTP server: the respondents' questionnaire
 * ({@code /r/TOKEN}), the organiser's programme and portfolio pages ({@code /o/TOKEN/...}), and the
 * JSON API ({@code POST /api/assess}). Only our own stylesheet and script are ever loaded; every
 * page carries a Content-Security-Policy that forbids anything else; every form carries a CSRF token;
 * request bodies are bounded and requests are rate-limited per client address.
 */
public final class ServeApp implements AutoCloseable {

    /** Longest form body accepted (a whole section's answers fit in a few kilobytes). */
    static final int MAX_FORM_BYTES = 64 * 1024;

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Service service;
    private final HttpServer server;
    private final ExecutorService pool;
    private final RateLimit rateLimit;
    private final InputLimits limits;
    private final String organiser;
    private final String organiserCsrf;

    private ServeApp(Service service, HttpServer server, ExecutorService pool, RateLimit rateLimit, InputLimits limits) {
        this.service = service;
        this.server = server;
        this.pool = pool;
        this.rateLimit = rateLimit;
        this.limits = limits;
        this.organiser = service.store.organiserToken();
        this.organiserCsrf = service.store.organiserCsrf();
    }

    /** Starts serving; {@code port} 0 takes a free port. */
    public static ServeApp start(String host, int port, Store store, ProgrammeHealth health, int requestsPerMinute) {
        return start(host, port, store, java.util.concurrent.CompletableFuture.completedFuture(health), health.format(),
                requestsPerMinute);
    }

    /** Starts serving while the engine is still being built: pages that need a report wait for it. */
    public static ServeApp start(String host, int port, Store store, java.util.concurrent.CompletableFuture<ProgrammeHealth> health,
                                 org.programmehealth.AssessmentFormat format, int requestsPerMinute) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
            ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
                Thread t = new Thread(r, "programme-health-serve");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(pool);
            ServeApp app = new ServeApp(new Service(store, health, format), server, pool, new RateLimit(requestsPerMinute),
                    format.limits());
            server.createContext("/", app::handle);
            server.start();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String organiserPath() {
        return "/o/" + organiser + "/";
    }

    Service service() {
        return service;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- dispatch

    /** A response to send: status, type, body and, for pages that embed the library's report, the style hashes. */
    private record Reply(int status, String type, byte[] body, String location, String csp, String disposition) {
        static Reply html(int status, String page) {
            return new Reply(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), null, CSP, null);
        }

        static Reply text(int status, String type, String body) {
            return new Reply(status, type, body.getBytes(StandardCharsets.UTF_8), null, CSP, null);
        }

        static Reply redirect(String location) {
            return new Reply(303, "text/plain; charset=utf-8", new byte[0], location, CSP, null);
        }

        Reply withCsp(String csp) {
            return new Reply(status, type, body, location, csp, disposition);
        }

        Reply download(String name) {
            return new Reply(status, type, body, location, csp, "attachment; filename=\"" + name + "\"");
        }
    }

    /** A request refused with a status and a message for people. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Reply reply;
        try {
            String method = ex.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method) && !rateLimit.allow(ex.getRemoteAddress().getAddress().getHostAddress())) {
                throw new Refused(429, "Too many requests from your address: wait a moment and try again.");
            }
            reply = route(ex, method, ex.getRequestURI().getRawPath());
        } catch (Refused r) {
            reply = ex.getRequestURI().getPath().startsWith("/api/")
                    ? Reply.text(r.status, "application/json", errorJson(r.getMessage(), List.of()))
                    : Reply.html(r.status, Html.page("Not possible", "<h1>" + h(statusWords(r.status)) + "</h1>\n<p>"
                            + h(r.getMessage()) + "</p>", false, null, null));
        } catch (RuntimeException e) {
            System.err.println("programme-health serve: internal error on " + ex.getRequestMethod() + " "
                    + ex.getRequestURI().getPath().replaceAll("/(r|o)/[^/]+", "/$1/…") + ": " + e);
            reply = Reply.html(500, Html.page("Internal error", "<h1>Something went wrong</h1>\n<p>Nothing you saved before"
                    + " is lost. Try again; if it happens again, tell whoever runs this server.</p>", false, null, null));
        }
        send(ex, reply);
    }

    private static String statusWords(int status) {
        return switch (status) {
            case 400 -> "This cannot be done";
            case 403 -> "This form has expired or was not sent from this site";
            case 404 -> "Nothing here";
            case 405 -> "Not allowed";
            case 413 -> "Too large";
            case 429 -> "Too many requests";
            default -> "Not possible";
        };
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        var headers = ex.getResponseHeaders();
        headers.set("Content-Type", r.type());
        headers.set("Content-Security-Policy", r.csp());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (r.location() != null) {
            headers.set("Location", r.location());
        }
        if (r.disposition() != null) {
            headers.set("Content-Disposition", r.disposition());
        }
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
        if (!head && r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
        ex.close();
    }

    private Reply route(HttpExchange ex, String method, String rawPath) {
        List<String> seg = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                seg.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
            }
        }
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        if (seg.isEmpty() && get) {
            return Reply.html(200, Html.page("Welcome", "<h1>Programme Health</h1>\n<p>This server keeps the self-assessments of"
                    + " programmes. Open the link you were given to answer the questions; only that link opens your answers.</p>",
                    false, null, null));
        }
        if (seg.size() == 2 && seg.get(0).equals("static") && get) {
            return asset(seg.get(1));
        }
        if (seg.size() == 2 && seg.get(0).equals("api") && seg.get(1).equals("assess")) {
            if (!post) {
                throw new Refused(405, "Send the assessment with POST.");
            }
            return apiAssess(ex);
        }
        if (seg.size() >= 2 && seg.get(0).equals("r")) {
            Store.Response resp = service.store.response(seg.get(1))
                    .orElseThrow(() -> new Refused(404, "This link does not open any response. Check that it was copied whole."));
            if (seg.size() == 2 && get) {
                return questionnaire(resp, query(ex).get("s"), Map.of(), null);
            }
            if (seg.size() == 2 && post) {
                return saveSection(ex, resp);
            }
            if (seg.size() == 3 && seg.get(2).equals("answer") && post) {
                return saveOne(ex, resp);
            }
            if (seg.size() == 3 && seg.get(2).equals("done") && get) {
                return done(resp);
            }
            if (seg.size() == 3 && seg.get(2).equals("answers.json") && get) {
                return Reply.text(200, "application/json; charset=utf-8", service.documentText(resp)).download("answers.json");
            }
            throw new Refused(404, "There is no such page.");
        }
        if (seg.size() >= 2 && seg.get(0).equals("o")) {
            if (!constantTimeEquals(seg.get(1), organiser)) {
                throw new Refused(404, "This link does not open anything. Check that it was copied whole.");
            }
            return organiserRoute(ex, seg.subList(2, seg.size()), get, post, origin(ex));
        }
        throw new Refused(404, "There is no such page.");
    }

    /** The address the organiser reached us by (to print whole links); only a plausible host name or address is used. */
    private String origin(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
            host = "127.0.0.1:" + port();
        }
        return "http://" + host;
    }

    private Reply organiserRoute(HttpExchange ex, List<String> seg, boolean get, boolean post, String origin) {
        if (seg.isEmpty() && get) {
            return portfolio(Map.of(), null);
        }
        if (seg.size() == 1 && seg.get(0).equals("programmes") && post) {
            return setUp(ex);
        }
        if (seg.size() >= 2 && seg.get(0).equals("p")) {
            Store.Programme p = service.store.programme(seg.get(1)).orElseThrow(() -> new Refused(404, "There is no such programme."));
            if (seg.size() == 2 && get) {
                return programmePage(p, origin);
            }
            if (seg.size() == 3 && post && seg.get(2).equals("respondents")) {
                return addRespondent(ex, p);
            }
            if (seg.size() == 3 && post && seg.get(2).equals("rounds")) {
                return newRound(ex, p);
            }
            if (seg.size() == 3 && get) {
                return download(p, seg.get(2));
            }
        }
        throw new Refused(404, "There is no such page.");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply asset(String name) {
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8" : null;
        if (type == null || !name.matches("[a-z]+\\.(css|js)")) {
            throw new Refused(404, "There is no such file.");
        }
        try (InputStream in = ServeApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new Refused(404, "There is no such file.");
            }
            return new Reply(200, type, in.readAllBytes(), null, CSP, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- request bodies

    /** The body, refused with 413 when longer than {@code max} bytes: a declared length is refused before reading. */
    private static byte[] body(HttpExchange ex, int max) {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long n;
            try {
                n = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new Refused(400, "The request's length is not a number.");
            }
            if (n > max) {
                throw new Refused(413, "The request is " + n + " bytes; at most " + max + " are accepted.");
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int total = 0;
            for (int r; (r = in.read(buf)) > 0; ) {
                total += r;
                if (total > max) {
                    throw new Refused(413, "The request is more than " + max + " bytes; at most " + max + " are accepted.");
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused(400, "The request could not be read: " + e.getMessage());
        }
    }

    private static Map<String, String> form(HttpExchange ex) {
        return parseForm(new String(body(ex, MAX_FORM_BYTES), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        return q == null ? Map.of() : parseForm(q);
    }

    static Map<String, String> parseForm(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static void checkCsrf(Map<String, String> form, String expected) {
        String given = form.getOrDefault("csrf", "");
        if (!constantTimeEquals(given, expected)) {
            throw new Refused(403, "The form was not accepted because it did not come from this site's page, or the page is"
                    + " old. Go back, reload the page and send it again: your earlier saved answers are kept.");
        }
    }

    // ---------------------------------------------------------------- the API

    private Reply apiAssess(HttpExchange ex) {
        int maxBytes = limits.maxDocumentChars() * 4 + 1024; // a character is at most 4 bytes of UTF-8
        byte[] bytes = body(ex, maxBytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Reply.text(400, "application/json", errorJson("The request is not UTF-8 text: save it as UTF-8 and send it again.",
                    List.of()));
        }
        if (text.length() > limits.maxDocumentChars()) {
            throw new Refused(413, "The request is " + text.length() + " characters; at most " + limits.maxDocumentChars()
                    + " are accepted.");
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) {
            return apiAssessList(text);
        }
        List<Problem> problems = service.health().validate(text, "request");
        if (!problems.isEmpty()) {
            return Reply.text(400, "application/json", errorJson("The assessment is not valid.", problems));
        }
        try {
            Report report = service.health().assess(service.health().parse(text, "request"));
            return Reply.text(200, "application/json", service.health().toJson(report));
        } catch (InvalidAssessmentException e) {
            return Reply.text(400, "application/json", errorJson("The assessment is not valid.", e.problems()));
        }
    }

    /**
     * A list of responses: each element validated where it stands in the body (its problems keep the
     * body's line and column), then each assessed; until the library assesses several responses
     * together, the answer is the list of their reports, each exactly as {@code assess --format json}.
     */
    private Reply apiAssessList(String text) {
        List<int[]> spans;
        try {
            spans = JsonSpans.elements(text);
        } catch (IllegalArgumentException e) {
            List<Problem> problems = service.health().validate(text, "request");
            return Reply.text(400, "application/json", errorJson("The list of responses is not valid JSON.",
                    problems.isEmpty() ? List.of(new Problem("$", e.getMessage(), 0, 0)) : problems));
        }
        if (spans.isEmpty()) {
            return Reply.text(400, "application/json", errorJson("The list of responses is empty.", List.of()));
        }
        List<Problem> all = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            String element = text.substring(s[0], s[1]);
            docs.add(element);
            for (Problem p : service.health().validate(element, "response " + (i + 1))) {
                int line = p.line() <= 0 ? p.line() : p.line() + s[2] - 1;
                int column = p.line() == 1 ? p.column() + s[3] - 1 : p.column();
                all.add(new Problem("$[" + i + "]" + p.path().substring(1), p.message(), line, column));
            }
        }
        if (!all.isEmpty()) {
            return Reply.text(400, "application/json", errorJson("The list of responses is not valid.", all));
        }
        // several responses about one programme are assessed together, exactly as `assess FILE FILE...`
        List<org.programmehealth.model.Assessment> responses = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            responses.add(service.health().parse(docs.get(i), "response " + (i + 1)));
        }
        try {
            return Reply.text(200, "application/json", service.health().toJson(service.health().assess(responses)));
        } catch (org.programmehealth.InvalidAssessmentException e) {
            return Reply.text(400, "application/json", errorJson("The responses cannot be assessed together.", e.problems()));
        }
    }

    /** The error of the batch contract: {@code {"error": {"kind": "invalid", "message", "problems": [...]}}}. */
    static String errorJson(String message, List<Problem> problems) {
        return Service.pretty(org.programmehealth.examples.cli.JsonText.putInvalid(Service.MAPPER.createObjectNode(), message, problems));
    }

    // ---------------------------------------------------------------- the questionnaire

    private int sectionIndex(String s, Map<String, Store.Answer> answers) {
        if (s != null) {
            try {
                int i = Integer.parseInt(s);
                if (i >= 0 && i < service.sections.size()) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // fall through: the first section with a question not answered yet
            }
        }
        for (int i = 0; i < service.sections.size(); i++) {
            String sec = service.sections.get(i);
            if (answers.containsKey(sec)) {
                continue;
            }
            for (FormatQuestions.Question q : service.section(sec)) {
                Store.Answer a = answers.get(q.path());
                if (a == null || a.state() == Store.State.NOT_ACCEPTED) {
                    return i;
                }
            }
        }
        return 0;
    }

    private int answeredCount(Map<String, Store.Answer> answers) {
        int n = 0;
        for (FormatQuestions.Question q : service.questions) {
            Store.Answer a = answers.get(q.path());
            Store.Answer whole = answers.get(q.section());
            if (whole != null && whole.state() == Store.State.NOT_APPLICABLE
                    || a != null && a.state() != Store.State.NOT_ACCEPTED) {
                n++;
            }
        }
        return n;
    }

    private Reply questionnaire(Store.Response resp, String sectionParam, Map<String, String> messages, String notice) {
        Store.Round round = service.store.roundById(resp.roundId()).orElseThrow();
        Store.Programme p = service.store.programme(round.programmeId()).orElseThrow();
        Map<String, Store.Answer> answers = service.store.answers(resp.token());
        int index = sectionIndex(sectionParam, answers);
        String section = service.sections.get(index);
        List<FormatQuestions.Question> qs = service.section(section);
        int answered = answeredCount(answers);
        int total = service.questions.size();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(h(p.name())).append("</h1>\n")
                .append("<p class=\"who\">Your answers describe the programme on ").append(h(round.assessedOn()))
                .append(". You answer as: <strong>").append(h(Service.label(resp))).append("</strong>.</p>\n")
                .append("<p>Each answer is saved as you give it (and whenever you press a button): you can leave and come back to this same link at any time.")
                .append(" Choose <em>Don't know</em> rather than guess: a question not answered is never read as zero or no.</p>\n");
        b.append("<div class=\"progress\"><progress id=\"progress\" max=\"").append(total).append("\" value=\"").append(answered)
                .append("\"></progress> <span id=\"progress-words\">").append(answered).append(" of ").append(total)
                .append(" questions answered</span></div>\n");
        b.append("<nav class=\"sections\" aria-label=\"Sections\"><ol>\n");
        for (int i = 0; i < service.sections.size(); i++) {
            String sec = service.sections.get(i);
            List<FormatQuestions.Question> sq = service.section(sec);
            long done = sq.stream().filter(q -> answers.containsKey(sec) || answers.containsKey(q.path())
                    && answers.get(q.path()).state() != Store.State.NOT_ACCEPTED).count();
            b.append("<li").append(i == index ? " class=\"current\" aria-current=\"step\"" : "").append("><a href=\"/r/")
                    .append(h(resp.token())).append("?s=").append(i).append("\">").append(h(sq.get(0).sectionTitle()))
                    .append("</a> <span class=\"count\">").append(done).append("/").append(sq.size()).append("</span></li>\n");
        }
        b.append("</ol></nav>\n");
        if (notice != null) {
            b.append("<p class=\"notice\" role=\"status\">").append(h(notice)).append("</p>\n");
        }
        b.append("<form method=\"post\" action=\"/r/").append(h(resp.token())).append("?s=").append(index)
                .append("\" class=\"questions\" id=\"questions\" data-token=\"").append(h(resp.token())).append("\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(h(resp.csrf())).append("\">\n")
                .append("<input type=\"hidden\" name=\"section\" value=\"").append(index).append("\">\n")
                .append("<h2>").append(index + 1).append(". ").append(h(qs.get(0).sectionTitle())).append("</h2>\n")
                .append("<p class=\"intro\">").append(h(qs.get(0).sectionIntro())).append("</p>\n");
        boolean wholeNa = answers.containsKey(section) && answers.get(section).state() == Store.State.NOT_APPLICABLE;
        if (qs.get(0).sectionMayNotApply()) {
            b.append("<p class=\"section-na\"><label><input type=\"checkbox\" name=\"section-na\" value=\"yes\"")
                    .append(wholeNa ? " checked" : "").append("> This whole section does not apply to this programme</label></p>\n");
        }
        for (FormatQuestions.Question q : qs) {
            b.append(question(q, answers.get(q.path()), messages.get(q.path())));
        }
        b.append("<div class=\"buttons\">\n");
        if (index > 0) {
            b.append("<button type=\"submit\" name=\"go\" value=\"back\">Save and go back</button>\n");
        }
        b.append("<button type=\"submit\" name=\"go\" value=\"stay\">Save</button>\n");
        if (index < service.sections.size() - 1) {
            b.append("<button type=\"submit\" name=\"go\" value=\"next\" class=\"primary\">Save and go on</button>\n");
        } else {
            b.append("<button type=\"submit\" name=\"go\" value=\"finish\" class=\"primary\">Save and finish</button>\n");
        }
        b.append("</div>\n</form>\n");
        return Reply.html(200, Html.page(p.name(), b.toString(), true, resp.csrf(), null));
    }

    private static String question(FormatQuestions.Question q, Store.Answer a, String message) {
        String id = "q-" + q.path().replace('.', '-');
        StringBuilder b = new StringBuilder();
        b.append("<fieldset class=\"q").append(message != null ? " not-accepted" : "").append("\" id=\"").append(id)
                .append("\" data-path=\"").append(h(q.path())).append("\">\n<legend>").append(h(q.ask())).append("</legend>\n")
                .append("<p class=\"help\">").append(h(q.help())).append("</p>\n");
        String state = a == null ? "" : a.state().name();
        String value = a != null && a.state() == Store.State.VALUE ? Service.read(a.valueJson()).asText() : "";
        String typed = a == null ? "" : a.typed() == null ? value : a.typed();
        if (!q.answers().isEmpty()) {
            b.append("<div class=\"choices\">\n");
            for (Map.Entry<String, String> c : q.answers().entrySet()) {
                boolean checked = state.equals("VALUE") && c.getKey().equals(value);
                String label = q.kind() == FormatQuestions.Kind.WHOLE_NUMBER ? c.getKey() + " · " + c.getValue() : c.getValue();
                b.append("<label><input type=\"radio\" name=\"a:").append(h(q.path())).append("\" value=\"").append(h(c.getKey()))
                        .append("\"").append(checked ? " checked" : "").append("> ").append(h(label)).append("</label>\n");
            }
            b.append("</div>\n");
        } else {
            String inputMode = switch (q.kind()) {
                case WHOLE_NUMBER -> " inputmode=\"numeric\"";
                case NUMBER -> " inputmode=\"decimal\"";
                default -> "";
            };
            String placeholder = q.kind() == FormatQuestions.Kind.DATE ? " placeholder=\"year-month-day, e.g. 2009-10-30\"" : "";
            b.append("<label class=\"typed\"><span class=\"visually-hidden\">Your answer</span><input type=\"text\" name=\"a:")
                    .append(h(q.path())).append("\" value=\"").append(h(typed)).append("\"").append(inputMode).append(placeholder)
                    .append(" autocomplete=\"off\"></label>")
                    .append(q.unit().isEmpty() ? "" : " <span class=\"unit\">" + h(q.unit()) + "</span>").append("\n")
                    .append("<p class=\"accepts\">").append(h(accepts(q))).append("</p>\n");
        }
        b.append("<div class=\"other\">\n<label><input type=\"radio\" name=\"x:").append(h(q.path()))
                .append("\" value=\"dontknow\"").append(state.equals("DONT_KNOW") ? " checked" : "").append("> Don't know</label>\n");
        if (q.mayNotApply()) {
            b.append("<label><input type=\"radio\" name=\"x:").append(h(q.path())).append("\" value=\"na\"")
                    .append(state.equals("NOT_APPLICABLE") ? " checked" : "").append("> Does not apply</label>\n");
        }
        b.append("</div>\n<p class=\"msg\" id=\"m-").append(id).append("\" role=\"status\" aria-live=\"polite\">")
                .append(message != null ? h(message) : state.equals("NOT_ACCEPTED") ? h("Not accepted yet: " + typed) : "")
                .append("</p>\n</fieldset>\n");
        return b.toString();
    }

    private static String accepts(FormatQuestions.Question q) {
        String r = q.range();
        return "Accepts " + r.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + r.substring(1) + ".";
    }

    /** What one question's posted fields mean: the answer to store, or null if nothing changed; a message if not accepted. */
    private record Outcome(Store.Answer answer, String message) {
    }

    private Outcome interpret(FormatQuestions.Question q, String typedRaw, String other, Store.Answer previous,
                              Map<String, Store.Answer> current) {
        String typed = typedRaw == null ? "" : typedRaw.strip();
        if (typed.length() > 2000) {
            typed = typed.substring(0, 2000);
        }
        String previousTyped = previous == null ? "" : previous.typed() == null ? "" : previous.typed();
        boolean typedSomethingNew = !typed.isEmpty() && (previous == null || previous.state() != Store.State.VALUE
                && previous.state() != Store.State.NOT_ACCEPTED || !typed.equals(previousTyped));
        boolean choice = !q.answers().isEmpty();
        if (choice && !typed.isEmpty() && (other == null || other.isEmpty())) {
            typedSomethingNew = true;
        }
        if (!typedSomethingNew && "dontknow".equals(other)) {
            return same(previous, Store.State.DONT_KNOW) ? new Outcome(null, null)
                    : new Outcome(new Store.Answer(q.path(), Store.State.DONT_KNOW, null, typed, null), null);
        }
        if (!typedSomethingNew && "na".equals(other) && q.mayNotApply()) {
            return same(previous, Store.State.NOT_APPLICABLE) ? new Outcome(null, null)
                    : new Outcome(new Store.Answer(q.path(), Store.State.NOT_APPLICABLE, null, typed, null), null);
        }
        if (typed.isEmpty()) {
            return previous == null ? new Outcome(null, null)
                    : new Outcome(new Store.Answer(q.path(), Store.State.CLEARED, null, "", null), null);
        }
        JsonNode value;
        try {
            value = FormatQuestions.answer(q, typed);
        } catch (IllegalArgumentException e) {
            String m = "Not accepted: " + e.getMessage() + ".";
            return new Outcome(new Store.Answer(q.path(), Store.State.NOT_ACCEPTED, null, typed, null), m);
        }
        List<Problem> problems = check(q, value, current);
        if (!problems.isEmpty()) {
            String m = "Not accepted: " + String.join("; ", problems.stream().map(Problem::message).toList()) + ".";
            return new Outcome(new Store.Answer(q.path(), Store.State.NOT_ACCEPTED, null, typed, null), m);
        }
        String json = Service.compact(value);
        if (previous != null && previous.state() == Store.State.VALUE && json.equals(previous.valueJson())) {
            return new Outcome(null, null);
        }
        return new Outcome(new Store.Answer(q.path(), Store.State.VALUE, json, typed, null), null);
    }

    private static boolean same(Store.Answer previous, Store.State state) {
        return previous != null && previous.state() == state;
    }

    /** The library's own validator on the answers with this one in place: the problems at this question's path. */
    private List<Problem> check(FormatQuestions.Question q, JsonNode value, Map<String, Store.Answer> current) {
        ObjectNode doc = Service.MAPPER.createObjectNode();
        doc.put("schemaVersion", FormatQuestions.schemaVersion());
        for (Store.Answer a : current.values()) {
            if (a.state() == Store.State.VALUE && service.byPath.containsKey(a.path())) {
                FormatQuestions.Question other = service.byPath.get(a.path());
                doc.withObjectProperty(other.section()).set(other.field(), Service.read(a.valueJson()));
            }
        }
        doc.withObjectProperty(q.section()).set(q.field(), value);
        return service.format.validate(Service.compact(doc), "answer").stream()
                .filter(p -> p.path().equals("$." + q.path())).toList();
    }

    private Reply saveSection(HttpExchange ex, Store.Response resp) {
        Map<String, String> form = form(ex);
        checkCsrf(form, resp.csrf());
        Map<String, Store.Answer> current = new LinkedHashMap<>(service.store.answers(resp.token()));
        int index = sectionIndex(form.get("section"), current);
        String section = service.sections.get(index);
        List<Store.Answer> changes = new ArrayList<>();
        Map<String, String> messages = new LinkedHashMap<>();
        List<FormatQuestions.Question> qs = service.section(section);
        if (qs.get(0).sectionMayNotApply()) {
            boolean na = "yes".equals(form.get("section-na"));
            Store.Answer prev = current.get(section);
            boolean wasNa = prev != null && prev.state() == Store.State.NOT_APPLICABLE;
            if (na != wasNa) {
                changes.add(new Store.Answer(section, na ? Store.State.NOT_APPLICABLE : Store.State.CLEARED, null, null, null));
            }
        }
        for (FormatQuestions.Question q : qs) {
            Outcome o = interpret(q, form.get("a:" + q.path()), form.get("x:" + q.path()), current.get(q.path()), current);
            if (o.answer() != null) {
                changes.add(o.answer());
                current.put(q.path(), o.answer());
            }
            if (o.message() != null) {
                messages.put(q.path(), o.message());
            }
        }
        if (!changes.isEmpty()) {
            service.store.saveAnswers(resp.token(), changes);
        }
        if (!messages.isEmpty()) {
            return questionnaire(resp, Integer.toString(index), messages, "Saved. " + messages.size()
                    + (messages.size() == 1 ? " answer was" : " answers were") + " not accepted: see below. What you typed is kept.");
        }
        String go = form.getOrDefault("go", "stay");
        return switch (go) {
            case "next" -> Reply.redirect("/r/" + resp.token() + "?s=" + Math.min(index + 1, service.sections.size() - 1));
            case "back" -> Reply.redirect("/r/" + resp.token() + "?s=" + Math.max(index - 1, 0));
            case "finish" -> {
                service.store.addSubmission(resp.token(), service.documentText(resp));
                yield Reply.redirect("/r/" + resp.token() + "/done");
            }
            default -> questionnaire(resp, Integer.toString(index), Map.of(), "Saved.");
        };
    }

    /** One answer, sent by the page's script as it is typed: checked, saved, and the verdict returned as JSON. */
    private Reply saveOne(HttpExchange ex, Store.Response resp) {
        Map<String, String> form = form(ex);
        checkCsrf(form, resp.csrf());
        String path = form.getOrDefault("path", "");
        FormatQuestions.Question q = service.byPath.get(path);
        if (q == null) {
            throw new Refused(400, "There is no such question.");
        }
        Map<String, Store.Answer> current = new LinkedHashMap<>(service.store.answers(resp.token()));
        Outcome o = interpret(q, form.get("a"), form.get("x"), current.get(path), current);
        if (o.answer() != null) {
            service.store.saveAnswers(resp.token(), List.of(o.answer()));
            current.put(path, o.answer());
        }
        ObjectNode r = Service.MAPPER.createObjectNode();
        Store.Answer now = current.get(path);
        r.put("accepted", o.message() == null);
        r.put("message", o.message() != null ? o.message() : now == null ? "" : switch (now.state()) {
            case VALUE -> "Saved.";
            case DONT_KNOW -> "Saved as don't know.";
            case NOT_APPLICABLE -> "Saved as does not apply.";
            default -> "";
        });
        r.put("answered", answeredCount(current));
        r.put("total", service.questions.size());
        return Reply.text(200, "application/json", Service.compact(r));
    }

    private Reply done(Store.Response resp) {
        Store.Round round = service.store.roundById(resp.roundId()).orElseThrow();
        Store.Programme p = service.store.programme(round.programmeId()).orElseThrow();
        Service.Assessed a = service.assess(p, round, resp);
        StringBuilder b = new StringBuilder("<h1>Thank you</h1>\n<p>Your answers about <strong>").append(h(p.name()))
                .append("</strong> are saved (").append(service.store.submissions(resp.token()).size())
                .append(" times submitted; every submission is kept). You can change them at any time from <a href=\"/r/")
                .append(h(resp.token())).append("?s=0\">the questions</a>, with the same link.</p>\n")
                .append("<p><a href=\"/r/").append(h(resp.token())).append("/answers.json\">Download your answers</a>"
                        + " as an assessment file.</p>\n");
        String head = null;
        if (a.report() != null) {
            Embedded e = embed(HtmlRenderer.render(a.report()));
            b.append("<h2>What your answers show</h2>\n<div class=\"report\">").append(e.body()).append("</div>\n");
            head = e.styleTag();
            return Reply.html(200, Html.page("Thank you", b.toString(), false, null, head)).withCsp(cspWithStyle(e.style()));
        }
        return Reply.html(200, Html.page("Thank you", b.toString(), false, null, head));
    }

    // ---------------------------------------------------------------- the organiser's pages

    /** The library's HTML report split into its stylesheet and its content, to show inside our page. */
    private record Embedded(String style, String body) {
        String styleTag() {
            return "<style>" + style + "</style>\n";
        }
    }

    private static Embedded embed(String page) {
        int s0 = page.indexOf("<style>");
        int s1 = page.indexOf("</style>");
        int b0 = page.indexOf("<body>");
        int b1 = page.lastIndexOf("</body>");
        String style = s0 >= 0 && s1 > s0 ? page.substring(s0 + "<style>".length(), s1) : "";
        String body = b0 >= 0 && b1 > b0 ? page.substring(b0 + "<body>".length(), b1) : page;
        return new Embedded(style, body.replace("<main>", "<div class=\"report-main\">").replace("</main>", "</div>"));
    }

    private static String cspWithStyle(String style) {
        return CSP.replace("style-src 'self'", "style-src 'self' " + Html.styleHash(style));
    }

    private String base() {
        return "/o/" + organiser;
    }

    private Reply portfolio(Map<String, String> messages, String notice) {
        List<Store.Programme> programmes = service.store.programmes();
        StringBuilder b = new StringBuilder("<h1>Portfolio</h1>\n<p class=\"private\">This page and the pages it links to are"
                + " the organiser's: keep the link private. Respondents get a link each, which opens only their own answers.</p>\n");
        if (notice != null) {
            b.append("<p class=\"notice\" role=\"alert\">").append(h(notice)).append("</p>\n");
        }
        Map<String, Service.RoundView> latest = new LinkedHashMap<>();
        Map<String, List<Service.RoundView>> histories = new LinkedHashMap<>();
        for (Store.Programme p : programmes) {
            List<Service.RoundView> history = service.history(p);
            histories.put(p.id(), history);
            if (!history.isEmpty()) {
                latest.put(p.id(), history.get(history.size() - 1));
            }
        }
        if (programmes.isEmpty()) {
            b.append("<p>No programme yet: set one up below.</p>\n");
        } else {
            b.append("<table class=\"portfolio\"><caption>Every programme, its latest round</caption>\n<thead><tr><th scope=\"col\">Programme</th>"
                    + "<th scope=\"col\">Latest round</th><th scope=\"col\">Responses</th><th scope=\"col\">Lowest score</th>"
                    + "<th scope=\"col\">Trend</th><th scope=\"col\">Worst signs</th></tr></thead>\n<tbody>\n");
            for (Store.Programme p : programmes) {
                Service.RoundView r = latest.get(p.id());
                b.append("<tr><th scope=\"row\"><a href=\"").append(base()).append("/p/").append(h(url(p.id()))).append("\">")
                        .append(h(p.name())).append("</a></th><td>").append(r == null ? "" : h(r.round().assessedOn()))
                        .append("</td><td>").append(r == null ? 0 : r.responses().size()).append("</td><td>")
                        .append(r == null || r.lowestScore() == null ? "not assessed" : r.lowestScore()).append("</td><td>")
                        .append(h(trendWords(histories.get(p.id())))).append("</td><td>");
                if (r != null) {
                    List<String> worst = new ArrayList<>();
                    for (Diagnostic d : r.signs().values()) {
                        if (worst.size() == 3) {
                            break;
                        }
                        worst.add(d.title() + " (" + Service.severityWords(d.severity()) + ")");
                    }
                    b.append(h(worst.isEmpty() ? "none" : String.join("; ", worst)));
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
            b.append(matrix(programmes, latest));
        }
        b.append(setUpForm(messages));
        return Reply.html(200, Html.page("Portfolio", b.toString(), false, null, null));
    }

    private static String trendWords(List<Service.RoundView> history) {
        List<Integer> scores = new ArrayList<>();
        for (Service.RoundView r : history) {
            if (r.lowestScore() != null) {
                scores.add(r.lowestScore());
            }
        }
        if (scores.size() < 2) {
            return scores.isEmpty() ? "no score yet" : "one round: " + scores.get(0);
        }
        int last = scores.get(scores.size() - 1);
        int before = scores.get(scores.size() - 2);
        String words = last > before ? "rising" : last < before ? "falling" : "steady";
        return words + ": " + String.join(" → ", scores.stream().map(String::valueOf).toList());
    }

    /** The sign-by-programme matrix: one row per sign any programme shows, one column per programme, the worst severity. */
    private String matrix(List<Store.Programme> programmes, Map<String, Service.RoundView> latest) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Service.RoundView r : latest.values()) {
            r.signs().forEach((sign, d) -> titles.putIfAbsent(sign, d.title()));
        }
        if (titles.isEmpty()) {
            return "<p>No programme shows a warning sign yet.</p>\n";
        }
        StringBuilder b = new StringBuilder("<table class=\"matrix\"><caption>Warning signs by programme (the worst severity"
                + " any respondent's answers show, latest round)</caption>\n<thead><tr><th scope=\"col\">Sign</th>");
        for (Store.Programme p : programmes) {
            b.append("<th scope=\"col\">").append(h(p.name())).append("</th>");
        }
        b.append("<th scope=\"col\">Programmes</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            b.append("<tr><th scope=\"row\">").append(h(t.getValue())).append("</th>");
            int n = 0;
            for (Store.Programme p : programmes) {
                Service.RoundView r = latest.get(p.id());
                Diagnostic d = r == null ? null : r.signs().get(t.getKey());
                if (d != null) {
                    n++;
                }
                b.append(d == null ? "<td class=\"none\">·</td>" : "<td class=\"sev-" + Service.severityWords(d.severity()) + "\">"
                        + Service.severityWords(d.severity()) + "</td>");
            }
            b.append("<td>").append(n).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private String setUpForm(Map<String, String> messages) {
        StringBuilder b = new StringBuilder("<h2>Set up a programme</h2>\n<form method=\"post\" action=\"").append(base())
                .append("/programmes\" class=\"setup\">\n<input type=\"hidden\" name=\"csrf\" value=\"").append(h(organiserCsrf))
                .append("\">\n");
        b.append(field("id", "A short identifier", "Letters, digits and dashes, the same from one round to the next, e.g. riverside-total-place.", messages))
                .append(field("name", "The programme's name", "", messages))
                .append(field("assessedOn", "The date the answers will describe", "Year-month-day; today if empty.", messages));
        b.append("<fieldset><legend>Who will answer (one link each)</legend>\n");
        for (int i = 1; i <= 4; i++) {
            b.append("<div class=\"respondent\"><label>Perspective <select name=\"perspective").append(i).append("\">")
                    .append("<option value=\"\">(nobody)</option>");
            int j = 0;
            for (Map.Entry<String, String> e : Service.PERSPECTIVES.entrySet()) {
                boolean selected = i == 1 && j == 0 || i == 2 && j == 1;
                b.append("<option value=\"").append(e.getKey()).append("\"").append(selected ? " selected" : "").append(">")
                        .append(h(e.getValue())).append("</option>");
                j++;
            }
            b.append("</select></label> <label>Role <input type=\"text\" name=\"role").append(i)
                    .append("\" maxlength=\"200\" placeholder=\"e.g. Lead officer, Riverside Council\"></label></div>\n");
        }
        b.append("</fieldset>\n<button type=\"submit\" class=\"primary\">Set up the programme and make the links</button>\n</form>\n");
        return b.toString();
    }

    private static String field(String name, String label, String help, Map<String, String> messages) {
        String m = messages.get(name);
        return "<p><label>" + h(label) + " <input type=\"text\" name=\"" + name + "\" maxlength=\"200\"></label>"
                + (help.isEmpty() ? "" : " <span class=\"help\">" + h(help) + "</span>")
                + (m == null ? "" : " <span class=\"msg\">" + h(m) + "</span>") + "</p>\n";
    }

    private Reply setUp(HttpExchange ex) {
        Map<String, String> form = form(ex);
        checkCsrf(form, organiserCsrf);
        String id = form.getOrDefault("id", "").strip();
        String name = form.getOrDefault("name", "").strip();
        String date = form.getOrDefault("assessedOn", "").strip();
        if (date.isEmpty()) {
            date = LocalDate.now().toString();
        }
        Map<String, String> messages = new LinkedHashMap<>();
        ObjectNode probe = Service.MAPPER.createObjectNode();
        probe.put("schemaVersion", FormatQuestions.schemaVersion());
        ObjectNode prog = probe.putObject("programme");
        prog.put("id", id);
        prog.put("name", name);
        prog.put("assessedOn", date);
        for (Problem p : service.format.validate(Service.compact(probe), "set-up")) {
            String field = p.path().startsWith("$.programme.") ? p.path().substring("$.programme.".length()) : "id";
            messages.merge(field, p.message(), (a, b) -> a + "; " + b);
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            messages.put("assessedOn", "'" + date + "' is not a date written as year-month-day, for example 2009-10-30");
        }
        if (!messages.isEmpty()) {
            return portfolio(messages, "The programme was not set up: " + String.join("; ", messages.values()) + ".");
        }
        service.store.addProgramme(id, name);
        Store.Round round = service.store.round(id, date);
        for (int i = 1; i <= 4; i++) {
            String perspective = form.getOrDefault("perspective" + i, "");
            if (Service.PERSPECTIVES.containsKey(perspective)) {
                String role = form.getOrDefault("role" + i, "").strip();
                service.store.addResponse(round.id(), perspective, role.length() > 200 ? role.substring(0, 200) : role);
            }
        }
        return Reply.redirect(base() + "/p/" + url(id));
    }

    private Reply addRespondent(HttpExchange ex, Store.Programme p) {
        Map<String, String> form = form(ex);
        checkCsrf(form, organiserCsrf);
        String perspective = form.getOrDefault("perspective", "");
        if (!Service.PERSPECTIVES.containsKey(perspective)) {
            throw new Refused(400, "Choose the respondent's perspective.");
        }
        List<Store.Round> rounds = service.store.rounds(p.id());
        Store.Round round = rounds.isEmpty() ? service.store.round(p.id(), LocalDate.now().toString()) : rounds.get(rounds.size() - 1);
        String role = form.getOrDefault("role", "").strip();
        service.store.addResponse(round.id(), perspective, role.length() > 200 ? role.substring(0, 200) : role);
        return Reply.redirect(base() + "/p/" + url(p.id()));
    }

    private Reply newRound(HttpExchange ex, Store.Programme p) {
        Map<String, String> form = form(ex);
        checkCsrf(form, organiserCsrf);
        String date = form.getOrDefault("assessedOn", "").strip();
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new Refused(400, "'" + date + "' is not a date written as year-month-day, for example 2010-04-30.");
        }
        List<Store.Round> rounds = service.store.rounds(p.id());
        if (!rounds.isEmpty() && date.compareTo(rounds.get(rounds.size() - 1).assessedOn()) <= 0) {
            throw new Refused(400, "A new round must describe a later date than the latest one ("
                    + rounds.get(rounds.size() - 1).assessedOn() + ").");
        }
        Store.Round round = service.store.round(p.id(), date);
        if (!rounds.isEmpty()) {
            for (Store.Response r : service.store.responses(rounds.get(rounds.size() - 1).id())) {
                service.store.addResponse(round.id(), r.perspective(), r.role());
            }
        }
        return Reply.redirect(base() + "/p/" + url(p.id()));
    }

    private Reply programmePage(Store.Programme p, String origin) {
        List<Service.RoundView> history = service.history(p);
        StringBuilder b = new StringBuilder("<p class=\"crumbs\"><a href=\"").append(base()).append("/\">Portfolio</a></p>\n")
                .append("<h1>").append(h(p.name())).append("</h1>\n");
        String head = null;
        String csp = CSP;
        if (history.isEmpty()) {
            b.append("<p>No round yet.</p>\n");
        } else {
            Service.RoundView latest = history.get(history.size() - 1);
            b.append("<h2>Respondents for the round of ").append(h(latest.round().assessedOn())).append("</h2>\n")
                    .append("<p>Send each person their own link: it opens only their answers. Keep this page private.</p>\n")
                    .append("<table class=\"respondents\"><thead><tr><th scope=\"col\">Respondent</th><th scope=\"col\">Link</th>"
                            + "<th scope=\"col\">Answered</th><th scope=\"col\">Submitted</th><th scope=\"col\">Answers</th></tr></thead>\n<tbody>\n");
            for (Service.Assessed a : latest.responses()) {
                int answered = answeredCount(a.answers());
                b.append("<tr><th scope=\"row\">").append(h(Service.label(a.response()))).append("</th><td><code class=\"link\">")
                        .append(h(origin)).append("/r/")
                        .append(h(a.response().token())).append("</code></td><td>").append(answered).append(" of ")
                        .append(service.questions.size()).append("</td><td>")
                        .append(service.store.submissions(a.response().token()).size()).append("</td><td><a href=\"").append(base())
                        .append("/p/").append(h(url(p.id()))).append("/response-").append(h(a.response().token()))
                        .append(".json\">assessment file</a></td></tr>\n");
            }
            b.append("</tbody></table>\n");
            b.append("<form method=\"post\" action=\"").append(base()).append("/p/").append(h(url(p.id())))
                    .append("/respondents\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"").append(h(organiserCsrf))
                    .append("\"><label>Add a respondent: <select name=\"perspective\">");
            Service.PERSPECTIVES.forEach((k, v) -> b.append("<option value=\"").append(k).append("\">").append(h(v)).append("</option>"));
            b.append("</select></label> <label>Role <input type=\"text\" name=\"role\" maxlength=\"200\"></label>"
                    + " <button type=\"submit\">Make a link</button></form>\n");
            b.append("<form method=\"post\" action=\"").append(base()).append("/p/").append(h(url(p.id())))
                    .append("/rounds\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"").append(h(organiserCsrf))
                    .append("\"><label>Start a new round on <input type=\"text\" name=\"assessedOn\" placeholder=\"year-month-day\"></label>"
                            + " <button type=\"submit\">New round, same respondents, new links</button></form>\n");

            b.append("<h2>Downloads</h2>\n<ul class=\"downloads\">");
            for (String[] d : new String[][] {{"report.json", "The report as JSON"}, {"report.md", "The report as Markdown"},
                {"report.html", "The report as a web page"}, {"responses.jsonl", "Every response as assessment JSON, one a line (for batch)"}}) {
                b.append("<li><a href=\"").append(base()).append("/p/").append(h(url(p.id()))).append("/").append(d[0]).append("\">")
                        .append(h(d[1])).append("</a></li>");
            }
            b.append("</ul>\n");

            b.append("<h2>History</h2>\n").append(Trend.svg(history)).append(historyTable(history));

            List<Service.Divergence> divergence = service.divergence(latest);
            b.append("<h2>Where the respondents disagree</h2>\n");
            if (latest.responses().size() < 2) {
                b.append("<p>One respondent so far: disagreement shows once two or more have answered.</p>\n");
            } else if (divergence.isEmpty()) {
                b.append("<p>No question answered two or more points apart, or with opposite answers, so far.</p>\n");
            } else {
                b.append("<table class=\"divergence\"><thead><tr><th scope=\"col\">Question</th>");
                List<String> who = latest.responses().stream().map(a -> Service.label(a.response())).distinct().toList();
                who.forEach(w -> b.append("<th scope=\"col\">").append(h(w)).append("</th>"));
                b.append("</tr></thead>\n<tbody>\n");
                for (Service.Divergence d : divergence) {
                    b.append("<tr><th scope=\"row\">").append(h(d.question().ask())).append("</th>");
                    who.forEach(w -> b.append("<td>").append(h(d.answersByRespondent().getOrDefault(w, ""))).append("</td>"));
                    b.append("</tr>\n");
                }
                b.append("</tbody></table>\n");
            }

            String style = null;
            Report combined = service.combined(latest);
            if (combined != null) {
                Embedded e = embed(HtmlRenderer.render(combined));
                style = e.style();
                b.append("<h2>The combined report</h2>\n<p>Every response assessed together: each finding says who sees it")
                        .append(" and who does not.</p>\n<section class=\"response\"><div class=\"report\">").append(e.body())
                        .append("</div></section>\n");
            }
            b.append("<h2>").append(combined != null ? "Each response on its own" : "The report")
                    .append("</h2>\n<p>Each response is assessed on its own answers and shown in turn.</p>\n");
            for (Service.Assessed a : latest.responses()) {
                b.append("<section class=\"response\"><h3>").append(h(Service.label(a.response()))).append("</h3>\n");
                if (a.report() == null) {
                    b.append("<p>These answers are not yet a valid assessment: ")
                            .append(h(String.join("; ", a.problems().stream().map(Problem::toString).toList()))).append("</p>\n");
                } else {
                    Embedded e = embed(HtmlRenderer.render(a.report()));
                    style = e.style();
                    b.append("<div class=\"report\">").append(e.body()).append("</div>\n");
                }
                b.append("</section>\n");
            }
            if (style != null) {
                head = "<style>" + style + "</style>\n";
                csp = cspWithStyle(style);
            }
        }
        return Reply.html(200, Html.page(p.name(), b.toString(), false, null, head)).withCsp(csp);
    }

    private static String historyTable(List<Service.RoundView> history) {
        StringBuilder b = new StringBuilder("<table class=\"history\"><thead><tr><th scope=\"col\">Round</th><th scope=\"col\">Responses</th>"
                + "<th scope=\"col\">Lowest score</th><th scope=\"col\">Warning signs</th></tr></thead>\n<tbody>\n");
        for (Service.RoundView r : history) {
            b.append("<tr><th scope=\"row\">").append(h(r.round().assessedOn())).append("</th><td>").append(r.responses().size())
                    .append("</td><td>").append(r.lowestScore() == null ? "not assessed" : r.lowestScore()).append("</td><td>")
                    .append(r.signs().size()).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private Reply download(Store.Programme p, String name) {
        if (name.startsWith("response-") && name.endsWith(".json")) {
            String token = name.substring("response-".length(), name.length() - ".json".length());
            Store.Response r = service.store.response(token).orElseThrow(() -> new Refused(404, "There is no such response."));
            Store.Round round = service.store.roundById(r.roundId()).orElseThrow();
            if (!round.programmeId().equals(p.id())) {
                throw new Refused(404, "There is no such response.");
            }
            return Reply.text(200, "application/json; charset=utf-8", service.documentText(r))
                    .download(safe(p.id()) + "-" + round.assessedOn() + "-" + r.perspective().toLowerCase(java.util.Locale.ROOT) + ".json");
        }
        Service.RoundView latest = service.latest(p).orElseThrow(() -> new Refused(404, "No round yet."));
        List<Service.Assessed> assessed = latest.responses().stream().filter(a -> a.report() != null).toList();
        String stem = safe(p.id()) + "-" + latest.round().assessedOn();
        Report combined = service.combined(latest);
        if (combined != null) {
            assessed = List.of(new Service.Assessed(assessed.get(0).response(), Map.of(), "", combined, List.of()));
        }
        switch (name) {
            case "responses.jsonl" -> {
                StringBuilder out = new StringBuilder();
                for (Service.Assessed a : latest.responses()) {
                    out.append(Service.compact(Service.read(a.document()))).append("\n");
                }
                return Reply.text(200, "application/x-ndjson; charset=utf-8", out.toString()).download(stem + "-responses.jsonl");
            }
            case "report.json" -> {
                if (assessed.size() == 1) {
                    return Reply.text(200, "application/json; charset=utf-8", service.health().toJson(assessed.get(0).report()))
                            .download(stem + "-report.json");
                }
                StringBuilder out = new StringBuilder("[\n");
                for (int i = 0; i < assessed.size(); i++) {
                    out.append(i > 0 ? ",\n" : "").append(service.health().toJson(assessed.get(i).report()).strip());
                }
                return Reply.text(200, "application/json; charset=utf-8", out.append("\n]\n").toString()).download(stem + "-report.json");
            }
            case "report.md" -> {
                StringBuilder out = new StringBuilder();
                for (Service.Assessed a : assessed) {
                    if (assessed.size() > 1) {
                        out.append("# Response: ").append(Service.label(a.response())).append("\n\n");
                    }
                    out.append(MarkdownRenderer.render(a.report())).append("\n");
                }
                return Reply.text(200, "text/markdown; charset=utf-8", out.toString()).download(stem + "-report.md");
            }
            case "report.html" -> {
                if (assessed.size() == 1) {
                    return Reply.html(200, HtmlRenderer.render(assessed.get(0).report()))
                            .withCsp("default-src 'none'; style-src 'unsafe-inline'").download(stem + "-report.html");
                }
                String style = "";
                StringBuilder body = new StringBuilder();
                for (Service.Assessed a : assessed) {
                    Embedded e = embed(HtmlRenderer.render(a.report()));
                    style = e.style();
                    body.append("<section><h1>Response: ").append(h(Service.label(a.response()))).append("</h1>\n").append(e.body())
                            .append("</section>\n");
                }
                String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                        + "<title>" + h(p.name()) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
                return Reply.html(200, page).withCsp("default-src 'none'; style-src 'unsafe-inline'").download(stem + "-report.html");
            }
            default -> throw new Refused(404, "There is no such download.");
        }
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Used by the tests: the respondent links of a programme's latest round. */
    List<String> links(String programmeId) {
        List<Store.Round> rounds = service.store.rounds(programmeId);
        if (rounds.isEmpty()) {
            return List.of();
        }
        return service.store.responses(rounds.get(rounds.size() - 1).id()).stream().map(r -> "/r/" + r.token()).toList();
    }

    Optional<Store.Response> responseOf(String link) {
        return service.store.response(link.substring(link.lastIndexOf('/') + 1));
    }
}
