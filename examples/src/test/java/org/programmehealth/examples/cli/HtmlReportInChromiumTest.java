package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.SAMPLE;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: rendered by a real headless Chromium. Each test is skipped,
 * saying why (in the test report and on the build's output), only when no Chromium binary is installed ({@code apt-get install -y chromium} on Debian). The
 * screenshot is kept at {@code target/chromium/report.png} for a person to look at.
 */
class HtmlReportInChromiumTest {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final Path SCREENSHOT_DIR = Path.of("target/chromium");

    private static Path chromium;

    /** Why the tests are skipped, or null when Chromium was found. */
    private static String missing;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).filter(Files::isExecutable)
                .or(HtmlReportInChromiumTest::onPath);
        if (found.isPresent()) {
            chromium = found.get();
            return;
        }
        missing = "no Chromium binary found (looked for $CHROMIUM and " + NAMES + " on the PATH): install it with"
                + " 'apt-get install -y chromium' to render the HTML report in a real browser";
        // on the build's own output too, not only in the test report: a skipped test says why where people look
        System.err.println("[WARNING] " + HtmlReportInChromiumTest.class.getSimpleName() + " skipped: " + missing);
    }

    /** Each test is skipped (counted, with the reason) rather than the class silently running none. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    private static Optional<Path> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Path page(Path dir) {
        Path html = dir.resolve("report.html");
        ProgrammeHealthCliTest.Run r = run("assess", SAMPLE.toString(), "--format", "html", "--output", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return html;
    }

    private static String chromium(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--window-size=1200,2000"));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = dir.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + String.join(" ", command));
        }
        assertThat(p.exitValue()).as("Chromium's exit code; its standard error: %s", Files.readString(stderr, StandardCharsets.UTF_8))
                .isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void chromiumRendersThePage_withTheChartsSvg_aBarPerTheme_andTheDiagnostics(@TempDir Path dir) throws Exception {
        Path html = page(dir);
        String dom = chromium(dir, "--dump-dom", html.toUri().toString());
        assertThat(dom).contains("<svg class=\"chart\" id=\"theme-chart\"");
        for (String theme : List.of("DRIVERS", "PROCESS", "BEHAVIOURS", "MINDSETS", "LEADERSHIP")) {
            assertThat(dom).contains("data-theme=\"" + theme + "\"");
        }
        assertThat(dom).contains("Riverside Total Place pilot").contains("id=\"diagnostics\"").contains("What would clear it")
                .doesNotContain("<script");
    }

    @Test
    void chromiumTakesAScreenshotOfThePage(@TempDir Path dir) throws Exception {
        Path html = page(dir);
        Files.createDirectories(SCREENSHOT_DIR);
        Path png = SCREENSHOT_DIR.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(dir, "--screenshot=" + png, "--hide-scrollbars", html.toUri().toString());
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
