package it.retelavoro.desk.web;

import io.swagger.v3.oas.annotations.Parameter;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.desk.ActionsDue;
import it.retelavoro.desk.Paging;
import it.retelavoro.desk.PersonCaseload;
import it.retelavoro.desk.PersonFilter;
import it.retelavoro.desk.Stage;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.UserId;
import java.util.UUID;

/**
 * The query parameters of the persons' caseload, the same for the page, the API and the CSV.
 */
record PersonParams(
        @Parameter(description = "testo libero: inizio di \"cognome nome\" o \"nome cognome\", o codice fiscale")
        String q,
        @Parameter(description = "stato del percorso") Stage stage,
        @Parameter(description = "azioni del PAI scadute (OVERDUE), in scadenza entro 14 giorni (DUE_SOON) o "
                + "entrambe (DUE_OR_OVERDUE)") ActionsDue actions,
        @Parameter(description = "nessun servizio registrato da almeno tanti giorni (o mai)") Integer noContactDays,
        @Parameter(description = "operatore responsabile") UUID operatorId,
        @Parameter(description = "true: solo le persone assegnate a chi chiama") Boolean mine,
        @Parameter(description = "true: solo le persone non assegnate") Boolean unassigned,
        @Parameter(description = "target complesso (solo per chi può vederlo)") ComplexTarget complexTarget,
        @Parameter(description = "pagina, da 0") Integer page,
        @Parameter(description = "righe per pagina, da 1 a 200 (20)") Integer size,
        @Parameter(description = "campo,asc|desc (lastName,asc)") String sort,
        @Parameter(description = "chiave della pagina: nextKey o previousKey della pagina accanto (facoltativa)")
        String key,
        @Parameter(description = "righe per pagina, da 1 a 200 (20): il nome raccomandato dalle linee guida per size, "
                + "che resta valido; se ci sono entrambi vale size") Integer limit,
        @Parameter(description = "il cursore della pagina: il nome raccomandato dalle linee guida per key, che resta "
                + "valido; se ci sono entrambi vale key") String cursor) {

    PersonFilter filter(CurrentUser caller) {
        UserId operator = Boolean.TRUE.equals(mine) ? caller.id() : operatorId == null ? null : new UserId(operatorId);
        return new PersonFilter(q, stage, actions, noContactDays, operator, unassigned, complexTarget);
    }

    Paging paging() {
        return Paging.of(page, size != null ? size : limit, sort, PersonCaseload.SORTABLE, "lastName")
                .withKey(key != null ? key : cursor);
    }
}
