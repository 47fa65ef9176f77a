package org.programmehealth.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.RuleInfo;

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
            Map<String, String> sources = catalogueDrl();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                // a custom rule has no sign.json: it carries its sign's keys as annotations
                Map<?, ?> sign = signOf(e.getKey().substring(0, e.getKey().lastIndexOf('/')));
                String keys = String.format("    @sign(\"%s\") @kind(\"%s\") @theme(\"%s\") @section(\"%s\") @page(\"%s\")%n"
                        + "    @rationale(\"%s\")%n    @recommendation(\"%s\")%n", sign.get("sign"), sign.get("kind"),
                        sign.get("theme"), sign.get("section"), sign.get("page"), sign.get("rationale"), sign.get("recommendation"));
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

    /** A sign folder's {@code sign.json}, read as plain JSON (its shape is the catalogue's, not an API). */
    private static Map<?, ?> signOf(String folder) throws IOException {
        String resource = DESCRIPTOR.substring(0, DESCRIPTOR.lastIndexOf('/') + 1) + folder + "/sign.json";
        try (var in = Workload.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the catalogue");
            }
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Map.class);
        }
    }

    /** Where the catalogue jar keeps its descriptor; its DRL files are in the folders beside it. */
    private static final String DESCRIPTOR = "org/programmehealth/catalogue/catalogue.properties";

    /**
     * The catalogue's DRL files by path relative to its folder, read from the class path (the
     * catalogue's jar, this module's shaded jar, or a build's classes folder) with the JDK alone:
     * the benchmarks use nothing of the library but its public API.
     */
    static Map<String, String> catalogueDrl() throws IOException {
        URL descriptor = Workload.class.getClassLoader().getResource(DESCRIPTOR);
        if (descriptor == null) {
            throw new IllegalStateException("no rule catalogue on the class path (" + DESCRIPTOR + " not found)");
        }
        try {
            URI uri = descriptor.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return drlUnder(Path.of(uri).getParent());
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return drlUnder(fs.getPath("/" + DESCRIPTOR).getParent());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the catalogue beside " + descriptor, e);
        }
    }

    private static Map<String, String> drlUnder(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
