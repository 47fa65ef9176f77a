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

    /** A case of a sign: an assessment and the rules of that sign it fires and leaves not assessed. */
    public record Case(String sign, Path file, String name, List<String> fires, List<String> notAssessed, JsonNode assessment) {
        public String json() {
            return assessment.toString();
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
                        cases.add(new Case(sign, casesFile, c.path("name").asText(), strings(c.path("fires")),
                                strings(c.path("notAssessed")), c.path("assessment")));
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
