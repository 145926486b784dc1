package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.catalogue.UploadedVersionFiles;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages of the repertorio, read by anyone, and the administrator's upload of a version. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueBrowserTests {

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

    void anonymous() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void anyone_reads_the_ten_services_grouped_by_type() {
        anonymous();
        browser.go("/catalogue");
        assertThat(browser.text("[data-testid=services-A]")).contains("Tipologia A: servizi alle persone")
                .contains("A.1").contains("Informazione").contains("A.6");
        assertThat(browser.text("[data-testid=services-B]")).contains("Tipologia B").contains("B.4")
                .contains("Promozione e scouting");
        assertThat(browser.text("[data-testid=version-shown]")).contains("piemonte-2012").contains("In vigore oggi");
        assertThat(browser.find("a.nav-link.active[aria-current=page]").getText()).contains("Catalogo");
        assertThat(browser.text("[data-testid=source]")).contains("Repertorio degli standard");
        browser.screenshot("catalogue-index");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_scheda_reads_like_the_regional_table_and_states_its_rules_in_plain_italian() {
        anonymous();
        browser.go("/catalogue");
        browser.click("[data-testid=services-A] a[href='/catalogue/services/A4']");
        assertThat(browser.currentPath()).isEqualTo("/catalogue/services/A4");
        assertThat(browser.text("h1")).isEqualTo("A.4 Consulenza orientativa");
        assertThat(browser.text("[data-testid=scheda]")).contains("Finalità").contains("Attività")
                .contains("Modalità e durata").contains("Incontri individuali (almeno 2): durata minima 1 ora")
                .contains("Modalità di accesso").contains("Output").contains("Precondizioni tecnico-strutturali")
                .contains("Capacità").contains("Conoscenze").contains("Precondizioni operative");
        assertThat(browser.text("[data-testid=modes]")).contains("Individuale").contains("60 minuti")
                .contains("servono almeno 2 incontri, ciascuno di almeno 60 minuti");
        assertThat(browser.text("[data-testid=access-rules]")).contains("Accessibile solo dopo")
                .contains("A.3 Orientamento professionale")
                .contains("la rilevazione di uno specifico fabbisogno individuale");
        assertThat(browser.text("[data-testid=outputs]"))
                .contains("Registrazione del servizio nel Piano di Azione Individuale").contains("Sempre");
        assertThat(browser.text("[data-testid=site-features]")).contains("postazione isolata (a tutela della privacy)");
        assertThat(browser.text("[data-testid=source]")).contains("scheda A.4").contains("piemonte-2012");
        browser.screenshot("catalogue-service-A4");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.go("/catalogue/services/B4");
        assertThat(browser.text("[data-testid=modes]")).contains("Back office").contains("Nessuna (durata variabile)");
        browser.go("/catalogue/services/A2");
        assertThat(browser.text("[data-testid=site-features]")).contains("In modalità di gruppo anche")
                .contains("spazi d'aula per gruppi");
        assertThat(browser.text("[data-testid=access-rules]")).contains("stesso incontro").contains("A.1 Informazione");
        browser.assertAccessible();
    }

    @Test
    void the_targets_and_indicators_tables_are_readable_and_accessible() {
        anonymous();
        browser.go("/catalogue/targets");
        assertThat(browser.text("[data-testid=targets]")).contains("Disabili").contains("Detenuti ed ex detenuti")
                .contains("SERT").contains("collocamento mirato delle persone disabili");
        assertThat(browser.text("[data-testid=functions]")).contains("L. 68/99");
        browser.screenshot("catalogue-targets");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.go("/catalogue/indicators");
        String indicators = browser.text("[data-testid=indicators]");
        assertThat(indicators).contains("6.2").contains("N° utenti inviati ai colloqui di selezione")
                .contains("Deve concordare con l'indicatore 10.1").contains("10.3").contains("Persone distinte");
        assertThat(browser.findAll("[data-testid=indicators] tbody tr")).hasSize(26);
        browser.screenshot("catalogue-indicators");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_versions_page_lists_every_version_and_each_stays_readable() {
        anonymous();
        browser.go("/catalogue/versions");
        assertThat(browser.text("[data-testid=versions]")).contains("piemonte-2012").contains("01/01/2012")
                .contains("Distribuita con l'applicazione");
        browser.screenshot("catalogue-versions");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.click("[data-testid=versions] a[href='/catalogue?version=piemonte-2012']");
        assertThat(browser.currentPath()).isEqualTo("/catalogue?version=piemonte-2012");
        assertThat(browser.text("[data-testid=version-shown]")).contains("piemonte-2012");
    }

    @Test
    void an_administrator_uploads_a_version_and_sees_a_refused_file_explained(@TempDir Path folder)
            throws IOException {
        browser.logIn("admin", "demo");
        browser.go("/admin/catalogue");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        Path broken = folder.resolve("rotta.yaml");
        String brokenId = UploadedVersionFiles.uniqueId("browser-broken");
        Files.writeString(broken, UploadedVersionFiles.withA2IndividualMinutes(brokenId, LocalDate.of(2090, 10, 1), -1),
                StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("version-file")).sendKeys(broken.toString());
        browser.click("#upload-version");
        assertThat(browser.text("#version-file-error")).contains("servizi.A2.modes[1].minMinutes");
        assertThat(browser.find("#version-file").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        Path valid = folder.resolve("nuova.yaml");
        String id = UploadedVersionFiles.uniqueId("browser");
        Files.writeString(valid, UploadedVersionFiles.withA2IndividualMinutes(id, LocalDate.of(2090, 10, 2), 35),
                StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("version-file")).sendKeys(valid.toString());
        browser.click("#upload-version");
        assertThat(browser.text("[role=status]")).contains("Versione del repertorio registrata");
        assertThat(browser.text("[data-testid=versions]")).contains(id).contains("02/10/2090")
                .contains("Caricata da un amministratore").doesNotContain(brokenId);
        browser.screenshot("admin-catalogue");
        browser.assertNoConsoleErrors();

        browser.go("/catalogue/services/A2?version=" + id);
        assertThat(browser.text("[data-testid=modes]")).contains("35 minuti");
        assertThat(browser.text("[data-testid=version-shown]")).contains(id).contains("Non in vigore oggi");
    }

    @Test
    void the_version_selector_works_from_the_keyboard() {
        anonymous();
        browser.go("/catalogue/indicators");
        browser.find("#version-select").sendKeys(Keys.HOME);
        browser.find("#version-show").sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("version="));
        assertThat(browser.currentPath()).isEqualTo("/catalogue/indicators?version=piemonte-2012");
        assertThat(browser.text("[data-testid=version-shown]")).contains("piemonte-2012");
    }
}
