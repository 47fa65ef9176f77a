package org.programmehealth.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmehealth.AssessmentFormat;
import org.programmehealth.Problem;

class ServeAppTest {

    private static final Path SAMPLE = Path.of("assessments/sample-programme.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ServeFixture serve;

    @BeforeEach
    void start() {
        serve = new ServeFixture(dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    private static String cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.programmehealth.examples.cli.ProgrammeHealthCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void apiAssess_returnsExactlyWhatAssessFormatJsonGives() throws Exception {
        HttpResponse<String> r = serve.post("/api/assess", "application/json", Files.readString(SAMPLE));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(r.body()).isEqualTo(cli("assess", SAMPLE.toString(), "--format", "json"));
    }

    @Test
    void apiAssess_badInput_is400_withTheSameProblemsAsValidate_pathLineAndColumn() throws Exception {
        String bad = "{\n  \"schemaVersion\": \"1\",\n  \"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"2009-06-30\"},\n"
                + "  \"partnership\": {\"coDesign\": 9},\n  \"scope\": {\"prioritiesNow\": \"many\"}\n}";
        HttpResponse<String> r = serve.post("/api/assess", "application/json", bad);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode problems = JSON.readTree(r.body()).path("error").path("problems");
        List<Problem> expected = AssessmentFormat.defaults().validate(bad, "x");
        assertThat(expected).hasSize(2);
        assertThat(problems).hasSize(2);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(problems.get(i).path("path").asText()).isEqualTo(expected.get(i).path());
            assertThat(problems.get(i).path("line").asInt()).isEqualTo(expected.get(i).line()).isPositive();
            assertThat(problems.get(i).path("column").asInt()).isEqualTo(expected.get(i).column());
            assertThat(problems.get(i).path("message").asText()).isEqualTo(expected.get(i).message());
        }
        HttpResponse<String> syntax = serve.post("/api/assess", "application/json", "{\n  \"schemaVersion\": \"1\",,\n}");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(syntax.body()).path("error").path("problems").get(0).path("line").asInt()).isEqualTo(2);
    }

    @Test
    void apiAssess_aListOfResponses_givesEachReport_andAProblemKeepsTheBodysLineAndColumn() throws Exception {
        String good = Files.readString(SAMPLE).strip();
        String list = "[\n" + good + ",\n{\"schemaVersion\": \"1\", \"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"2009-06-30\"},\n"
                + "  \"scope\": {\"prioritiesNow\": -1}}\n]";
        HttpResponse<String> r = serve.post("/api/assess", "application/json", list);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = JSON.readTree(r.body()).path("error").path("problems").get(0);
        int line = (int) list.lines().takeWhile(l -> !l.contains("prioritiesNow\": -1")).count() + 1;
        assertThat(p.path("path").asText()).isEqualTo("$[1].scope.prioritiesNow");
        assertThat(p.path("line").asInt()).isEqualTo(line);
        assertThat(p.path("column").asInt()).isEqualTo(list.lines().toList().get(line - 1).indexOf("-1") + 1);

        // several responses about one programme: one combined report, exactly as `assess FILE FILE --format json`
        Path views = Path.of("assessments/stories/total-place-three-views");
        String centre = Files.readString(views.resolve("centre.json"));
        String locality = Files.readString(views.resolve("locality.json"));
        HttpResponse<String> two = serve.post("/api/assess", "application/json", "[" + centre + ",\n" + locality + "]");
        assertThat(two.statusCode()).isEqualTo(200);
        JsonNode combined = JSON.readTree(cli("assess", views.resolve("centre.json").toString(),
                views.resolve("locality.json").toString(), "--format", "json"));
        assertThat(JSON.readTree(two.body())).isEqualTo(combined);
        assertThat(combined.path("respondents")).hasSize(2);
        // the same sample twice says nobody answered: they cannot be assessed together
        HttpResponse<String> same = serve.post("/api/assess", "application/json", "[" + good + ",\n" + good + "]");
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(same.body()).path("error").path("problems").get(0).path("path").asText()).isEqualTo("$.respondent");
    }

