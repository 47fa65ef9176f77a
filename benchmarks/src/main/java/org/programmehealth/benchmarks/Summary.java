package org.programmehealth.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a run's results (JMH's JSON, cold-start.json and batch.json) into the table of ratios to the hand-coded
 * baseline, writes it to {@code results/latest.md} and copies it into benchmarks/README.md between
 * {@code <!-- benchmarks:begin -->} and {@code <!-- benchmarks:end -->}.
 */
public final class Summary {

    private final JsonNode jmh;
    private final JsonNode cold;
    private final JsonNode batch;

    private Summary(JsonNode jmh, JsonNode cold, JsonNode batch) {
        this.jmh = jmh;
        this.cold = cold;
        this.batch = batch;
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode jmh = mapper.readTree(results.resolve("jmh.json").toFile());
        Path coldFile = results.resolve("cold-start.json");
        JsonNode cold = Files.exists(coldFile) ? mapper.readTree(coldFile.toFile()).path("results") : mapper.createObjectNode();
        Path batchFile = results.resolve("batch.json");
        JsonNode batch = Files.exists(batchFile) ? mapper.readTree(batchFile.toFile()) : mapper.createObjectNode();
        String table = new Summary(jmh, cold, batch).table();
        Files.writeString(results.resolve("latest.md"), table);
        if (args.length > 1) {
            Path readme = Path.of(args[1]);
            String text = Files.readString(readme);
            String begin = "<!-- benchmarks:begin -->";
            String end = "<!-- benchmarks:end -->";
            int b = text.indexOf(begin);
            int e = text.indexOf(end);
            if (b >= 0 && e > b) {
                Files.writeString(readme, text.substring(0, b + begin.length()) + "\n" + table + text.substring(e));
            }
        }
        System.out.print(table);
    }

