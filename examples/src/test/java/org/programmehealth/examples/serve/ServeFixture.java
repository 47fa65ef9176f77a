package org.programmehealth.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.programmehealth.ProgrammeHealth;

/** A server on a free port of 127.0.0.1 with its own database folder, and a client that does not follow redirects. */
final class ServeFixture implements AutoCloseable {

    private static ProgrammeHealth health;

    static synchronized ProgrammeHealth health() {
        if (health == null) {
            health = ProgrammeHealth.builder().wouldClear(true).build();
        }
        return health;
    }

    final Store store;
    final ServeApp app;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServeFixture(Path data) {
        this(data, 100_000);
    }

    ServeFixture(Path data, int requestsPerMinute) {
        store = Store.open(data);
        app = ServeApp.start("127.0.0.1", 0, store, health(), requestsPerMinute);
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
        return post(path, "application/x-www-form-urlencoded", encode(form));
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String csrfOf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    /** Sets up a programme through the organiser's form; returns the respondents' links, in order. */
    List<String> setUp(String id, String name, String date, String... perspectivesAndRoles) throws Exception {
        String portfolio = get(app.organiserPath()).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrfOf(portfolio));
        form.put("id", id);
        form.put("name", name);
        form.put("assessedOn", date);
        for (int i = 1; i <= 4; i++) {
            form.put("perspective" + i, 2 * i - 2 < perspectivesAndRoles.length ? perspectivesAndRoles[2 * i - 2] : "");
            form.put("role" + i, 2 * i - 1 < perspectivesAndRoles.length ? perspectivesAndRoles[2 * i - 1] : "");
        }
        HttpResponse<String> r = postForm(app.organiserPath() + "programmes", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return app.links(id);
    }

    /** Saves one answer as the page's script does. */
    HttpResponse<String> answer(String link, String path, String typed, String other) throws Exception {
        String csrf = app.responseOf(link).orElseThrow().csrf();
        return postForm(link + "/answer", Map.of("csrf", csrf, "path", path, "a", typed, "x", other));
    }

    @Override
    public void close() {
        app.close();
        store.close();
    }
}
