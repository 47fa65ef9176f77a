package org.programmehealth.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.programmehealth.ProgrammeHealth;

/** Test access to the catalogue: one shared engine, and every sign folder with its cases. */
public final class Catalogue {

    /** The catalogue's sources, relative to the module (Surefire runs in the module's folder). */
    public static final Path ROOT = Path.of("src/main/resources/org/programmehealth/catalogue");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ProgrammeHealth engine;

    private Catalogue() {
    }

    /** The engine with the default thresholds, built once for all tests in this JVM. */
    public static synchronized ProgrammeHealth engine() {
        if (engine == null) {
            engine = ProgrammeHealth.create();
        }
        return engine;
    }

    /**
     * A case of a sign: an assessment, or several responses about one programme assessed together
     * ({@code "responses": [...]} instead of {@code "assessment"}), and the rules of that sign it
     * fires and leaves not assessed.
     */
    public record Case(String sign, Path file, String name, List<String> fires, List<String> notAssessed, List<JsonNode> responses) {
        /** The JSON of the first (for an ordinary case, the only) response. */
        public String json() {
            return responses.get(0).toString();
        }

        /** The JSON of each response (one for an ordinary case). */
        public List<String> jsons() {
            return responses.stream().map(JsonNode::toString).toList();
        }

        /** The case's report: its responses read, and assessed together. */
        public org.programmehealth.report.Report report(ProgrammeHealth health) {
            List<org.programmehealth.model.Assessment> read = new ArrayList<>();
            for (int i = 0; i < responses.size(); i++) {
                read.add(health.parse(responses.get(i).toString(), file + " / " + name + (responses.size() > 1 ? " / response " + (i + 1) : "")));
            }
            return health.assess(read);
        }
    }

    /** One sign folder: its name, DRL files and cases. */
    public record SignFolder(Path dir, String sign, List<Path> drl, List<Case> cases) {
    }

    public static List<SignFolder> folders() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<SignFolder> out = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Path> drl;
                try (Stream<Path> files = Files.list(dir)) {
                    drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
                }
                Path casesFile = dir.resolve("cases.json");
                List<Case> cases = new ArrayList<>();
                String sign = dir.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
                Path signFile = dir.resolve("sign.json");
                if (Files.exists(signFile)) {
                    sign = MAPPER.readTree(signFile.toFile()).path("sign").asText(sign);
                }
                if (Files.exists(casesFile)) {
                    JsonNode root = MAPPER.readTree(casesFile.toFile());
                    sign = root.path("sign").asText(sign);
                    for (JsonNode c : root.path("cases")) {
                        List<JsonNode> responses = new ArrayList<>();
                        if (c.has("responses")) {
                            c.path("responses").forEach(responses::add);
                        } else {
                            responses.add(c.path("assessment"));
                        }
                        cases.add(new Case(sign, casesFile, c.path("name").asText(), strings(c.path("fires")),
                                strings(c.path("notAssessed")), List.copyOf(responses)));
                    }
                }
                out.add(new SignFolder(dir, sign, drl, cases));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> cases() {
        return folders().stream().flatMap(f -> f.cases().stream()).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
