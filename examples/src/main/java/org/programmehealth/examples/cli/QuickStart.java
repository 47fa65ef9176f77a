package org.programmehealth.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jar's entry point: {@code java -jar programme-health.jar} for a one-shot command (assess,
 * validate, template, catalogue) runs the tool in a second JVM started with the flags of
 * {@code examples/bin/programme-health}: the JIT's quick tier only, and an application class-data
 * sharing archive (AppCDS) beside the jar, made by the first {@code assess} that writes a report and
 * reused after. A jar's manifest cannot carry JVM options, and a one-shot run spends most of its
 * start-up compiling with the optimising JIT and loading classes; the second JVM is ready sooner
 * than the first would be.
 *
 * <p>Everything else runs in this JVM, as before: the long-running commands (batch, serve,
 * questionnaire), help and version, a JVM started with any option but {@code -D} (whoever tunes the
 * JVM keeps it), a class path that is not the one jar, {@code JAVA_TOOL_OPTIONS} or
 * {@code JDK_JAVA_OPTIONS} set, and {@code PROGRAMME_HEALTH_QUICK_START=off}. The second JVM
 * inherits standard input, output and error, the environment and the {@code -D} options, and its
 * exit code is this one's. If it cannot be started, the tool runs here.
 */
public final class QuickStart {

    /** The environment variable that turns the second JVM off: {@code off}. */
    static final String SWITCH = "PROGRAMME_HEALTH_QUICK_START";
    /** The environment variable naming the archive, as for {@code examples/bin/programme-health}. */
    static final String ARCHIVE = "PROGRAMME_HEALTH_CDS";
    /** Set in the second JVM, so that it runs the tool rather than start a third. */
    static final String STARTED = "programmehealth.quickstart";
    static final Set<String> ONE_SHOT = Set.of("assess", "validate", "template", "catalogue");

    private QuickStart() {
    }

    public static void main(String[] args) {
        Optional<Plan> plan = System.getProperty(STARTED) != null ? Optional.empty()
                : plan(ProcessHandle.current().info(), System.getProperty("java.class.path", ""), args, System.getenv());
        if (plan.isPresent()) {
            Integer code = plan.get().run();
            if (code != null) {
                System.exit(code);
            }
        }
        ProgrammeHealthCli.main(args);
    }

    /** What to start, with where the archive goes once the second JVM has made it. */
    record Plan(List<String> command, Path made, Path archive) {

        /** Runs the second JVM; its exit code, or null if it could not be started. */
        Integer run() {
            Process p;
            try {
                p = new ProcessBuilder(command).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                return null;
            }
            Thread stop = new Thread(p::destroy, "programme-health-quick-start");
            Runtime.getRuntime().addShutdownHook(stop);
            int code;
            while (true) {
                try {
                    code = p.waitFor();
                    break;
                } catch (InterruptedException e) {
                    // keep waiting: the second JVM is the tool's run
                }
            }
            if (made != null) {
                // kept only after a report (exit 0 or 1): bad input or an internal error makes a poorer archive
                keep(made, archive, code == 0 || code == 1);
            }
            return code;
        }
    }

    /** Moves a whole archive into place, or deletes it. Two first runs at once each write their own; the last is kept. */
    private static void keep(Path made, Path archive, boolean wanted) {
        try {
            if (wanted && Files.isRegularFile(made)) {
                Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(made);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(made);
            } catch (IOException ignored) {
                // a stray archive under a temporary name is harmless
            }
        }
    }

    /**
     * The second JVM for this run, or empty if the tool should run in this one.
     *
     * @param self      this process (its java command and arguments)
     * @param classPath this JVM's class path
     * @param args      the tool's arguments
     * @param env       the environment
     */
    static Optional<Plan> plan(ProcessHandle.Info self, String classPath, String[] args, Map<String, String> env) {
        if (args.length == 0 || !ONE_SHOT.contains(args[0]) || "off".equalsIgnoreCase(env.getOrDefault(SWITCH, ""))
                || env.containsKey("JAVA_TOOL_OPTIONS") || env.containsKey("JDK_JAVA_OPTIONS")) {
            return Optional.empty();
        }
        Optional<String> java = self.command();
        Optional<String[]> given = self.arguments();
        if (java.isEmpty() || given.isEmpty() || classPath.isEmpty() || classPath.contains(File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        List<String> properties = new ArrayList<>();
        for (String a : given.get()) {
            if (a.equals("-jar")) {
                break;
            }
            if (!a.startsWith("-D")) {
                return Optional.empty();
            }
            properties.add(a);
        }
        Path jar;
        try {
            jar = Path.of(classPath).toRealPath();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Path archive = archive(jar, env);
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path made = null;
        if (isCurrent(archive, jar)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (args[0].equals("assess") && Files.isWritable(archive.getParent())) {
            // made only by a report: an archive of a shorter run would lack the engine's classes, and be kept
            made = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + made);
        }
        command.addAll(properties);
        command.add("-D" + STARTED + "=" + ProcessHandle.current().pid());
        // the jar's real path, whatever way it was named: an archive is used only with the class path it was made with
        command.addAll(List.of("-cp", jar.toString(), QuickStart.class.getName()));
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), made, archive));
    }

    /** The archive: {@code PROGRAMME_HEALTH_CDS}, or beside the jar with the extension {@code .jsa}. */
    static Path archive(Path jar, Map<String, String> env) {
        String named = env.get(ARCHIVE);
        if (named != null && !named.isBlank()) {
            return Path.of(named).toAbsolutePath();
        }
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /** True if the archive was made after the jar was (an older one is of another build). */
    private static boolean isCurrent(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
