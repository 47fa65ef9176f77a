package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    private static final String SAMPLE = "assessments/sample-programme.json";

    @TempDir
    Path dir;

    /** What {@link ProcessHandle#info()} says of a JVM started as {@code java ARGS}. */
    private static ProcessHandle.Info started(String... args) {
        return info(Optional.of("/usr/lib/jvm/bin/java"), Optional.of(args));
    }

    private static ProcessHandle.Info info(Optional<String> command, Optional<String[]> args) {
        ProcessHandle.Info info = mock(ProcessHandle.Info.class);
        when(info.command()).thenReturn(command);
        when(info.arguments()).thenReturn(args);
        return info;
    }

    private Path jar() throws Exception {
        Path jar = dir.resolve("programme-health.jar");
        Files.write(jar, new byte[] {1});
        return jar;
    }

    @Test
    void aOneShotCommand_fromAPlainJavaJar_runsInASecondJvm_withTheQuickTier_makingTheArchiveBesideTheJar() throws Exception {
        Path jar = jar();
        String[] args = {"assess", "a.json", "--format", "json"};
        QuickStart.Plan plan = QuickStart.plan(started("-Dx=1", "-jar", jar.toString(), "assess", "a.json"), jar.toString(), args,
                Map.of()).orElseThrow();

        List<String> c = plan.command();
        assertThat(c.get(0)).isEqualTo("/usr/lib/jvm/bin/java");
        assertThat(c).contains("-XX:TieredStopAtLevel=1", "-Dx=1", "-cp", jar.toRealPath().toString(), QuickStart.class.getName());
        assertThat(c.subList(c.size() - args.length, c.size())).containsExactly(args);
        assertThat(c).anyMatch(a -> a.startsWith("-D" + QuickStart.STARTED + "="));
        // no archive yet: this run makes one, under a name of its own, moved beside the jar when it is whole
        assertThat(plan.archive()).isEqualTo(jar.toRealPath().resolveSibling("programme-health.jsa"));
        assertThat(plan.made().getParent()).isEqualTo(plan.archive().getParent());
        assertThat(plan.made()).isNotEqualTo(plan.archive());
        assertThat(c).contains("-XX:ArchiveClassesAtExit=" + plan.made());
        assertThat(c).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void anArchiveMadeAfterTheJar_isUsed_oneOlderThanTheJar_isMadeAgain() throws Exception {
        Path jar = jar();
        Path archive = dir.resolve("programme-health.jsa");
        Files.write(archive, new byte[] {1});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        QuickStart.Plan current = QuickStart.plan(started("-jar", jar.toString()), jar.toString(), new String[] {"validate", "a.json"},
                Map.of()).orElseThrow();
        assertThat(current.command()).contains("-XX:SharedArchiveFile=" + archive.toRealPath());
        assertThat(current.made()).isNull();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        QuickStart.Plan stale = QuickStart.plan(started("-jar", jar.toString()), jar.toString(), new String[] {"assess", "a.json"},
                Map.of()).orElseThrow();
        assertThat(stale.command()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(stale.made()).isNotNull();
    }

    @Test
    void onlyAnAssessMakesTheArchive_theOtherOneShotCommands_runWithTheQuickTierAlone() throws Exception {
        Path jar = jar();
        for (String command : List.of("validate", "template", "catalogue")) {
            QuickStart.Plan plan = QuickStart.plan(started("-jar", jar.toString()), jar.toString(), new String[] {command},
                    Map.of()).orElseThrow();
            assertThat(plan.made()).as(command).isNull();
            assertThat(plan.command()).as(command).contains("-XX:TieredStopAtLevel=1")
                    .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-XX:SharedArchiveFile"));
        }
    }

    @Test
    void theArchive_canBeNamed_asForTheLauncher() throws Exception {
        Path jar = jar();
        Path named = dir.resolve("elsewhere.jsa");
        QuickStart.Plan plan = QuickStart.plan(started("-jar", jar.toString()), jar.toString(), new String[] {"template"},
                Map.of(QuickStart.ARCHIVE, named.toString())).orElseThrow();
        assertThat(plan.archive()).isEqualTo(named.toAbsolutePath());
    }

    @Test
    void everythingElse_runsInThisJvm() throws Exception {
        Path jar = jar();
        String cp = jar.toString();
        ProcessHandle.Info plain = started("-jar", cp);
        // long-running or interactive commands, help, no command
        for (String[] args : List.of(new String[] {"batch", "in.jsonl"}, new String[] {"serve"}, new String[] {"questionnaire"},
                new String[] {"--help"}, new String[] {"-V"}, new String[0])) {
            assertThat(QuickStart.plan(plain, cp, args, Map.of())).as(String.join(" ", args)).isEmpty();
        }
        String[] assess = {"assess", "a.json"};
        // whoever tunes the JVM keeps it
        assertThat(QuickStart.plan(started("-Xmx1g", "-jar", cp), cp, assess, Map.of())).isEmpty();
        assertThat(QuickStart.plan(started("-agentlib:jdwp=transport=dt_socket", "-jar", cp), cp, assess, Map.of())).isEmpty();
        assertThat(QuickStart.plan(plain, cp, assess, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"))).isEmpty();
        assertThat(QuickStart.plan(plain, cp, assess, Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"))).isEmpty();
        // switched off
        assertThat(QuickStart.plan(plain, cp, assess, Map.of(QuickStart.SWITCH, "off"))).isEmpty();
        assertThat(QuickStart.plan(plain, cp, assess, Map.of(QuickStart.SWITCH, "OFF"))).isEmpty();
        // not the one jar
        assertThat(QuickStart.plan(plain, cp + File.pathSeparator + dir, assess, Map.of())).isEmpty();
        assertThat(QuickStart.plan(plain, dir.toString(), assess, Map.of())).isEmpty();
        assertThat(QuickStart.plan(plain, dir.resolve("missing.jar").toString(), assess, Map.of())).isEmpty();
        // nothing known of this process
        assertThat(QuickStart.plan(info(Optional.empty(), Optional.empty()), cp, assess, Map.of())).isEmpty();
        assertThat(QuickStart.plan(info(Optional.of("/usr/bin/java"), Optional.empty()), cp, assess, Map.of())).isEmpty();
        // and a plain run with the switch at anything but off does start a second JVM
        assertThat(QuickStart.plan(plain, cp, assess, Map.of(QuickStart.SWITCH, "on"))).isPresent();
    }

    private record Ran(int code, String out, String err) {
    }

    private static Ran java(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).directory(cwd.toFile());
        b.environment().remove("JAVA_TOOL_OPTIONS");
        b.environment().remove("JDK_JAVA_OPTIONS");
        b.environment().remove(QuickStart.SWITCH);
        b.environment().putAll(env);
        Path out = Files.createTempFile("quick-start", ".out");
        Path err = Files.createTempFile("quick-start", ".err");
        Process p = b.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * A jar like the shaded one for the tool's entry point: this test's class path through its
     * manifest, so that {@code java -jar} sees one jar on its class path.
     */
    private Path toolJar() throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, QuickStart.class.getName());
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                cp.append(Path.of(entry).toAbsolutePath().toUri()).append(' ');
            }
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString().trim());
        Path jar = dir.resolve("tool.jar");
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
        return jar;
    }

    @Test
    void javaJar_givesTheSameReport_exitCodesAndMessages_asTheToolInOneJvm_andLeavesAWholeArchive() throws Exception {
        Path jar = toolJar();
        Path examples = Path.of("").toAbsolutePath();
        // a first run that writes no report keeps no archive: it would lack the engine's classes
        Ran missing = java(examples, Map.of(), "-jar", jar.toString(), "assess", "no-such-file.json");
        Ran missingOne = java(examples, Map.of(QuickStart.SWITCH, "off"), "-jar", jar.toString(), "assess", "no-such-file.json");
        assertThat(missing.code()).isEqualTo(2).isEqualTo(missingOne.code());
        assertThat(missing.err()).isEqualTo(missingOne.err()).contains("no-such-file.json");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("tool.jar");
        }

        Ran quick = java(examples, Map.of(), "-jar", jar.toString(), "assess", SAMPLE, "--format", "json");
        Ran one = java(examples, Map.of(QuickStart.SWITCH, "off"), "-jar", jar.toString(), "assess", SAMPLE, "--format", "json");
        assertThat(quick.code()).as(quick.err()).isZero();
        assertThat(quick.out()).isEqualTo(one.out()).contains("\"reportVersion\"");
        assertThat(quick.err()).isEqualTo(one.err());
        // only the second JVM is told to write an archive: its being there says the run was made in one
        assertThat(dir.resolve("tool.jsa")).isRegularFile();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        Ran failOn = java(examples, Map.of(), "-jar", jar.toString(), "assess", SAMPLE, "--fail-on", "low");
        assertThat(failOn.code()).isEqualTo(1);
        assertThat(failOn.out().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
