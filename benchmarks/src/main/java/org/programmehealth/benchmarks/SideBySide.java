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
 * <p>{@code java -cp benchmarks.jar org.programmehealth.benchmarks.SideBySide PORTFOLIO.jsonl PASSES JAR...}
 * (see {@code benchmarks/side-by-side.sh})
 */
public final class SideBySide {

    private SideBySide() {
    }

    /** One jar's engine, reached by reflection through the library's public API. */
    private record Engine(String jar, ClassLoader loader, Object health, Method parse, Method assess, Method line) {

        static Engine load(String jar) throws ReflectiveOperationException, java.io.IOException {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            ClassLoader was = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                Class<?> type = loader.loadClass("org.programmehealth.ProgrammeHealth");
                Object builder = type.getMethod("builder").invoke(null);
                builder = builder.getClass().getMethod("wouldClear", boolean.class).invoke(builder, true);
                Object health = builder.getClass().getMethod("build").invoke(builder);
                return new Engine(jar, loader, health, type.getMethod("parse", String.class, String.class),
                        type.getMethod("assess", loader.loadClass("org.programmehealth.model.Assessment")),
                        type.getMethod("toJsonLine", loader.loadClass("org.programmehealth.report.Report")));
            } finally {
                Thread.currentThread().setContextClassLoader(was);
            }
        }

        /** Every record through this engine; how many failed. */
        int run(List<String> records) throws IllegalAccessException {
            ClassLoader was = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            int failed = 0;
            try {
                for (int i = 0; i < records.size(); i++) {
                    try {
                        line.invoke(health, assess.invoke(health, parse.invoke(health, records.get(i), "record " + (i + 1))));
                    } catch (InvocationTargetException e) {
                        failed++;
                    }
                }
            } finally {
                Thread.currentThread().setContextClassLoader(was);
            }
            return failed;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SideBySide PORTFOLIO.jsonl PASSES JAR...");
            System.exit(2);
        }
        List<String> records = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int passes = Integer.parseInt(args[1]);
        List<Engine> engines = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            engines.add(Engine.load(args[i]));
        }
        int n = engines.size();
        long[][] times = new long[n][passes];
        int[] failed = new int[n];
        for (int p = 0; p < passes; p++) {
            for (int k = 0; k < n; k++) {
                int i = (p + k) % n;
                long t0 = System.nanoTime();
                failed[i] = engines.get(i).run(records);
                times[i][p] = System.nanoTime() - t0;
            }
        }
        int warm = passes / 3;
        System.out.printf("%d records, %d passes (the first %d not counted)%n", records.size(), passes, warm);
        for (int i = 0; i < n; i++) {
            long[] counted = Arrays.copyOfRange(times[i], warm, passes);
            Arrays.sort(counted);
            System.out.printf("%s: fastest %.0f ms, median %.0f ms; %d records failed%n", engines.get(i).jar(),
                    counted[0] / 1e6, counted[counted.length / 2] / 1e6, failed[i]);
        }
    }
}
