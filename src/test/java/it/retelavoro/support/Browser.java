package it.retelavoro.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with axe-core for accessibility. In CI a missing
 * Chromium fails the test; on a developer's machine without it the browser tests are skipped.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("retelavoro.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static String axeSource;

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    public static Browser open(int port) {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("Chromium or chromedriver missing at " + CHROMIUM + " / " + CHROMEDRIVER
                        + ": .ci/run installs them from Debian packages");
            }
            Assumptions.abort("Chromium not installed: browser tests skipped outside CI");
        }
        try {
            Path profile = Files.createTempDirectory("retelavoro-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1024",
                    "--user-data-dir=" + profile, "--lang=it-IT");
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "it-IT,it"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // axe over a long page on a loaded machine may take longer than the default 30 s
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            return new Browser(driver, "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        // a click that lands on another element (the page moved under it: a swap, a late layout) is tried again
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
                    if (element == null) {
                        return false;
                    }
                    ((JavascriptExecutor) d).executeScript(
                            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
                    element.click();
                    return true;
                });
    }

    /**
     * Chooses the option of a select by its value, then waits for what the choice asks of htmx (a form part
     * re-rendered for the service chosen): a select replaced meanwhile is found again.
     */
    public void select(String css, String value) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    new org.openqa.selenium.support.ui.Select(d.findElement(By.cssSelector(css))).selectByValue(value);
                    return true;
                });
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
    }

    /**
     * Chooses a code by name in a combobox (templates/fragments/combobox.html) with the keyboard alone: types the
     * words, waits for the suggestions, moves to the first with Down and chooses it with Enter. Returns the name
     * the field then shows.
     */
    public String chooseFirstSuggestion(String css, String words) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(words);
        String listbox = field.getAttribute("aria-controls");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "true".equals(field.getAttribute("aria-expanded"))
                        && !d.findElements(By.cssSelector("#" + listbox + " [role=option]")).isEmpty());
        field.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        String active = field.getAttribute("aria-activedescendant");
        assertThat(find("#" + active).getAttribute("aria-selected")).isEqualTo("true");
        String label = find("#" + active).getText();
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(field.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(field.getAttribute("value")).isEqualTo(label);
        return label;
    }

    /**
     * The visible text of an element. A form submitted just before may still be replacing the page: an
     * element of the old page goes stale, and the lookup is simply repeated on the new one.
     */
    public String text(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.cssSelector(css));
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type("#username", username);
        type("#password", password);
        WebElement form = find("#login-submit");
        click("#login-submit");
        // the next step must not navigate away while the login is still being answered (its cookie not set yet,
        // the next page would be the login again): wait until the login page is replaced, by the user's page
        // or by the login page with its error
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
    }

    /**
     * Runs axe-core on the current page and fails on any serious or critical violation, listing them.
     */
    public void assertAccessible() {
        assertThat(accessibilityViolations()).as("axe-core serious or critical violations on " + currentPath())
                .isEmpty();
    }

    /** The serious and critical violations axe-core finds on the current page, each with up to five nodes. */
    public List<Map<String, Object>> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(results => done(
                    results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                    nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))));
                """);
        return violations;
    }

    /** Saves a PNG of the page, for a person to look at (target/screenshots). */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page logged no error to the console (a CSP violation, a missing asset, a script error). */
    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("console errors on " + currentPath()).isEmpty();
    }

    /** The errors logged to the console since the last look (reading the log empties it). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    /** Where the browser's addresses start: {@code http://localhost:<port>}. */
    public String baseUrl() {
        return baseUrl;
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream(
                    "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    /**
     * Focuses the element and presses the key on it, as a keyboard user who tabbed there would. Found, not waited
     * visible: Bootstrap Italia draws its own check boxes and radios over inputs it hides from the eye.
     */
    public void press(String css, CharSequence key) {
        WebElement element = driver.findElement(By.cssSelector(css));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", element);
        assertThat(driver.switchTo().activeElement()).isEqualTo(element);
        element.sendKeys(key);
    }
}
