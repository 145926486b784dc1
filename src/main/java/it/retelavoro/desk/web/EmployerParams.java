package it.retelavoro.desk.web;

import io.swagger.v3.oas.annotations.Parameter;
import it.retelavoro.desk.EmployerCaseload;
import it.retelavoro.desk.EmployerFilter;
import it.retelavoro.desk.Paging;

/**
 * The query parameters of the companies' caseload, the same for the page, the API and the CSV.
 */
record EmployerParams(
        @Parameter(description = "testo libero: inizio della ragione sociale, o codice fiscale / partita IVA")
        String q,
        @Parameter(description = "Patto di Servizio aziendale in vigore (true) o no (false)") Boolean pactInForce,
        @Parameter(description = "true: solo imprese con offerte di lavoro aperte") Boolean openVacancies,
        @Parameter(description = "true: solo imprese con invii a colloquio in attesa di riscontro")
        Boolean awaitingFeedback,
        @Parameter(description = "pagina, da 0") Integer page,
        @Parameter(description = "righe per pagina, da 1 a 200 (20)") Integer size,
        @Parameter(description = "campo,asc|desc (name,asc)") String sort,
        @Parameter(description = "righe per pagina, da 1 a 200 (20): il nome raccomandato dalle linee guida per size, "
                + "che resta valido; se ci sono entrambi vale size") Integer limit) {

    EmployerFilter filter() {
        return new EmployerFilter(q, pactInForce, openVacancies, awaitingFeedback);
    }

    Paging paging() {
        return Paging.of(page, size != null ? size : limit, sort, EmployerCaseload.SORTABLE, "name");
    }
}
