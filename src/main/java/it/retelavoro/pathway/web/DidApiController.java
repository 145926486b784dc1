package it.retelavoro.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.pathway.DidCertification;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.DidDeclarations;
import it.retelavoro.pathway.DidId;
import it.retelavoro.pathway.PathwayCommands.DidDeclaration;
import it.retelavoro.pathway.PathwayCommands.DidStatusChange;
import it.retelavoro.pathway.web.PathwayViews.DidView;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of a person's DID: its declaration, certification and changes of state, the CPI's queue. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Percorso della persona")
class DidApiController {

    private final DidDeclarations declarations;
    private final DidCertification certification;

    DidApiController(DidDeclarations declarations, DidCertification certification) {
        this.declarations = declarations;
        this.certification = certification;
    }

    record DidBody(LocalDate declaredOn, DidChannel channel, UUID cpiId) {
    }

    record CertificationBody(LocalDate certifiedOn) {
    }

    @PostMapping("/persons/{id}/did")
    @Operation(summary = "Registra la DID ricevuta; un'agenzia la invia al CPI competente per la certificazione",
            description = """
            Registra la dichiarazione di immediata disponibilità (DID) resa dalla persona, con giorno e canale \
            (declaredOn, channel). Un CPI la tiene da certificare; un'agenzia accreditata la invia subito al CPI con \
            sede nella provincia di residenza della persona, o a quello indicato in cpiId quando non ce n'è. Solo un \
            operatore dell'organizzazione che ha in carico la persona; 409 se la persona ha già una DID in vigore, \
            422 se il giorno cade in un mese chiuso o è troppo retrodatato.""")
    ResponseEntity<DidView> declareDid(@PathVariable UUID id, @RequestBody DidBody body, CurrentUser caller) {
        DidView did = DidView.of(declarations.declareDid(new PersonId(id), new DidDeclaration(body.declaredOn(),
                body.channel(), body.cpiId() == null ? null : new OrganisationId(body.cpiId())), caller));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/did")).body(did);
    }

    @GetMapping("/persons/{id}/did")
    @Operation(summary = "La DID in vigore della persona, con la storia dei suoi stati", description = """
            La DID in vigore della persona, o altrimenti l'ultima dichiarata, con gli stati che ha attraversato; 404 \
            se non ne è mai stata dichiarata una. Solo un operatore dell'organizzazione che ha in carico la persona; \
            la lettura è registrata nel registro di audit.""")
    DidView did(@PathVariable UUID id, CurrentUser caller) {
        return declarations.did(new PersonId(id), caller).map(DidView::of)
                .orElseThrow(() -> new NotFoundException("did", id));
    }

    @PostMapping("/persons/{id}/did/certification")
    @Operation(summary = "Certifica la DID (solo CPI: 403 per un'agenzia)", description = """
            Certifica la DID in attesa della persona nel giorno certifiedOn (oggi se assente; non prima della \
            dichiarazione né futuro). Solo un operatore di un CPI che ha in carico la persona: funzione esclusiva \
            dei CPI secondo il repertorio (certificazione della DID e dello status professionale), 403 per \
            un'agenzia accreditata. 404 se non c'è una DID da certificare; 422 se il giorno cade in un mese chiuso o \
            è troppo retrodatato.""")
    DidView certifyDid(@PathVariable UUID id, @RequestBody(required = false) CertificationBody body,
            CurrentUser caller, Locale locale) {
        return DidView.of(certification.certifyDid(new PersonId(id), body == null ? null : body.certifiedOn(), caller,
                locale));
    }

    record StatusChangeBody(LocalDate date, String reason) {

        DidStatusChange toChange() {
            return new DidStatusChange(date, reason);
        }
    }

