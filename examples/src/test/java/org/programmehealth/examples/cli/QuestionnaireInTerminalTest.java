package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal questionnaire on a real terminal: tmux gives it one, {@code send-keys} types and
 * {@code capture-pane} reads the screen. Each answer appears once (the terminal's own echo; the
 * tool used to print it a second time), and Ctrl-D keeps the answers given so far. Skipped, saying
 * why, where tmux is not installed.
 */
class QuestionnaireInTerminalTest {

    private final String session = "ph-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @BeforeEach
    void needTmux() throws Exception {
        boolean tmux;
        try {
            tmux = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            tmux = false;
        }
        Assumptions.assumeTrue(tmux, "tmux is not installed (apt-get install -y tmux): no real terminal to test the questionnaire in");
    }

    @AfterEach
    void killSession() throws Exception {
        new ProcessBuilder("tmux", "kill-session", "-t", session).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session);
    }

    private String waitFor(Predicate<String> ready, String what) throws Exception {
        String s = "";
        for (int i = 0; i < 240; i++) {
            s = screen();
            if (ready.test(s)) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the terminal never showed " + what + "; it shows:\n" + s);
    }

    private static long count(String text, String line) {
        return text.lines().filter(l -> l.strip().equals(line) || l.strip().equals("> " + line)).count();
    }

    @Test
    void onARealTerminal_eachAnswerAppearsOnce_andCtrlDKeepsTheAnswersSoFar(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("answers.json");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ProgrammeHealthCli.class.getName(), "questionnaire", "--output", target.toString()));
        String command = String.join(" ", java.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList())
                + "; echo \"EXIT=$?\"; sleep 60";
        run("tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "60", "sh", "-c", command);
        waitFor(s -> s.contains("[1/"), "the first question");
        run("tmux", "send-keys", "-t", session, "tp-tmux", "Enter");
        waitFor(s -> s.contains("[2/"), "the second question");
        run("tmux", "send-keys", "-t", session, "Tmux programme", "Enter");
        String s = waitFor(t -> t.contains("[3/"), "the third question");
        assertThat(count(s, "tp-tmux")).as("the first answer, on screen:\n%s", s).isEqualTo(1);
        assertThat(count(s, "Tmux programme")).as("the second answer, on screen:\n%s", s).isEqualTo(1);

        run("tmux", "send-keys", "-t", session, "C-d");
        s = waitFor(t -> t.contains("EXIT="), "the questionnaire ending");
        assertThat(s).contains("EXIT=2").contains("your 2 answers so far are kept in").doesNotContain("Exception");
        Path partial = QuestionnaireCommand.partialFile(target);
        assertThat(new ObjectMapper().readTree(Files.readString(partial)).path("answers").path("programme.name").asText())
                .isEqualTo("Tmux programme");
    }
}
