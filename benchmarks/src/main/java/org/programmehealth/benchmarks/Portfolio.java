package org.programmehealth.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A portfolio for the batch benchmark: {@code N} programmes as JSON Lines, cycling through every
 * assessment the project ships (the sample, the sparse one, the stories, and every case of every
 * sign), each under an id of its own. The same arguments always give the same bytes.
 * <p>{@code java -cp benchmarks.jar org.programmehealth.benchmarks.Portfolio OUT.jsonl N EXAMPLES_DIR CATALOGUE_DIR}
 */
public final class Portfolio {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Portfolio() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        List<ObjectNode> shipped = shipped(Path.of(args[2]), Path.of(args[3]));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                ObjectNode programme = shipped.get(i % shipped.size()).deepCopy();
                programme.withObjectProperty("programme").put("id", String.format("portfolio-%05d", i + 1));
                w.write(MAPPER.writeValueAsString(programme));
                w.write('\n');
            }
        }
        System.out.println(out + ": " + n + " programmes, cycling through " + shipped.size() + " shipped assessments");
    }

    /** Every assessment the project ships, in a fixed order: the examples' files, then the catalogue's cases. */
    static List<ObjectNode> shipped(Path examples, Path catalogue) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (Path f : sorted(examples, ".json")) {
            JsonNode json = MAPPER.readTree(f.toFile());
            if (json.has("schemaVersion")) {
                out.add((ObjectNode) json);
            }
        }
        for (Path f : sorted(catalogue, "cases.json")) {
            for (JsonNode c : MAPPER.readTree(f.toFile()).path("cases")) {
                // a case of several responses is a set of programmes of one respondent each, for a batch
                if (c.has("assessment")) {
                    out.add((ObjectNode) c.get("assessment"));
                } else {
                    c.path("responses").forEach(r -> out.add((ObjectNode) r));
                }
            }
        }
        return out;
    }

    private static List<Path> sorted(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
