package it.retelavoro.interop.co;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.interop.co.CoIntakeResult.Status;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake of the Comunicazioni Obbligatorie (issue 15, part 1): a request body of one UniLav or UniSomm
 * document, or a zip of many, from the regional CO node (role {@code INTEGRATION}, with its API token) or an
 * administrator's upload. Each document is applied as if in a transaction of its own, so that a refused one leaves
 * the others applied (how: {@link #receive}):
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
    /** Documents applied in one transaction: one commit for many, and little to do again when one is refused. */
    static final int TOGETHER = 100;
    /** Times a document alone is tried again when its transaction lost a deadlock or a lock wait. */
    private static final int RETRIES = 3;

    private final CoBatchReader reader;
    private final CoApplication application;
    private final CoStore store;
    private final TransactionLocks locks;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CoIntake(CoBatchReader reader, CoApplication application, CoStore store, TransactionLocks locks, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.reader = reader;
        this.application = application;
        this.store = store;
        this.locks = locks;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Receives a request body. Its documents are applied in their order, up to {@value #TOGETHER} in one
     * transaction: the transaction first takes the locks of their codes and of their employer and worker pairs and
     * reads what the store needs of them at once ({@link CoStore#begin}), and its writes go in batches. When a
     * document is refused or fails, nothing of that transaction is kept: the documents before it are applied again
     * together, it alone in a transaction of its own, and the documents after it together, so that the outcome is
     * the one of a transaction per document.
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
        CoIntakeResult[] applied = new CoIntakeResult[entries.size()];
        for (int from = 0; from < entries.size(); from += TOGETHER) {
            applyTogether(entries, from, Math.min(entries.size(), from + TOGETHER), applied, caller);
        }
        List<CoIntakeResult> results = List.of(applied);
        transactions.executeWithoutResult(status -> audit.success("CO_RECEIVE", OBJECT, null,
                "received=%d applied=%d already=%d refused=%d".formatted(results.size(),
                        results.stream().filter(result -> result.status().applied()).count(),
                        count(results, Status.ALREADY_RECEIVED), count(results, Status.REFUSED))));
        return results;
    }

    /** Applies the entries {@code [from, to)} together; one that is refused or fails, alone. */
    private void applyTogether(List<CoBatchEntry> entries, int from, int to, CoIntakeResult[] results,
            CurrentUser caller) {
        int start = from;
        while (start < to) {
            int failed = together(entries, start, to, results, caller);
            if (failed == to) {
                return;
            }
            if (failed < 0) {
                // failed when its writes were sent or at the commit: no entry to blame, each goes alone
                for (int i = start; i < to; i++) {
                    results[i] = alone(entries.get(i), caller);
                }
                return;
            }
            if (failed > start) {
                applyTogether(entries, start, failed, results, caller);
            }
            results[failed] = alone(entries.get(failed), caller);
            start = failed + 1;
        }
    }

    /**
     * One transaction for the entries {@code [from, to)}.
     *
     * @return {@code to} when all were applied (their results set); else, nothing of them kept, the index of the one
     *         that was refused or failed, or -1 when the failure came after the last of them
     */
    private int together(List<CoBatchEntry> entries, int from, int to, CoIntakeResult[] results,
            CurrentUser caller) {
        CoIntakeResult[] applied = new CoIntakeResult[to - from];
        int[] current = {from};
        try {
            transactions.executeWithoutResult(status -> {
                prepare(entries.subList(from, to));
                for (; current[0] < to; current[0]++) {
                    CoBatchEntry entry = entries.get(current[0]);
                    applied[current[0] - from] = entry instanceof CoBatchEntry.Read read
                            ? application.apply(read.name(), read.document(), read.raw(), caller)
                            : rejectHere((CoBatchEntry.Refused) entry, caller);
                }
                current[0] = -1;
                store.flush();
            });
        } catch (RuntimeException refusedOrFailed) {
            return current[0];
        }
        System.arraycopy(applied, 0, results, from, applied.length);
        return to;
    }

    /**
     * Takes the locks {@link CoApplication} takes for each document, all at once and in the order of their keys (so
     * that two bodies with documents in common wait for each other, never in a circle), then has the store read
     * what it will be asked about them.
     */
    private void prepare(List<CoBatchEntry> entries) {
        Set<String> codes = new TreeSet<>();
        Map<String, List<String>> pairs = new TreeMap<>();
        for (CoBatchEntry entry : entries) {
            if (entry instanceof CoBatchEntry.Read read) {
                CoDocument document = read.document();
                codes.add(document.code().value());
                String employer = document.employer().fiscalCode();
                String worker = CoCommunication.fiscalCodeKey(document.worker().fiscalCode());
                pairs.put(employer + ':' + worker, List.of(employer, worker));
            }
        }
        locks.lock(CoApplication.CODE_LOCK, codes);
        locks.lock(CoApplication.EMPLOYMENT_LOCK, pairs.keySet());
        store.begin(codes, pairs.values());
    }

    /** One document in a transaction of its own: applied, or refused and kept. */
    private CoIntakeResult alone(CoBatchEntry entry, CurrentUser caller) {
        if (entry instanceof CoBatchEntry.Refused refused) {
            return reject(refused, caller);
        }
        CoBatchEntry.Read read = (CoBatchEntry.Read) entry;
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(read, caller);
            } catch (ConcurrencyFailureException lostALockWait) {
                if (attempt > RETRIES) {
                    throw lostALockWait;
                }
            }
        }
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
        } catch (ConcurrencyFailureException lostALockWait) {
            // tried again by the caller
            throw lostALockWait;
        } catch (RuntimeException unexpected) {
            // nothing of it was applied (its transaction rolled back); the others of the batch go on, and the flow may
            // send it again (its code was not received). The code only is logged: no worker's data.
            log.warn("Comunicazione {} non applicata per un errore interno", document.code().value(), unexpected);
            return store(entry.name(), document.code().value(), "Errore interno nell'applicare la comunicazione: "
                    + "nulla è stato applicato; inviarla di nuovo.", 0, raw, caller);
        }
    }

    /** A document the reader refused, kept within the transaction of the documents around it. */
    private CoIntakeResult rejectHere(CoBatchEntry.Refused entry, CurrentUser caller) {
        store.reject(entry.name(), null, entry.message(), entry.line(), entry.raw(), clock.instant(), caller.id());
        return CoIntakeResult.refused(entry.name(), null, entry.message(), entry.line());
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
