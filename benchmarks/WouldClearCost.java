import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.programmehealth.*;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Report;

/**
 * What "what would clear it" costs, in process: CPU time of this thread to parse, to assess (with
 * the JSON report) and to assess with wouldClear, over a JSON Lines file, twice (the second round
 * warm). A single-file program, not part of the build:
 *
 * <pre>
 *   benchmarks/generate-batch.py 1000 > /tmp/batch.jsonl
 *   java -cp examples/target/programme-health.jar benchmarks/WouldClearCost.java /tmp/batch.jsonl
 * </pre>
 */
public class WouldClearCost {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        ProgrammeHealth plain = ProgrammeHealth.create();
        ProgrammeHealth clearing = ProgrammeHealth.builder().wouldClear(true).build();
        var mx = ManagementFactory.getThreadMXBean();
        List<Assessment> parsed = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            parsed.clear();
            for (int i = 0; i < lines.size(); i++) parsed.add(plain.parse(lines.get(i), "line " + i));
            long t1 = mx.getCurrentThreadCpuTime();
            long h = 0;
            for (Assessment a : parsed) h += plain.toJson(plain.assess(a)).length();
            long t2 = mx.getCurrentThreadCpuTime();
            long d = 0;
            for (Assessment a : parsed) d += clearing.toJson(clearing.assess(a)).length();
            long t3 = mx.getCurrentThreadCpuTime();
            System.out.printf("round %d: parse %.2f s, assess+json %.2f s, assess+wouldClear+json %.2f s (cpu)%n", round,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        }
    }
}