    @Test
    void apiAssess_aBodyOverTheLimit_isRefusedWith413_beforeItIsSent() throws Exception {
        try (Socket s = new Socket("127.0.0.1", serve.app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 900000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
        // a body over the document limit too, without a length given (chunked): just over it, so that the
        // client has sent it all before the refusal comes (a far larger one races the server's close)
        String big = "x".repeat(org.programmehealth.InputLimits.defaults().maxDocumentChars() + 10);
        HttpResponse<String> r = serve.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(serve.base() + "/api/assess"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("\"" + big + "\"").getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void nobodyWithoutALink_readsAnswers_andEachLinkOpensOnlyItsOwnResponse() throws Exception {
        List<String> links = serve.setUp("riverside", "Riverside", "2009-10-30", "CENTRE", "Policy lead", "LOCALITY", "Lead officer");
        assertThat(links).hasSize(2).allMatch(l -> l.matches("/r/[A-Za-z0-9_-]{22}"));
        serve.answer(links.get(0), "partnership.coDesign", "5", "");
        serve.answer(links.get(1), "partnership.coDesign", "1", "");

        assertThat(serve.get("/").body()).doesNotContain("Riverside");
        assertThat(serve.get("/o/" + "A".repeat(22) + "/").statusCode()).isEqualTo(404);
        assertThat(serve.get("/r/" + "A".repeat(22)).statusCode()).isEqualTo(404);
        String first = serve.get(links.get(0) + "?s=7").body();
        assertThat(first).contains("Policy lead").doesNotContain("Lead officer");
        assertThat(first).containsPattern("value=\"5\" checked");
        String second = serve.get(links.get(1) + "?s=7").body();
        assertThat(second).contains("Lead officer").doesNotContain("Policy lead").containsPattern("value=\"1\" checked")
                .doesNotContainPattern("value=\"5\" checked");
        JsonNode exported = JSON.readTree(serve.get(links.get(1) + "/answers.json").body());
        assertThat(exported.path("partnership").path("coDesign").asInt()).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsCsrfToken_isRefused_andSavesNothing() throws Exception {
        String link = serve.setUp("p1", "P1", "2009-10-30", "CENTRE", "").get(0);
        HttpResponse<String> r = serve.postForm(link, Map.of("section", "7", "a:partnership.coDesign", "4", "csrf", "forged"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("did not come from this site");
        HttpResponse<String> none = serve.postForm(serve.app.organiserPath() + "programmes", Map.of("id", "x", "name", "X"));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(serve.store.answers(serve.app.responseOf(link).orElseThrow().token())).isEmpty();
        assertThat(serve.store.programme("x")).isEmpty();
    }

    @Test
    void everyPage_forbidsOutsideScriptsAndAssets_andEscapesWhatRespondentsAndOrganisersType() throws Exception {
        String evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        String link = serve.setUp("evil", "Evil " + evil, "2009-10-30", "PARTNER", evil).get(0);
        for (String path : List.of(link, serve.app.organiserPath(), serve.app.organiserPath() + "p/evil", "/")) {
            HttpResponse<String> r = serve.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain(evil).doesNotContain("<img src=x").doesNotContain("<script>alert");
            assertThat(r.body()).as(path).doesNotContainPattern("(src|href)=\"(https?:)?//");
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(path).contains("default-src 'none'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("http");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
        assertThat(serve.get(link).body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void answers_areCheckedByTheLibrarysValidator_inWords_andWhatWasTypedIsKept() throws Exception {
        String link = serve.setUp("p2", "P2", "2009-10-30", "LOCALITY", "").get(0);
        JsonNode bad = JSON.readTree(serve.answer(link, "programme.startedOn", "30/10/2009", "").body());
        assertThat(bad.path("accepted").asBoolean()).isFalse();
        assertThat(bad.path("message").asText()).isEqualTo(
                "Not accepted: '30/10/2009' is not a date written as year-month-day, for example 2009-10-30.");
        JsonNode range = JSON.readTree(serve.answer(link, "centre.ringFencedFundingPercent", "140", "").body());
        assertThat(range.path("message").asText()).startsWith("Not accepted: ").contains("100").doesNotContain("$.");
        JsonNode good = JSON.readTree(serve.answer(link, "centre.ringFencedFundingPercent", "40", "").body());
        assertThat(good.path("accepted").asBoolean()).isTrue();
        assertThat(good.path("message").asText()).isEqualTo("Saved.");
        String page = serve.get(link + "?s=0").body();
        assertThat(page).contains("value=\"30/10/2009\"").contains("Not accepted yet: 30/10/2009");
        JsonNode doc = JSON.readTree(serve.get(link + "/answers.json").body());
        assertThat(doc.path("programme").path("startedOn").isNull()).as("a refused answer is not exported").isTrue();
        assertThat(doc.path("centre").path("ringFencedFundingPercent").asInt()).isEqualTo(40);
        JsonNode na = JSON.readTree(serve.answer(link, "centre.targetRedefinitions", "", "na").body());
        assertThat(na.path("message").asText()).isEqualTo("Saved as does not apply.");
    }

    @Test
    void manyRespondents_savingAtOnce_loseNothing_andEverySaveIsKept() throws Exception {
        String[] who = new String[16];
        for (int i = 0; i < 8; i++) {
            who[2 * i] = i % 2 == 0 ? "CENTRE" : "LOCALITY";
            who[2 * i + 1] = "respondent " + i;
        }
        List<String> links = new ArrayList<>();
        links.addAll(serve.setUp("busy-a", "Busy A", "2009-10-30", java.util.Arrays.copyOfRange(who, 0, 8)));
        links.addAll(serve.setUp("busy-b", "Busy B", "2009-10-30", java.util.Arrays.copyOfRange(who, 8, 16)));
        assertThat(links).hasSize(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (String link : links) {
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int n = 1; n <= 10; n++) {
                        HttpResponse<String> r = serve.answer(link, "scope.prioritiesNow", Integer.toString(n), "");
                        if (r.statusCode() == 200 && JSON.readTree(r.body()).path("accepted").asBoolean()) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(10);
            }
        } finally {
            pool.shutdown();
        }
        for (String link : links) {
            String token = serve.app.responseOf(link).orElseThrow().token();
            assertThat(serve.store.answerRows(token)).as("every save is a row of its own").isEqualTo(10);
            assertThat(serve.store.answers(token).get("scope.prioritiesNow").valueJson()).isEqualTo("10");
        }
    }

    @Test
    void aClientThatSendsTooMuch_isSlowedWith429() throws Exception {
        try (ServeFixture slow = new ServeFixture(dir.resolve("slow"), 8)) {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                codes.add(slow.post("/api/assess", "application/json", "{}").statusCode());
            }
            assertThat(codes.subList(0, 2)).containsOnly(400);
            assertThat(codes).contains(429);
            assertThat(slow.get("/").statusCode()).as("reading pages is not limited").isEqualTo(200);
        }
    }

    @Test
    void theAnswers_surviveARestart_andExportAsWhatAssessAndBatchRead() throws Exception {
        List<String> links = serve.setUp("keep", "Keep", "2009-10-30", "CENTRE", "", "LOCALITY", "");
        serve.answer(links.get(0), "scope.prioritiesAtStart", "3", "");
        serve.answer(links.get(0), "scope.prioritiesNow", "12", "");
        serve.answer(links.get(1), "learning.permissionToInnovate", "2", "");
        serve.close();
        serve = new ServeFixture(dir.resolve("data"));
        String jsonl = serve.get(serve.app.organiserPath() + "p/keep/responses.jsonl").body();
        assertThat(jsonl.lines()).hasSize(2);
        Path file = dir.resolve("responses.jsonl");
        Files.writeString(file, jsonl);
        String batch = cli("batch", file.toString());
        assertThat(batch.lines()).hasSize(3);
        assertThat(batch.lines().findFirst().orElseThrow()).contains("\"id\":\"keep\"").doesNotContain("\"error\"");
        String one = serve.get(serve.app.organiserPath() + "p/keep/response-" + links.get(0).substring(3) + ".json").body();
        assertThat(AssessmentFormat.defaults().validate(one, "export")).isEmpty();
        assertThat(JSON.readTree(one).path("scope").path("prioritiesNow").asInt()).isEqualTo(12);
    }

    @Test
    void theProgrammePage_showsBothResponses_theirDisagreement_theHistoryChart_andTheDownloads() throws Exception {
        List<String> links = serve.setUp("two", "Two views", "2009-10-30", "CENTRE", "Policy lead", "LOCALITY", "Lead officer");
        serve.answer(links.get(0), "partnership.coDesign", "5", "");
        serve.answer(links.get(1), "partnership.coDesign", "1", "");
        serve.answer(links.get(0), "centre.outcomesAgreed", "true", "");
        serve.answer(links.get(1), "centre.outcomesAgreed", "false", "");
        String page = serve.get(serve.app.organiserPath() + "p/two").body();
        assertThat(page).containsSubsequence("Where the respondents disagree", "The centre and the localities designed the programme together",
                "Strongly agree", "Strongly disagree");
        assertThat(page).contains("Did the centre and the localities agree together").contains("<svg").contains("Centre: Policy lead")
                .contains("Locality: Lead officer");
        HttpResponse<String> md = serve.get(serve.app.organiserPath() + "p/two/report.md");
        // one combined report: the two respondents' answers assessed together, who said what under each finding
        assertThat(md.body()).contains("Where the answers differ most").contains("Policy lead").contains("Lead officer");
        assertThat(md.headers().firstValue("Content-Disposition").orElseThrow()).contains("two-2009-10-30-report.md");
        JsonNode json = JSON.readTree(serve.get(serve.app.organiserPath() + "p/two/report.json").body());
        assertThat(json.path("respondents")).hasSize(2);
        assertThat(json.path("differences")).isNotEmpty();
        assertThat(serve.get(serve.app.organiserPath() + "p/two/report.html").body()).contains("<svg");
        String portfolio = serve.get(serve.app.organiserPath()).body();
        assertThat(portfolio).contains("Two views").contains("Worst signs");
    }

    @Test
    void aKillInTheMiddleOfSaving_losesNoSaveThatWasConfirmed() throws Exception {
        Path data = dir.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KillMidSave.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        int confirmed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("saved ")) {
                    confirmed = Integer.parseInt(line.substring(6));
                    if (confirmed >= 40) {
                        p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(confirmed).isGreaterThanOrEqualTo(40);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE));
             ResultSet ok = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(ok.next()).isTrue();
            assertThat(ok.getString(1)).isEqualTo("ok");
        }
        try (Store reopened = Store.open(data)) {
            String token = reopened.responses(reopened.round("kill", "2009-10-30").id()).get(0).token();
            int rows = reopened.answerRows(token);
            assertThat(rows).as("every confirmed save, both answers of each").isGreaterThanOrEqualTo(2 * confirmed).isEven();
            Map<String, Store.Answer> now = reopened.answers(token);
            assertThat(now.get("scope.prioritiesNow").valueJson()).isEqualTo(now.get("scope.prioritiesAtStart").valueJson());
        }
    }

    @Test
    void aLaterRound_carriesTheSameRespondentsEarlierAnswers_asTheFormatsHistory() throws Exception {
        List<String> first = serve.setUp("rounds", "Rounds", "2009-04-30", "LOCALITY", "Lead officer");
        serve.answer(first.get(0), "scope.prioritiesNow", "4", "");
        serve.answer(first.get(0), "programme.stage", "PILOT", "");
        String page = serve.get(serve.app.organiserPath() + "p/rounds").body();
        HttpResponse<String> r = serve.postForm(serve.app.organiserPath() + "p/rounds/rounds",
                Map.of("csrf", ServeFixture.csrfOf(page), "assessedOn", "2009-10-30"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        HttpResponse<String> earlier = serve.postForm(serve.app.organiserPath() + "p/rounds/rounds",
                Map.of("csrf", ServeFixture.csrfOf(page), "assessedOn", "2009-05-01"));
        assertThat(earlier.statusCode()).isEqualTo(400);
        assertThat(earlier.body()).contains("later date than the latest one (2009-10-30)");
        List<String> second = serve.app.links("rounds");
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        serve.answer(second.get(0), "scope.prioritiesNow", "11", "");
        String doc = serve.get(second.get(0) + "/answers.json").body();
        assertThat(AssessmentFormat.defaults().validate(doc, "export")).isEmpty();
        JsonNode json = JSON.readTree(doc);
        assertThat(json.path("history")).hasSize(1);
        assertThat(json.path("history").get(0).path("assessedOn").asText()).isEqualTo("2009-04-30");
        assertThat(json.path("history").get(0).path("scope").path("prioritiesNow").asInt()).isEqualTo(4);
        assertThat(json.path("history").get(0).has("programme")).isFalse();
        assertThat(json.path("scope").path("prioritiesNow").asInt()).isEqualTo(11);
        String programme = serve.get(serve.app.organiserPath() + "p/rounds").body();
        assertThat(programme).contains("2009-04-30").contains("2009-10-30");
    }
}
