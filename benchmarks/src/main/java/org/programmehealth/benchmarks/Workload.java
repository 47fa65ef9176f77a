package org.programmehealth.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.RuleInfo;
import org.programmehealth.engine.CatalogueSource;

/** What the benchmarks assess: the sample programme, with more or less history, and a catalogue twice its size. */
public final class Workload {

    /** The sample, for tests run in this module's folder. */
    public static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");
    /** The catalogue's sign folders, for tests run in this module's folder. */
    public static final Path CATALOGUE = Path.of("../rules-catalogue/src/main/resources/org/programmehealth/catalogue");

    private Workload() {
    }

    /**
     * An engine builder for the rules the hand-coded baseline implements: any catalogue rule it
     * lacks (one added since {@link HandCodedChecks} was last brought up to date) is switched off, so
     * that engine and baseline always evaluate the same rules. Today that switches nothing off.
     */
    public static ProgrammeHealth.Builder sameRulesAsBaseline() {
        ProgrammeHealth.Builder builder = ProgrammeHealth.builder();
        for (RuleInfo r : catalogueRules()) {
            if (!HandCodedChecks.RULE_IDS.contains(r.id())) {
                builder.disableRule(r.id());
            }
        }
        return builder;
    }

    private static List<RuleInfo> catalogueRules;

    /** The catalogue's rules (from an engine built once). */
    public static synchronized List<RuleInfo> catalogueRules() {
        if (catalogueRules == null) {
            catalogueRules = ProgrammeHealth.create().rules();
        }
        return catalogueRules;
    }

    /** The sample programme (a full self-assessment with one earlier snapshot), from this jar. */
    public static String sampleJson() {
        try (InputStream in = Workload.class.getResourceAsStream("/sample-programme.json")) {
            if (in == null) {
                return Files.readString(SAMPLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample with {@code snapshots} earlier snapshots, one a month before it, each a copy of the
     * sample's own snapshot: trend rules walk them all.
     */
    public static String withHistory(int snapshots) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(sampleJson());
            ObjectNode template = (ObjectNode) root.path("history").get(0);
            LocalDate assessedOn = LocalDate.parse(root.path("programme").path("assessedOn").asText());
            ArrayNode history = mapper.createArrayNode();
            for (int i = snapshots; i >= 1; i--) {
                ObjectNode s = template.deepCopy();
                s.put("assessedOn", assessedOn.minusMonths(i).toString());
                history.add(s);
            }
            root.set("history", history);
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second copy of the catalogue's rules under other ids ({@code copy/<id>}, in packages
     * {@code copy.<package>}), written as DRL to a new folder for the builder's {@code customRules}:
     * with it the engine runs twice as many rules, compiled into the same rule base.
     */
    public static Path catalogueCopy() {
        try {
            Path dir = Files.createTempDirectory("programme-health-copy");
            CatalogueSource catalogue = CatalogueSource.load(Workload.class.getClassLoader());
            Map<String, String> sources = catalogue.drlSources();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                // a custom rule has no sign.json: it carries its sign's keys as annotations
                var sign = catalogue.signOf(CatalogueSource.PACKAGE + "." + e.getKey().substring(0, e.getKey().lastIndexOf('/')));
                String keys = String.format("    @sign(\"%s\") @kind(\"%s\") @theme(\"%s\") @section(\"%s\") @page(\"%d\")%n"
                        + "    @rationale(\"%s\")%n    @recommendation(\"%s\")%n", sign.sign(), sign.kind(), sign.theme(),
                        sign.source().section(), sign.source().page(), sign.rationale(), sign.recommendation());
                String copy = e.getValue()
                        .replaceAll("(?m)^package\\s+([\\w.]+);", "package copy.$1;")
                        .replaceAll("(?m)^(rule \")([^\"]+\"\\R)", "$1copy/$2" + java.util.regex.Matcher.quoteReplacement(keys));
                Path file = dir.resolve(e.getKey().replace('/', '_'));
                Files.writeString(file, copy);
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
