package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo user, every page they can reach by following links from the navigation, breadth first: each
 * page answers 200 with a whole document, logs no console error, shows no message key ({@code ??key??}) and has
 * no serious or critical accessibility violation. Only GET links are followed and no form is submitted, so the crawl changes
 * nothing; downloads, the language switch and logout are left alone. The next page is always one of the kind
 * (the same address with other ids, codes or query values) visited least so far, so that the budget reaches
 * every kind before a second page of any.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCrawlerBrowserTests {

    static final int AT_LEAST = 40;
    static final int AT_MOST = 50;
    /** An indicator's code ({@code /2.2}) or a standard service's ({@code /A1}) as a path segment. */
    static final Pattern CODE = Pattern.compile("/(\\d+\\.\\d+|[AB][1-6])(?=/|\\?|$)");

    static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)\\d+(?=/|$)");
    /** An object's id (a UUID) or an indicator's code ({@code /indicators/2.2/records}) in an address. */
    static final Pattern WITH_ID = Pattern.compile(ID.pattern() + "|/\\d+\\.\\d+/");
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|login|api/|swagger-ui|v3/api-docs|actuator|webjars/|css/|js/|images/|error)"
                    + "|\\.(csv|xlsx|pdf|json|png|svg|ico)(\\?|$)|/(export|download)s?(/|\\?|$)|[?&]lang=");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "regione", "cpi.torino", "cpi.cuneo", "agenzia.alfa"})
    void every_page_a_demo_user_reaches_is_whole_error_free_and_accessible(String username) {
        browser.logIn(username, "demo");
        browser.find("[data-testid=current-user]");
        long start = System.nanoTime();

        // Pending links, each visited in turn by the kind least visited so far (then by discovery): every kind
        // of page is reached before a second page of any kind, whatever the order of the links on a page.
        List<String> pending = new ArrayList<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(pending);
        Map<String, Integer> perKind = new HashMap<>();
        List<String> visited = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        java.io.PrintWriter log = crawlLog(username);
        while (!pending.isEmpty() && visited.size() < AT_MOST) {
            String path = pending.remove(leastVisitedKind(pending, perKind));
            perKind.merge(kind(path), 1, Integer::sum);
            Map<String, Object> raw = fetch(path);
            if (!String.valueOf(raw.get("type")).startsWith("text/html")) {
                continue; // a file behind an ordinary link: not a page
            }
            visited.add(path);
            if (((Number) raw.get("status")).intValue() != 200) {
                defects.add(path + ": status " + raw.get("status"));
            }
            if (!((String) raw.get("text")).strip().endsWith("</html>")) {
                defects.add(path + ": the document is cut off");
            }
            browser.go(path);
            Object status = js().executeScript(
                    "return performance.getEntriesByType('navigation')[0].responseStatus;");
            if (status instanceof Number code && code.intValue() != 200) {
                defects.add(path + ": navigation status " + code);
            }
            browser.consoleErrors().forEach(error -> defects.add(path + ": console " + error));
            messageKeys().forEach(key -> defects.add(path + ": message key on the page " + key));
            browser.accessibilityViolations().forEach(violation -> defects.add(path + ": axe " + violation));
            log.println(visited.size() + " " + path + " " + (System.nanoTime() - start) / 1_000_000 + " ms, defects so far "
                    + defects.size());
            log.flush();
            for (String link : links()) {
                if (seen.add(link)) {
                    pending.add(link);
                }
            }
        }

        String summary = "Crawl as %s: %d pages in %d ms".formatted(username, visited.size(),
                (System.nanoTime() - start) / 1_000_000);
        System.out.println(summary);
        log.println(summary);
        defects.forEach(log::println);
        log.close();
        assertThat(defects).as("defects on the pages %s reaches", username).isEmpty();
        assertThat(visited).as("pages %s reaches", username).hasSizeGreaterThanOrEqualTo(AT_LEAST);
        assertThat(visited).as("pages with an id among those %s reaches", username)
                .anyMatch(path -> WITH_ID.matcher(path).find());
    }

    /** The kind of a page: its address with ids, codes and query values left out. */
    static String kind(String path) {
        return CODE.matcher(ID.matcher(path.replaceAll("=[^&]*", "=")).replaceAll("{id}")).replaceAll("/{code}");
    }

    private static int leastVisitedKind(List<String> pending, Map<String, Integer> perKind) {
        int best = 0;
        for (int i = 1; i < pending.size(); i++) {
            if (perKind.getOrDefault(kind(pending.get(i)), 0) < perKind.getOrDefault(kind(pending.get(best)), 0)) {
                best = i;
            }
        }
        return best;
    }

    /** What the crawl visited and found, page by page, in {@code target/crawler/<user>.txt}: a long crawl shows its progress. */
    private static java.io.PrintWriter crawlLog(String username) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "crawler"));
            return new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(dir.resolve(username + ".txt")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The page as the server sends it, before the browser parses it: status, content type and raw text. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String path) {
        return (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                    .then(r => r.text().then(text => done({status: r.status,
                        type: r.headers.get('Content-Type') || '', text: text})))
                    .catch(e => done({status: -1, type: 'text/html', text: String(e)}));
                """, browser.baseUrl() + path);
    }

    /** The same-site GET links of the current page, without their fragment, that lead to pages. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) js().executeScript("""
                return Array.from(document.querySelectorAll('a[href]'))
                    .filter(a => !a.hasAttribute('download') && !a.hasAttribute('hx-post')
                        && !a.hasAttribute('hx-delete') && !a.hasAttribute('hx-put'))
                    .map(a => a.href.split('#')[0]);
                """);
        String base = browser.baseUrl();
        return hrefs.stream().filter(href -> href.startsWith(base + "/"))
                .map(href -> href.substring(base.length()))
                .filter(path -> !NOT_A_PAGE.matcher(path).find())
                .distinct().toList();
    }

    /**
     * The message keys the page shows instead of their text ({@code ??pathway.timeline.X_it??}): in its text or in
     * an attribute (a label, a title), and any "??" at all in its text.
     */
    @SuppressWarnings("unchecked")
    private List<String> messageKeys() {
        return (List<String>) js().executeScript("""
                const found = document.documentElement.outerHTML.match(/\\?\\?[^?<>"\\s]{1,200}\\?\\?/g) || [];
                if (found.length === 0 && document.body.innerText.indexOf('??') >= 0) {
                    found.push('??');
                }
                return found;
                """);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
