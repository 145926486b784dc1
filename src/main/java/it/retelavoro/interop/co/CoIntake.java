package it.retelavoro.interop.co;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.interop.co.CoIntakeResult.Status;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake of the Comunicazioni Obbligatorie (issue 15, part 1): a request body of one UniLav or UniSomm
 * document, or a zip of many, from the regional CO node (role {@code INTEGRATION}, with its API token) or an
 * administrator's upload. Each document is applied in a transaction of its own, so that a refused one leaves the
 * others applied:
 * <ul>
 * <li>idempotent on {@code codiceComunicazione}: a code received before changes nothing and answers
 * {@link Status#ALREADY_RECEIVED} with what its first receipt answered;</li>
 * <li>a new communication is stored and gives or changes an employment of the worker's work history, attached to
 * the person of the registry with that codice fiscale (omocodia normalised), or kept until they are registered;</li>
 * <li>a rectification replaces the effects of the communication it names with its own, a cancellation reverses
 * them (the employment is folded again from what is left);</li>
 * <li>a document that cannot be read, or corrects what was never received, is refused with the reason (and the
 * line) and stored as received in the list of refused documents; nothing of it is applied.</li>
 * </ul>
 * Each application publishes {@link it.retelavoro.interop.CoEvents.CoApplied} or
 * {@link it.retelavoro.interop.CoEvents.CoCancelled}, and is audited ({@code CO_APPLY}); the request as a whole is
 * audited as {@code CO_RECEIVE} with its counts.
 */
@Service
public class CoIntake {

    private static final Logger log = LoggerFactory.getLogger(CoIntake.class);

    private static final String OBJECT = "CO_COMMUNICATION";

    private final CoBatchReader reader;
    private final CoApplication application;
    private final CoStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CoIntake(CoBatchReader reader, CoApplication application, CoStore store, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.reader = reader;
        this.application = application;
        this.store = store;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Receives a request body.
     *
     * @param body        one XML document or a zip of documents
     * @param contentType the body's type (see {@link CoBatchReader#read}); {@code null} to tell by its first bytes
     * @return one result per document, in the body's order
     * @throws AccessDeniedException when the caller is neither a system of the flows nor an administrator (audited)
     * @throws CoBatchException      when the body as a whole cannot be opened or goes over the limits: nothing is
     *                               applied
     */
    public List<CoIntakeResult> receive(byte[] body, String contentType, CurrentUser caller) {
        if (caller.role() != Role.INTEGRATION && caller.role() != Role.ADMIN) {
            audit.denied("CO_RECEIVE", OBJECT, null);
            throw new AccessDeniedException("Solo i sistemi dei flussi regionali e gli amministratori");
        }
        List<CoBatchEntry> entries;
        try {
            entries = reader.read(body == null ? new byte[0] : body, contentType);
        } catch (CoBatchException refused) {
            audit.failed("CO_RECEIVE", OBJECT, null, "body refused");
            throw refused;
        }
        List<CoIntakeResult> results = new ArrayList<>();
        for (CoBatchEntry entry : entries) {
            results.add(entry instanceof CoBatchEntry.Read read ? apply(read, caller)
                    : reject((CoBatchEntry.Refused) entry, caller));
        }
        transactions.executeWithoutResult(status -> audit.success("CO_RECEIVE", OBJECT, null,
                "received=%d applied=%d already=%d refused=%d".formatted(results.size(),
                        results.stream().filter(result -> result.status().applied()).count(),
                        count(results, Status.ALREADY_RECEIVED), count(results, Status.REFUSED))));
        return results;
    }

    private CoIntakeResult apply(CoBatchEntry.Read entry, CurrentUser caller) {
        CoDocument document = entry.document();
        byte[] raw = entry.raw();
        try {
            return transactions.execute(status -> application.apply(entry.name(), document, raw, caller));
        } catch (CoRefusal refusal) {
            return store(entry.name(), document.code().value(), refusal.getMessage(), 0, raw, caller);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // applied meanwhile by another request (the lock makes this rare): it is received
            return transactions.execute(status -> application.apply(entry.name(), document, raw, caller));
        } catch (RuntimeException unexpected) {
            // nothing of it was applied (its transaction rolled back); the others of the batch go on, and the flow may
            // send it again (its code was not received). The code only is logged: no worker's data.
            log.warn("Comunicazione {} non applicata per un errore interno", document.code().value(), unexpected);
            return store(entry.name(), document.code().value(), "Errore interno nell'applicare la comunicazione: "
                    + "nulla è stato applicato; inviarla di nuovo.", 0, raw, caller);
        }
    }

    private CoIntakeResult reject(CoBatchEntry.Refused entry, CurrentUser caller) {
        return store(entry.name(), null, entry.message(), entry.line(), entry.raw(), caller);
    }

    private CoIntakeResult store(String name, String code, String message, int line, byte[] raw, CurrentUser caller) {
        transactions.executeWithoutResult(status -> store.reject(name, code, message, line, raw, clock.instant(),
                caller.id()));
        return CoIntakeResult.refused(name, code, message, line);
    }

    private static long count(List<CoIntakeResult> results, Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }
}
