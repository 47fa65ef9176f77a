package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.CatalogueDocs;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.report.Severity;

/**
 * The auditor's catalogue in {@code docs/} is generated from the rules and committed; this test
 * regenerates it in memory and refuses drift. Run with {@code -Dcatalogue.regenerate=true} it
 * first writes what the rules generate (see {@link CatalogueDocs#REGENERATE_COMMAND}).
 */
class CatalogueDocsTest {

    /** The committed docs, relative to the module (Surefire runs in the module's folder). */
    static final Path DOCS = Path.of("docs");
    static final String SCORING_EXAMPLE = "scoring-example.json";
    static final String SCORING_EXAMPLE_SOURCE = "rules-catalogue/src/test/resources/" + SCORING_EXAMPLE;

    private static SortedMap<String, String> generated;

    /** Every file the rules generate, by path relative to {@code docs/}; generated once per JVM. */
    static synchronized SortedMap<String, String> generated() {
        if (generated == null) {
            generated = generate(Catalogue.engine());
        }
        return generated;
    }

    private static SortedMap<String, String> generate(ProgrammeHealth engine) {
        return CatalogueDocs.files(engine, scoringExampleJson(), SCORING_EXAMPLE_SOURCE);
    }

    static String scoringExampleJson() {
        try (var in = CatalogueDocsTest.class.getClassLoader().getResourceAsStream(SCORING_EXAMPLE)) {
            assertThat(in).as("test resource %s", SCORING_EXAMPLE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void committedCatalogueDocs_matchWhatTheRulesGenerate() throws IOException {
        SortedMap<String, String> expected = generated();
        if (Boolean.getBoolean("catalogue.regenerate")) {
            regenerate(expected);
        }
        SortedMap<String, String> committed = committed();
        List<String> problems = new ArrayList<>();
        expected.forEach((path, text) -> {
            if (!committed.containsKey(path)) {
                problems.add(path + " is missing");
            } else if (!committed.get(path).equals(text)) {
                problems.add(path + " differs " + firstDifference(committed.get(path), text));
            }
        });
        committed.keySet().stream().filter(p -> !expected.containsKey(p))
                .forEach(p -> problems.add(p + " is extra: the rules do not generate it (delete it)"));
        assertThat(problems)
                .withFailMessage("The committed catalogue docs in rules-catalogue/docs are not what the rules generate:%n  %s%n"
                        + "Regenerate them, from the repository's root, with%n    %s%nand commit rules-catalogue/docs.",
                        String.join(System.lineSeparator() + "  ", problems), CatalogueDocs.REGENERATE_COMMAND)
                .isEmpty();
    }

    @Test
    void everyGeneratedFile_startsWithTheDoNotEditHeaderNamingTheCommand_andHasOnlyLfLineEnds() {
        generated().forEach((path, text) -> {
            String start = text.substring(0, Math.min(text.length(), 400));
            assertThat(start).as("start of %s", path).contains("DO NOT EDIT").contains(CatalogueDocs.REGENERATE_COMMAND);
            assertThat(text.lines().findFirst().orElse("")).as("first line of %s", path)
                    .matches(path.endsWith(".json") ? "\\{" : "<!-- DO NOT EDIT: .* -->");
            assertThat(text).as("%s", path).doesNotContain("\r").endsWith("\n");
        });
    }

    @Test
    void generatingTheDocsWithANewEngine_givesTheSameText() {
        assertThat(generate(ProgrammeHealth.create())).isEqualTo(generated());
    }

    @Test
    void theIndex_listsEverySignUnderItsTheme_andEveryRuleUnderItsSeverity() {
        String index = generated().get("README.md");
        for (RuleInfo r : Catalogue.engine().rules()) {
            String link = "[" + r.sign() + "](signs/" + r.sign().toLowerCase(Locale.ROOT) + ".md)";
            assertThat(section(index, "### " + r.theme() + ":")).as("theme section of %s", r.sign()).contains(link);
            String heading = r.isStrength() ? "## Strengths" : "### " + r.severity() + " (" + r.severity().penalty() + " points)";
            assertThat(section(index, heading)).as("%s under %s", r.id(), heading).contains("`" + r.id() + "`");
        }
        assertThat(index).contains(Catalogue.engine().catalogue().version(), Catalogue.engine().catalogue().fingerprint(),
                CatalogueDocs.REGENERATE_COMMAND);
    }

    @Test
    void everySignPage_showsItsRules_thresholdsWithProvenance_citation_andAFiringAndASilentExampleFromItsCases() {
        for (Catalogue.SignFolder folder : Catalogue.folders()) {
            String page = generated().get("signs/" + folder.dir().getFileName() + ".md");
            assertThat(page).as("page of %s", folder.sign()).isNotNull();
            for (RuleInfo r : Catalogue.engine().rules().stream().filter(r -> r.sign().equals(folder.sign())).toList()) {
                assertThat(page).contains("`" + r.id() + "`", r.title(), r.rationale(), r.recommendation(),
                        "'" + r.source().section() + "', p" + r.source().page());
                for (ThresholdInfo t : r.thresholds()) {
                    double v = t.defaultValue();
                    String value = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
                    assertThat(page).contains("| `" + t.name() + "` | " + value + " | " + t.provenance() + " | " + t.basis().replace("|", "\\|"));
                }
            }
            Catalogue.Case firing = folder.cases().stream().filter(c -> !c.fires().isEmpty()).findFirst().orElseThrow();
            Catalogue.Case silent = folder.cases().stream()
                    .filter(c -> c.fires().isEmpty() && c.notAssessed().isEmpty()).findFirst()
                    .or(() -> folder.cases().stream().filter(c -> c.fires().isEmpty()).findFirst()).orElseThrow();
            assertThat(page).contains("### Fires: " + firing.name(), "### Stays silent: " + silent.name());
            firing.fires().forEach(id -> assertThat(section(page, "### Fires:")).contains("`" + id + "`: "));
        }
    }

    @Test
    void catalogueJson_carriesEveryRule_withItsLogicThresholdsAndCitation() throws IOException {
        JsonNode root = new ObjectMapper().readTree(generated().get("catalogue.json"));
        assertThat(root.path("catalogue").path("fingerprint").asText()).isEqualTo(Catalogue.engine().catalogue().fingerprint());
        assertThat(root.path("scoring").path("penalties").path("CRITICAL").asInt()).isEqualTo(Severity.CRITICAL.penalty());
        Set<String> ids = new HashSet<>();
        for (JsonNode sign : root.path("signs")) {
            for (JsonNode rule : sign.path("rules")) {
                RuleInfo info = Catalogue.engine().rules().stream().filter(r -> r.id().equals(rule.path("id").asText()))
                        .findFirst().orElseThrow();
                ids.add(info.id());
                assertThat(sign.path("sign").asText()).isEqualTo(info.sign());
                assertThat(rule.path("source").path("page").asInt()).isEqualTo(info.source().page());
                assertThat(rule.path("logic").asText()).startsWith(info.isStrength() ? "Found when" : "Fires (" + info.severity() + ")");
                List<String> thresholds = new ArrayList<>();
                rule.path("thresholds").forEach(t -> thresholds.add(t.path("name").asText() + " " + t.path("provenance").asText()));
                assertThat(thresholds).containsExactlyElementsOf(
                        info.thresholds().stream().map(t -> t.name() + " " + t.provenance()).toList());
            }
            assertThat(sign.path("examples").path("firing").path("findings")).as("findings of %s's firing example", sign.path("sign"))
                    .isNotEmpty();
            assertThat(sign.path("examples").path("silent").path("findings")).isEmpty();
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(Catalogue.engine().rules().stream().map(RuleInfo::id).toList());
    }

    @Test
    void catalogueHtml_isOneSelfContainedPage_withoutScriptsOrExternalAssets() {
        String html = generated().get("catalogue.html");
        assertThat(html.toLowerCase(Locale.ROOT)).contains("<style>", "<!doctype html>")
                .doesNotContain("<script", "<link", " src=", "@import", "url(", "javascript:")
                .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertThat(href.group(1)).as("a link in the page").startsWith("#");
            assertThat(html).as("target of %s", href.group(1)).contains("id=\"" + href.group(1).substring(1) + "\"");
        }
        Catalogue.engine().rules().forEach(r -> assertThat(html).contains(r.id()));
    }

    /** The text from a heading line to the next heading of the same or a higher level. */
    static String section(String markdown, String headingStart) {
        int from = markdown.indexOf("\n" + headingStart);
        assertThat(from).as("heading '%s'", headingStart).isNotNegative();
        String level = headingStart.substring(0, headingStart.indexOf(' ') + 1);
        int to = markdown.length();
        Matcher next = Pattern.compile("\n#{1," + (level.length() - 1) + "} ").matcher(markdown);
        if (next.find(from + 1)) {
            to = next.start();
        }
        return markdown.substring(from, to);
    }

    private static SortedMap<String, String> committed() throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(DOCS)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(DOCS.relativize(f).toString().replace('\\', '/'),
                        Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        }
        return out;
    }

    private static void regenerate(SortedMap<String, String> expected) throws IOException {
        for (String extra : committed().keySet()) {
            if (!expected.containsKey(extra)) {
                Files.delete(DOCS.resolve(extra));
            }
        }
        for (var e : expected.entrySet()) {
            Path file = DOCS.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static String firstDifference(String committed, String generated) {
        List<String> a = committed.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return "from line " + (i + 1) + ": committed '" + abbreviate(x) + "', generated '" + abbreviate(y) + "'";
            }
        }
        return "in line ends or the final newline";
    }

    private static String abbreviate(String line) {
        return line.length() <= 100 ? line : line.substring(0, 100) + "...";
    }
}
