package org.programmehealth.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two or more builds of the command-line jar side by side in one JVM, for a change too small to see
 * through the noise of separate runs on a shared machine: each jar in a class loader of its own, one
 * engine each ({@code wouldClear} on, as {@code batch} runs it), and every record of a portfolio
 * assessed and written as a report line by each in turn, pass after pass, the order of the jars
 * rotated from pass to pass. Load from other processes then falls on every jar alike. Prints, per
 * jar, the fastest and the median of the passes after the first third (the warm-up), and how many
 * records failed (an invalid record, or one of several responses, is counted, not timed apart).
 * Single-threaded: it compares the work per programme, not start-up or the use of both cores.
 * <p>With {@code --engine}, the engine alone instead (as {@code AssessBenchmarks.engine}): one assessment,
 * read once, assessed {@value #ENGINE_CALLS} times a pass without what would clear it, no report written;
 * the whole catalogue, where JMH runs the rules the hand-coded baseline has. With {@code --end-to-end},
 * as {@code AssessBenchmarks.engineEndToEnd}: the assessment's JSON text read, assessed and written as the
 * report's JSON text ({@code toJson}), {@value #ENGINE_CALLS} times a pass, without what would clear it.
 * <p>{@code java -cp benchmarks.jar org.programmehealth.benchmarks.SideBySide PORTFOLIO.jsonl PASSES JAR...}
 * <br>{@code java -cp benchmarks.jar org.programmehealth.benchmarks.SideBySide --engine ASSESSMENT.json PASSES JAR...}
 * <br>{@code java -cp benchmarks.jar org.programmehealth.benchmarks.SideBySide --end-to-end ASSESSMENT.json PASSES JAR...}
 * (see {@code benchmarks/side-by-side.sh})
 */
public final class SideBySide {

    /** Assessments a pass with {@code --engine} or {@code --end-to-end}. */
    static final int ENGINE_CALLS = 5_000;

    private SideBySide() {
    }

    /** Work done with a jar's class loader as the thread's context loader (Drools finds its services through it). */
    private interface Work<T> {
        T run() throws ReflectiveOperationException;
    }

    private static <T> T within(ClassLoader loader, Work<T> work) throws ReflectiveOperationException {
        ClassLoader was = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return work.run();
        } finally {
            Thread.currentThread().setContextClassLoader(was);
        }
    }

    /** One jar's engine, reached by reflection through the library's public API. */
    private record Engine(String jar, ClassLoader loader, Object health, Method parse, Method assess, Method line,
                          Method json) {

        static Engine load(String jar, boolean wouldClear) throws ReflectiveOperationException, java.io.IOException {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            return within(loader, () -> {
                Class<?> type = loader.loadClass("org.programmehealth.ProgrammeHealth");
                Object builder = type.getMethod("builder").invoke(null);
                builder = builder.getClass().getMethod("wouldClear", boolean.class).invoke(builder, wouldClear);
                Object health = builder.getClass().getMethod("build").invoke(builder);
                return new Engine(jar, loader, health, type.getMethod("parse", String.class, String.class),
                        type.getMethod("assess", loader.loadClass("org.programmehealth.model.Assessment")),
                        type.getMethod("toJsonLine", loader.loadClass("org.programmehealth.report.Report")),
                        type.getMethod("toJson", loader.loadClass("org.programmehealth.report.Report")));
            });
        }

        /** The assessment, read by this engine. */
        Object read(String json) throws ReflectiveOperationException {
            return within(loader, () -> parse.invoke(health, json, "assessment"));
        }

        /** The assessment through this engine alone, {@code times} times. */
        void assess(Object assessment, int times) throws ReflectiveOperationException {
            within(loader, () -> {
                for (int i = 0; i < times; i++) {
                    assess.invoke(health, assessment);
                }
                return null;
            });
        }

        /** The assessment's text read, assessed and written as the report's JSON, {@code times} times. */
        void endToEnd(String text, int times) throws ReflectiveOperationException {
            within(loader, () -> {
                for (int i = 0; i < times; i++) {
                    json.invoke(health, assess.invoke(health, parse.invoke(health, text, "assessment")));
                }
                return null;
            });
        }

        /** Every record through this engine; how many failed. */
        int run(List<String> records) throws ReflectiveOperationException {
            return within(loader, () -> {
                int failed = 0;
                for (int i = 0; i < records.size(); i++) {
                    try {
                        line.invoke(health, assess.invoke(health, parse.invoke(health, records.get(i), "record " + (i + 1))));
                    } catch (InvocationTargetException e) {
                        failed++;
                    }
                }
                return failed;
            });
        }
    }

    public static void main(String[] args) throws Exception {
        boolean endToEnd = args.length > 0 && args[0].equals("--end-to-end");
        boolean engineAlone = args.length > 0 && args[0].equals("--engine") || endToEnd;
        int first = engineAlone ? 1 : 0;
        if (args.length < first + 3) {
            System.err.println("usage: SideBySide PORTFOLIO.jsonl PASSES JAR...  or  SideBySide --engine|--end-to-end ASSESSMENT.json PASSES JAR...");
            System.exit(2);
        }
        Path input = Path.of(args[first]);
        int passes = Integer.parseInt(args[first + 1]);
        List<Engine> engines = new ArrayList<>();
        for (int i = first + 2; i < args.length; i++) {
            engines.add(Engine.load(args[i], !engineAlone));
        }
        int n = engines.size();
        List<String> records = engineAlone ? List.of() : Files.readAllLines(input, StandardCharsets.UTF_8);
        Object[] assessments = new Object[n];
        String json = engineAlone ? Files.readString(input, StandardCharsets.UTF_8) : null;
        if (engineAlone) {
            for (int i = 0; i < n; i++) {
                assessments[i] = engines.get(i).read(json);
            }
        }
        long[][] times = new long[n][passes];
        int[] failed = new int[n];
        for (int p = 0; p < passes; p++) {
            for (int k = 0; k < n; k++) {
                int i = (p + k) % n;
                long t0 = System.nanoTime();
                if (endToEnd) {
                    engines.get(i).endToEnd(json, ENGINE_CALLS);
                } else if (engineAlone) {
                    engines.get(i).assess(assessments[i], ENGINE_CALLS);
                } else {
                    failed[i] = engines.get(i).run(records);
                }
                times[i][p] = System.nanoTime() - t0;
            }
        }
        int warm = passes / 3;
        if (engineAlone) {
            System.out.printf("%s %s %d times a pass, %d passes (the first %d not counted)%n", input,
                    endToEnd ? "read, assessed and written" : "assessed", ENGINE_CALLS, passes, warm);
        } else {
            System.out.printf("%d records, %d passes (the first %d not counted)%n", records.size(), passes, warm);
        }
        for (int i = 0; i < n; i++) {
            long[] counted = Arrays.copyOfRange(times[i], warm, passes);
            Arrays.sort(counted);
            if (engineAlone) {
                System.out.printf("%s: fastest %.1f µs, median %.1f µs an assessment%n", engines.get(i).jar(),
                        counted[0] / 1e3 / ENGINE_CALLS, counted[counted.length / 2] / 1e3 / ENGINE_CALLS);
            } else {
                System.out.printf("%s: fastest %.0f ms, median %.0f ms; %d records failed%n", engines.get(i).jar(),
                        counted[0] / 1e6, counted[counted.length / 2] / 1e6, failed[i]);
            }
        }
    }
}
