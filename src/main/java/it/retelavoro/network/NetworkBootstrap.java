package it.retelavoro.network;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.network.NetworkCommands.NewOrganisation;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkCommands.SiteDetails;
import it.retelavoro.platform.DemoData;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure someone can log in. On the embedded default, an empty database gets the demo network; on an
 * external database, the first administrator comes from {@code RETELAVORO_ADMIN_USERNAME} and
 * {@code RETELAVORO_ADMIN_PASSWORD}, and without either the application refuses to start.
 */
@Component
@Order(10)
class NetworkBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(NetworkBootstrap.class);

    private final NetworkManagement network;
    private final Supervisors supervisors;
    private final DemoData demoData;
    private final TransactionTemplate transaction;
    private final String adminUsername;
    private final String adminPassword;
    private final String regionName;
    private final String regionFiscalCode;

    NetworkBootstrap(NetworkManagement network, Supervisors supervisors, DemoData demoData, TransactionTemplate transaction,
            @Value("${retelavoro.admin.username:${RETELAVORO_ADMIN_USERNAME:}}") String adminUsername,
            @Value("${retelavoro.admin.password:${RETELAVORO_ADMIN_PASSWORD:}}") String adminPassword,
            @Value("${retelavoro.region.name:Regione Piemonte}") String regionName,
            @Value("${retelavoro.region.fiscal-code:80087670016}") String regionFiscalCode) {
        this.network = network;
        this.supervisors = supervisors;
        this.demoData = demoData;
        this.transaction = transaction;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.regionName = regionName;
        this.regionFiscalCode = regionFiscalCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (demoData.enabled() && network.isEmpty()) {
                seedDemoNetwork();
            }
            if (!network.hasEnabledAdministrator()) {
                createFirstAdministrator();
            }
        });
    }

    private void createFirstAdministrator() {
        if (adminUsername == null || adminUsername.isBlank() || adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("""
                    Nessun amministratore nel database. Impostare RETELAVORO_ADMIN_USERNAME e \
                    RETELAVORO_ADMIN_PASSWORD (almeno %d caratteri) per creare il primo amministratore."""
                    .formatted(NetworkManagement.MIN_PASSWORD_LENGTH));
        }
        Organisation region = network.region().orElseGet(() -> network.register(
                        new NewOrganisation(regionName, OrganisationKind.REGION, regionFiscalCode, null)));
        network.create(new NewUser(adminUsername, adminPassword, adminUsername, null, Role.ADMIN, region.id(),
                Set.of(), Set.of()), true);
        log.info("Creato il primo amministratore '{}'", adminUsername.strip().toLowerCase());
    }

    private void seedDemoNetwork() {
        Organisation region = network.register(
                new NewOrganisation("Regione Piemonte", OrganisationKind.REGION, "80087670016", null));
        // Fictitious fiscal codes with valid check digits: the demo must not carry real identifiers.
        Organisation torino = network.register(new NewOrganisation("CPI Torino", OrganisationKind.CPI,
                "01000000016", null));
        Organisation cuneo = network.register(new NewOrganisation("CPI Cuneo", OrganisationKind.CPI,
                "01000000016", null));
        Organisation alfa = network.register(new NewOrganisation("Alfa Lavoro", OrganisationKind.ACCREDITED_AGENCY,
                "02000000014", "Accreditamento regionale n. DEMO-001"));

        Set<SiteFeature> full = EnumSet.allOf(SiteFeature.class);
        Set<SiteFeature> counterOnly = EnumSet.of(SiteFeature.COUNTER_WITH_WAITING_AREA,
                SiteFeature.JOB_OPPORTUNITY_BOARD, SiteFeature.SELF_CONSULTATION_SPACE,
                SiteFeature.INDIVIDUAL_INTERVIEW_SPACE, SiteFeature.PC_WITH_INTERNET, SiteFeature.UPDATED_WEBSITE,
                SiteFeature.PHONE_EMAIL_CONTACT);
        Site torinoCentro = network.open(torino, new SiteDetails("CPI Torino - Sede di via Bologna",
                "Via Bologna 153, Torino", "L219", full));
        Site torinoSportello = network.open(torino, new SiteDetails("CPI Torino - Sportello di Moncalieri",
                "Via Roma 10, Moncalieri", "F335", counterOnly));
        Site cuneoSede = network.open(cuneo, new SiteDetails("CPI Cuneo - Sede",
                "Corso Dante 41, Cuneo", "D205", full));
        Set<SiteFeature> agency = EnumSet.complementOf(EnumSet.of(SiteFeature.GROUP_CLASSROOM));
        Site alfaSede = network.open(alfa, new SiteDetails("Alfa Lavoro - Filiale di Torino",
                "Corso Vittorio Emanuele II 90, Torino", "L219", agency));

        network.create(new NewUser("admin", DEMO_PASSWORD, "Amministratore di rete", null, Role.ADMIN, region.id(),
                Set.of(), Set.of()), false);
        network.create(new NewUser("regione", DEMO_PASSWORD, "Analista regionale", null, Role.ANALYST, region.id(),
                Set.of(), Set.of()), false);
        network.create(new NewUser("flussi.nazionali", DEMO_PASSWORD, "Nodo dei flussi nazionali", null,
                Role.INTEGRATION, region.id(), Set.of(), Set.of()), false);
        network.create(new NewUser("cpi.torino", DEMO_PASSWORD, "Operatrice CPI Torino", null, Role.OPERATOR,
                torino.id(), Set.of(torinoCentro.id(), torinoSportello.id()),
                EnumSet.of(Competence.DISABILITY_EXPERIENCE, Competence.FOREIGN_LANGUAGES)), false);
        network.create(new NewUser("cpi.cuneo", DEMO_PASSWORD, "Operatore CPI Cuneo", null, Role.OPERATOR,
                cuneo.id(), Set.of(cuneoSede.id()), EnumSet.of(Competence.PRISON_EXPERIENCE)), false);
        network.create(new NewUser("agenzia.alfa", DEMO_PASSWORD, "Operatrice Alfa Lavoro", null, Role.OPERATOR,
                alfa.id(), Set.of(alfaSede.id()), EnumSet.of(Competence.CULTURAL_MEDIATION,
                        Competence.FOREIGN_LANGUAGES)), false);
        UserAccount supervisor = network.create(new NewUser("supervisore.torino", DEMO_PASSWORD,
                "Supervisore CPI Torino", null, Role.OPERATOR, torino.id(), Set.of(torinoCentro.id()),
                Set.of()), false);
        supervisors.grant(supervisor);

        log.info("""

                ============================================================
                 Rete demo creata. Accessi (password: {}):
                   admin         amministratore
                   regione       analista regionale
                   flussi.nazionali  sistema esterno dei flussi (solo le sue API)
                   cpi.torino    operatrice del CPI Torino
                   cpi.cuneo     operatore del CPI Cuneo
                   agenzia.alfa  operatrice dell'agenzia Alfa Lavoro
                   supervisore.torino  supervisore del CPI Torino (annullamenti tardivi)
                ============================================================""", DEMO_PASSWORD);
    }
}
