package org.programmehealth.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web questionnaire in a real browser: Debian's headless Chromium driven by Debian's
 * chromedriver through Selenium ({@code apt-get install -y chromium chromium-driver}). An organiser
 * sets up a programme with two respondents; the first fills in a form (a typo refused in words as it
 * is typed, then fixed), leaves and comes back to the same link to find the answers kept; the second
 * answers differently; the programme page shows both responses and where they disagree. Screenshots
 * are kept in {@code target/serve-browser/}. Skipped, saying why, only when no browser is installed.
 */
class ServeInChromiumTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target/serve-browser");

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no browser to drive: "
                + CHROMIUM + (Files.isExecutable(CHROMIUM) ? " is there" : " is missing") + ", " + DRIVER
                + (Files.isExecutable(DRIVER) ? " is there" : " is missing")
                + "; install both with 'apt-get install -y chromium chromium-driver' (or set $CHROMIUM and $CHROMEDRIVER)");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1600",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void shot(String name) throws Exception {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebElement question(String path) {
        return browser.findElement(By.cssSelector("fieldset[data-path='" + path + "']"));
    }

    private static void choose(String path, String value) {
        question(path).findElement(By.cssSelector("input[name='a:" + path + "'][value='" + value + "']")).click();
        waitForMessage(path, "Saved.");
    }

    private static void waitForMessage(String path, String text) {
        wait.until(ExpectedConditions.textToBePresentInElement(question(path).findElement(By.cssSelector(".msg")), text));
    }

    private static void section(String title) {
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), title));
    }

    @Test
    void twoRespondents_fillInLeaveResume_andTheProgrammePageShowsTheirDisagreement(@TempDir Path dir) throws Exception {
        try (ServeFixture serve = new ServeFixture(dir.resolve("data"))) {
            // the organiser sets up the programme and gets one link per respondent
            browser.get(serve.base() + serve.app.organiserPath());
            browser.findElement(By.name("id")).sendKeys("riverside");
            browser.findElement(By.name("name")).sendKeys("Riverside Total Place");
            browser.findElement(By.name("assessedOn")).sendKeys("2009-10-30");
            new Select(browser.findElement(By.name("perspective1"))).selectByValue("CENTRE");
            browser.findElement(By.name("role1")).sendKeys("Policy lead, the department");
            new Select(browser.findElement(By.name("perspective2"))).selectByValue("LOCALITY");
            browser.findElement(By.name("role2")).sendKeys("Lead officer, Riverside Council");
            browser.findElement(By.cssSelector("form.setup button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Riverside Total Place"));
            List<String> links = browser.findElements(By.cssSelector("code.link")).stream().map(WebElement::getText).toList();
            assertThat(links).hasSize(2).allMatch(l -> l.startsWith(serve.base() + "/r/"));

            // the centre's respondent: a typo refused in words as it is typed, then fixed; a rating; then leaves
            browser.get(links.get(0));
            assertThat(browser.findElement(By.tagName("h2")).getText()).contains("The programme");
            WebElement started = question("programme.startedOn").findElement(By.cssSelector("input[type=text]"));
            started.sendKeys("1/2/2008");
            waitForMessage("programme.startedOn", "is not a date written as year-month-day");
            shot("1-typo-refused");
            started.clear();
            started.sendKeys("2008-02-01");
            waitForMessage("programme.startedOn", "Saved.");
            choose("programme.stage", "PILOT");
            question("programme.primaryAim").findElement(By.cssSelector("input[name='x:programme.primaryAim'][value=dontknow]")).click();
            waitForMessage("programme.primaryAim", "Saved as don't know.");
            section("The local partnership");
            choose("partnership.coDesign", "5");
            choose("partnership.localOwnership", "5");
            browser.get("about:blank");

            // ... and comes back to the same link: the answers are there
            browser.get(links.get(0) + "?s=0");
            assertThat(question("programme.startedOn").findElement(By.cssSelector("input[type=text]")).getAttribute("value"))
                    .isEqualTo("2008-02-01");
            assertThat(question("programme.stage").findElement(By.cssSelector("input[value=PILOT]")).isSelected()).isTrue();
            assertThat(browser.findElement(By.id("progress-words")).getText()).startsWith("5 of ");
            shot("2-resumed");
            section("The local partnership");
            assertThat(question("partnership.coDesign").findElement(By.cssSelector("input[value='5']")).isSelected()).isTrue();

            // the locality's respondent answers the same questions differently, with the buttons alone
            browser.get(links.get(1) + "?s=7");
            question("partnership.coDesign").findElement(By.cssSelector("input[value='1']")).click();
            question("partnership.localOwnership").findElement(By.cssSelector("input[value='2']")).click();
            browser.findElement(By.cssSelector("button[value=stay]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved."));
            assertThat(question("partnership.coDesign").findElement(By.cssSelector("input[value='1']")).isSelected()).isTrue();
            shot("3-second-respondent");

            // the programme page: both responses, where they disagree, the history chart
            browser.get(serve.base() + serve.app.organiserPath() + "p/riverside");
            WebElement disagreement = browser.findElement(By.cssSelector("table.divergence"));
            assertThat(disagreement.getText()).contains("The centre and the localities designed the programme together")
                    .contains("Strongly agree").contains("Strongly disagree").contains("Local leaders see the programme as their own");
            // the combined report first, then each response on its own
            assertThat(browser.findElements(By.cssSelector("section.response"))).hasSize(3);
            assertThat(browser.getPageSource()).contains("The combined report").contains("Where the answers differ most");
            assertThat(browser.findElement(By.cssSelector("figure.trend svg")).isDisplayed()).isTrue();
            shot("4-programme-page");
            browser.get(serve.base() + serve.app.organiserPath());
            assertThat(browser.findElement(By.cssSelector("table.portfolio")).getText()).contains("Riverside Total Place");
            shot("5-portfolio");
        }
    }
}
