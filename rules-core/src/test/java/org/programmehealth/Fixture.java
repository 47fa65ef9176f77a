package org.programmehealth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's own tests run against a small fixture catalogue, not the real one (which lives in
 * rules-catalogue, a module that depends on this one): five signs and nine rules under
 * {@code src/test/resources/fixture-catalogue/}, laid out as the catalogue is and compiled from their
 * DRL once for all tests in this JVM. The rules that the tests name keep the real catalogue's ids,
 * thresholds and severities, so that the tests read as they would against the real one.
 */
public final class Fixture {

    /** The fixture's class-path root: its catalogue sits at {@code org/programmehealth/catalogue/} below it. */
    static final Path ROOT = Path.of("src/test/resources/fixture-catalogue");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ProgrammeHealth engine;

    private Fixture() {
    }

    /** The class loader that finds the fixture, and no other catalogue. */
    static ClassLoader classLoader() {
        URL root = Objects.requireNonNull(Fixture.class.getClassLoader().getResource("fixture-catalogue/"),
                "fixture-catalogue/ is not on the test class path");
        return new URLClassLoader("fixture-catalogue", new URL[] {root}, Fixture.class.getClassLoader());
    }

    /** The engine with the fixture's default thresholds, compiled once (seconds) for all tests in this JVM. */
    public static synchronized ProgrammeHealth engine() {
        if (engine == null) {
            engine = ProgrammeHealth.builder().classLoader(classLoader()).compileCatalogue().build();
        }
        return engine;
    }

    /**
     * A builder whose engine runs the fixture's rules, compiled once: use it wherever a test would call
     * {@link ProgrammeHealth#builder()}.
     */
    public static ProgrammeHealth.Builder builder() {
        return ProgrammeHealth.builder().catalogueOf(engine());
    }

    /** A case of a fixture sign: an assessment and the rules of that sign it fires and leaves not assessed. */
    public record Case(String sign, String name, List<String> fires, List<String> notAssessed, JsonNode assessment) {
        public String json() {
            return assessment.toString();
        }
    }

    /** Every case of every sign of the fixture, from each sign folder's {@code cases.json}. */
    public static List<Case> cases() {
        Path catalogue = ROOT.resolve("org/programmehealth/catalogue");
        try (Stream<Path> dirs = Files.list(catalogue)) {
            List<Case> out = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                JsonNode root = MAPPER.readTree(dir.resolve("cases.json").toFile());
                for (JsonNode c : root.path("cases")) {
                    out.add(new Case(root.path("sign").asText(), c.path("name").asText(), strings(c.path("fires")),
                            strings(c.path("notAssessed")), c.path("assessment")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