    /**
     * A benchmark's figure: in each fork the best measurement iteration (the shortest time per
     * assessment, or the most assessments per millisecond), then the median of the forks. Other
     * processes on a shared machine can only slow an iteration down, so a fork's best iteration is
     * the closest to that JVM's own cost; but each fork's JIT makes its own choices (the same
     * benchmark has measured 107 µs in one fork and 158 µs in the next), so the median fork, not the
     * luckiest, is the one reported, for the engine and the baseline alike (JMH's mean and error
     * are in jmh.json).
     */
    private double score(String benchmark, String snapshots) {
        for (JsonNode r : jmh) {
            if (r.path("benchmark").asText().endsWith("." + benchmark)
                    && (snapshots == null || snapshots.equals(r.path("params").path("snapshots").asText()))) {
                boolean throughput = "thrpt".equals(r.path("mode").asText());
                List<Double> forks = new ArrayList<>();
                for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
                    double best = Double.NaN;
                    for (JsonNode v : fork) {
                        double d = v.asDouble();
                        if (Double.isNaN(best) || (throughput ? d > best : d < best)) {
                            best = d;
                        }
                    }
                    if (!Double.isNaN(best)) {
                        forks.add(best);
                    }
                }
                return forks.isEmpty() ? r.path("primaryMetric").path("score").asDouble() : median(forks);
            }
        }
        return Double.NaN;
    }

    /** How many forks a benchmark ran in (0 if it is not in the results). */
    private int forks(String benchmark) {
        for (JsonNode r : jmh) {
            if (r.path("benchmark").asText().endsWith("." + benchmark)) {
                return r.path("primaryMetric").path("rawData").size();
            }
        }
        return 0;
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A history benchmark: one method per length ({@code engineHistory16}), or, in results from before, a parameter. */
    private double history(String benchmark, int snapshots) {
        double d = score(benchmark + snapshots);
        return Double.isNaN(d) ? score(benchmark, String.valueOf(snapshots)) : d;
    }

    private double score(String benchmark) {
        return score(benchmark, null);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        String load = "";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            load = "?";
        }
        out.append(String.format(Locale.ROOT, "Measured %s with `benchmarks/run.sh` on %d cores, Java %s; load average %s at the end "
                        + "(the machine is shared: read ratios, not absolute times). Each JMH figure is the best iteration "
                        + "of each fork, then the median of the forks (%d for the single assessment, %d for the others); "
                        + "each run figure is the fastest run; for engine and baseline alike.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load,
                forks("engineEndToEnd"), forks("catalogueRules")));
        out.append("| measure | engine | hand-coded | ratio | goal | verdict |\n|---|---|---|---|---|---|\n");
        double e = score("engine");
        double h = score("handCoded");
        row(out, "one assessment, engine alone (`assess`)", us(e), us(h), e / h, "<= 8x", e / h <= 8, 8, false);
        double ee = score("engineEndToEnd");
        double he = score("handCodedEndToEnd");
        row(out, "end to end, JSON text to JSON report", us(ee), us(he), ee / he, "<= 3x", ee / he <= 3, 3, false);
        double t1 = score("engine1Thread");
        double t2 = score("engine2Threads");
        double h1 = score("handCoded1Thread");
        double h2 = score("handCoded2Threads");
        row(out, "throughput, 2 threads over 1 (one shared engine)", fmt(t1) + " → " + fmt(t2) + " /ms",
                fmt(h1) + " → " + fmt(h2) + " /ms (" + x(h2 / h1) + ")", t2 / t1, ">= 1.7x", t2 / t1 >= 1.7, 1.7, true);
        double c1 = score("catalogueRules");
        double c2 = score("doubledRules");
        row(out, "rules doubled (catalogue + a copy under other ids)", us(c1) + " → " + us(c2), "–", c2 / c1, "<= 1.6x",
                c2 / c1 <= 1.6, 1.6, false);
        double g1 = history("engineHistory", 1);
        double g4 = history("engineHistory", 4);
        double g16 = history("engineHistory", 16);
        double k1 = history("handCodedHistory", 1);
        double k16 = history("handCodedHistory", 16);
        out.append(String.format(Locale.ROOT, "| history of 1 → 4 → 16 snapshots | %s → %s → %s | %s → %s | %s (16 vs 1); %s of hand-coded at 16 | – | |%n",
                us(g1), us(g4), us(g16), us(k1), us(k16), x(g16 / g1), x(g16 / k16)));
        double be = batch.path("engine").path("min").asDouble(Double.NaN);
        double bh = batch.path("hand").path("min").asDouble(Double.NaN);
        row(out, String.format(Locale.ROOT, "batch of %,d programmes, JSON Lines in, report lines out (`java -jar` both, %d threads)",
                        batch.path("programmes").asInt(), batch.path("threads").asInt()), s(be), s(bh), be / bh, "<= 6x", be / bh <= 6, 6, false);
        double cli = cold.path("cli").path("min").asDouble(Double.NaN);
        double oneJvm = cold.path("cli-one-jvm").path("min").asDouble(Double.NaN);
        double launcher = cold.path("cli-launcher").path("min").asDouble(Double.NaN);
        double hand = cold.path("hand").path("min").asDouble(Double.NaN);
        double tuned = cold.path("hand-tuned").path("min").asDouble(Double.NaN);
        row(out, "cold start, `java -jar` both (ours runs a one-shot command in a second JVM with the launcher's flags: QuickStart)",
                s(cli), s(hand), cli / hand, "<= 2.0x", cli / hand <= 2.0, 2.0, false);
        if (!Double.isNaN(oneJvm)) {
            out.append("| cold start, `java -jar` both, ours in one JVM (`PROGRAMME_HEALTH_QUICK_START=off`) | ").append(s(oneJvm))
                    .append(" | ").append(s(hand)).append(" | ").append(x(oneJvm / hand)).append(" | – | for comparison |\n");
        }
        row(out, "cold start, `examples/bin/programme-health` (AppCDS + quick JIT) vs plain `java -jar`", s(launcher), s(hand),
                launcher / hand, "<= 2.0x", launcher / hand <= 2.0, 2.0, false);
        row(out, "cold start, both with the launcher's flags and their own AppCDS archive", s(launcher), s(tuned),
                launcher / tuned, "<= 2.0x", launcher / tuned <= 2.0, 2.0, false);
        return out.toString();
    }

    private static void row(StringBuilder out, String what, String engine, String hand, double ratio, String goal, boolean met,
                            double bound, boolean atLeast) {
        String verdict;
        if (Double.isNaN(ratio)) {
            verdict = "not measured";
        } else if (met) {
            verdict = "met";
        } else {
            double by = atLeast ? (bound - ratio) / bound : (ratio - bound) / bound;
            verdict = String.format(Locale.ROOT, "missed by %.0f%%", by * 100);
        }
        out.append("| ").append(what).append(" | ").append(engine).append(" | ").append(hand).append(" | ").append(x(ratio))
                .append(" | ").append(goal).append(" | ").append(verdict).append(" |\n");
    }

    private static String x(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String us(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f µs", v);
    }

    private static String s(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f s", v);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}