    @PostMapping("/persons/{id}/did/suspension")
    @Operation(summary = "Sospende la DID certificata, con data e motivo (solo CPI: 403 per un'agenzia)",
            description = """
            Sospende la DID certificata della persona (per esempio per un lavoro breve) dal giorno date (oggi se \
            assente), con il motivo (reason). Solo un operatore del CPI della DID o di un CPI che ha in carico la \
            persona: funzione esclusiva dei CPI secondo il repertorio (certificazione della DID e dello status \
            professionale), 403 per un'agenzia accreditata. 404 senza DID in vigore, 409 se la DID non è \
            certificata; 400 per un giorno futuro o anteriore all'ultimo cambiamento.""")
    DidView suspendDid(@PathVariable UUID id, @RequestBody StatusChangeBody body, CurrentUser caller,
            Locale locale) {
        return DidView.of(certification.suspendDid(new PersonId(id), body.toChange(), caller, locale));
    }

    @PostMapping("/persons/{id}/did/reinstatement")
    @Operation(summary = "Rimette in vigore la DID sospesa, con data e motivo (solo CPI)", description = """
            Rimette in vigore la DID sospesa della persona dal giorno date (oggi se assente), con il motivo \
            (reason). Solo un operatore del CPI della DID o di un CPI che ha in carico la persona: funzione \
            esclusiva dei CPI secondo il repertorio (certificazione della DID e dello status professionale), 403 per \
            un'agenzia accreditata. 404 senza DID in vigore, 409 se la DID non è sospesa; 400 per un giorno futuro o \
            anteriore all'ultimo cambiamento.""")
    DidView reinstateDid(@PathVariable UUID id, @RequestBody StatusChangeBody body, CurrentUser caller,
            Locale locale) {
        return DidView.of(certification.reinstateDid(new PersonId(id), body.toChange(), caller, locale));
    }

    @PostMapping("/persons/{id}/did/revocation")
    @Operation(summary = "Revoca la DID in vigore, con data e motivo (solo CPI); una nuova DID potrà essere dichiarata",
            description = """
            Revoca la DID in vigore della persona, in qualunque stato, dal giorno date (oggi se assente), con il \
            motivo (reason); la persona potrà poi dichiararne una nuova. Solo un operatore del CPI della DID o di un \
            CPI che ha in carico la persona: funzione esclusiva dei CPI secondo il repertorio (certificazione della \
            DID e dello status professionale), 403 per un'agenzia accreditata. 404 senza DID in vigore; 400 per un \
            giorno futuro o anteriore all'ultimo cambiamento.""")
    DidView revokeDid(@PathVariable UUID id, @RequestBody StatusChangeBody body, CurrentUser caller,
            Locale locale) {
        return DidView.of(certification.revokeDid(new PersonId(id), body.toChange(), caller, locale));
    }

    @GetMapping("/did-requests")
    @Operation(summary = "Le DID inviate dalle agenzie al CPI dell'operatore, da certificare (solo CPI)",
            description = """
            Le DID dichiarate presso un'agenzia accreditata e inviate al CPI dell'operatore, in attesa di \
            certificazione, dalla più vecchia, con i dati della persona e l'agenzia che le ha ricevute. Solo un \
            operatore di un CPI; la lettura è registrata nel registro di audit.""")
    List<PathwayViews.DidRequestView> didRequests(CurrentUser caller) {
        return certification.didRequests(caller).stream().map(PathwayViews.DidRequestView::of).toList();
    }

    @PostMapping("/did-requests/{didId}/certification")
    @Operation(summary = "Certifica una DID ricevuta da un'agenzia (solo CPI)", description = """
            Certifica, nel giorno certifiedOn (oggi se assente), una DID che un'agenzia accreditata ha inviato al \
            CPI dell'operatore. Solo un operatore di un CPI: funzione esclusiva dei CPI secondo il repertorio \
            (certificazione della DID e dello status professionale), 403 per un'agenzia accreditata. 404 se la DID \
            non è in attesa presso il CPI dell'operatore; 422 se il giorno cade in un mese chiuso o è troppo \
            retrodatato.""")
    DidView certifyRequest(@PathVariable UUID didId, @RequestBody(required = false) CertificationBody body,
            CurrentUser caller, Locale locale) {
        return DidView.of(certification.certifyRequest(new DidId(didId), body == null ? null : body.certifiedOn(),
                caller,
                locale));
    }
}
