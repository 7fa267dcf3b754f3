package org.magnolianews.host.author;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through chromedriver, headless at desktop width. Given the driver and the
 * binary explicitly so Selenium Manager never tries the network. Tests are skipped (not failed) on a
 * machine without chromium; {@code .ci/run} installs it.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    static Browser open(String base) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        Path profile = Files.createTempDirectory("author-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=en-US");
        // The console, where Chromium reports every Content-Security-Policy violation (see cspViolations).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 1000));
        return new Browser(driver, profile, base);
    }

    /**
     * The Content-Security-Policy violations Chromium reported on its console since the last call ("Refused to
     * load/execute/apply … because it violates the following Content Security Policy directive").
     */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Logs in through the admincentral's login form and waits until the page names the user. */
    void logIn(String user, String password) {
        go("/login");
        type("#username", user);
        type("#password", password);
        click("#login");
        waitFor(d -> d.findElement(By.id("current-user")).getText().startsWith(user));
    }

    void go(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    /** Leaves the admincentral for another page of the same host (the public site). */
    void visit(String absoluteUrl) {
        driver.get(absoluteUrl);
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /** Sets an input's value by script: date and time inputs take keys in the browser's locale format. */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    }

    /** Types into a reference picker's search and clicks the first result starting with a text (results re-render while typing). */
    void pick(String pickerCss, String typed, String startsWith) {
        WebElement search = find(pickerCss + " .picker-search");
        search.click();
        search.sendKeys(typed);
        waitFor(d -> {
            try {
                for (WebElement item : d.findElements(By.cssSelector(pickerCss + " .picker-results li"))) {
                    if (item.getText().startsWith(startsWith)) {
                        item.click();
                        return true;
                    }
                }
                return null;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    String text(String css) {
        return find(css).getText();
    }

    /** A screenshot of the whole window into docs/screenshots of the project. */
    void screenshot(String name) throws IOException {
        Path dir = projectRoot().resolve("docs/screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    private static Path projectRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.exists(dir.resolve("webapp")) ? dir : dir.getParent();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
