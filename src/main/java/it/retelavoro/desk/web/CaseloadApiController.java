package it.retelavoro.desk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.desk.CaseloadEmployer;
import it.retelavoro.desk.CaseloadPage;
import it.retelavoro.desk.CaseloadPerson;
import it.retelavoro.desk.EmployerCaseload;
import it.retelavoro.desk.Paging;
import it.retelavoro.desk.PersonCaseload;
import it.retelavoro.desk.Stage;
import it.retelavoro.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caseload lists of the API: {@code GET /api/v1/persons?inCharge=true} and
 * {@code GET /api/v1/employers?inCharge=true} (paged: {@code page} from 0, {@code size} up to 200, {@code sort}
 * as {@code field,asc|desc}; the body carries the total), beside the search by name or codice fiscale the person
 * and employer modules answer without {@code inCharge=true}; and the same lists as CSV ({@code .csv}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Scrivania", description = "Persone e imprese in carico dell'organizzazione dell'operatore")
@SecurityRequirement(name = "basicAuth")
class CaseloadApiController {

    private final PersonCaseload persons;
    private final EmployerCaseload employers;
    private final CaseloadCsv csv;

    CaseloadApiController(PersonCaseload persons, EmployerCaseload employers, CaseloadCsv csv) {
        this.persons = persons;
        this.employers = employers;
        this.csv = csv;
    }

    @GetMapping(path = "/persons", params = "inCharge=true")
    @Operation(summary = "Le persone in carico all'organizzazione dell'operatore, filtrate, ordinate e paginate",
            description = """
                    Con inCharge=true: le persone in carico al CPI o all'agenzia accreditata dell'operatore, con stato \
                    del percorso (DID, Patto di servizio, PAI), ultimo contatto, prossima scadenza del PAI e operatore \
                    responsabile; page da 0, size da 1 a 200, sort tra lastName, firstName, fiscalCode, stage, \
                    lastContact, nextDue, registeredAt (con ,asc o ,desc), il corpo porta il totale. Per scorrere una \
                    lista lunga: la pagina dopo con page+1 e key=nextKey, quella prima con page-1 e key=previousKey. \
                    Solo un operatore (403 per gli altri ruoli); complexTarget solo per chi può vedere quel target \
                    (403 altrimenti). Senza inCharge=true la stessa operazione cerca per fiscalCode o name.""")
    CaseloadPage<PersonRow> persons(@ParameterObject PersonParams filter, CurrentUser caller) {
        Paging paging = filter.paging();
        CaseloadPage<CaseloadPerson> page = persons.page(filter.filter(caller), paging, caller);
        LocalDate today = persons.today();
        return page.withContent(page.content().stream().map(person -> PersonRow.of(person, today)).toList());
    }

    @GetMapping(path = "/persons.csv")
    @Operation(summary = "Le persone in carico, tutte quelle che passano i filtri, in CSV (stessi parametri)",
            description = """
                    Scarica in CSV (RFC 4180, separato da virgole, UTF-8) tutte le persone in carico \
                    all'organizzazione dell'operatore che passano i filtri, nell'ordine di sort (page, size e key non \
                    limitano le righe): cognome, nome, codice fiscale, stato del percorso, ultimo contatto, prossima \
                    scadenza, operatore, con intestazioni e date nella lingua della richiesta. Solo un operatore (403 \
                    per gli altri ruoli).""")
    void personsCsv(@ParameterObject PersonParams filter, CurrentUser caller, Locale locale, HttpServletResponse response)
            throws IOException {
        csv.persons(filter.filter(caller), filter.paging(), caller, locale, response);
    }

    @GetMapping(path = "/employers", params = "inCharge=true")
    @Operation(summary = "Le imprese in carico all'organizzazione dell'operatore, filtrate, ordinate e paginate",
            description = """
                    Con inCharge=true: le imprese in carico al CPI o all'agenzia accreditata dell'operatore, con Patto \
                    di servizio aziendale in vigore, offerte aperte e invii a colloquio in attesa di riscontro; page \
                    da 0, size da 1 a 200, sort tra name, fiscalCode, openVacancies, awaitingFeedback (con ,asc o \
                    ,desc), il corpo porta il totale. Solo un operatore (403 per gli altri ruoli). Senza inCharge=true \
                    la stessa operazione cerca le imprese per fiscalCode o name.""")
    CaseloadPage<CaseloadEmployer> employers(@ParameterObject EmployerParams filter, CurrentUser caller) {
        return employers.page(filter.filter(), filter.paging(), caller);
    }

    @GetMapping(path = "/employers.csv")
    @Operation(summary = "Le imprese in carico, tutte quelle che passano i filtri, in CSV (stessi parametri)",
            description = """
                    Scarica in CSV (RFC 4180, separato da virgole, UTF-8) tutte le imprese in carico \
                    all'organizzazione dell'operatore che passano i filtri, nell'ordine di sort (page e size non \
                    limitano le righe): ragione sociale, codice fiscale, ATECO, Patto in vigore, offerte aperte, invii \
                    a colloquio in attesa di riscontro, con intestazioni nella lingua della richiesta. Solo un \
                    operatore (403 per gli altri ruoli).""")
    void employersCsv(@ParameterObject EmployerParams filter, CurrentUser caller, Locale locale, HttpServletResponse response)
            throws IOException {
        csv.employers(filter.filter(), filter.paging(), caller, locale, response);
    }

    /** A person of the caseload as the API sends it. */
    record PersonRow(UUID id, String fiscalCode, String lastName, String firstName, Stage stage,
            LocalDate lastContact, LocalDate nextDue, boolean overdue, UUID assignedOperatorId,
            String assignedOperatorName) {

        static PersonRow of(CaseloadPerson person, LocalDate today) {
            return new PersonRow(person.personId(), person.fiscalCode(), person.lastName(), person.firstName(),
                    person.stage(), person.lastContact(), person.nextDue(), person.overdue(today),
                    person.assignedOperator(), person.operatorName());
        }
    }
}
