package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.co.CoStore.Received;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * What {@link CoStore} knows and has still to write within one transaction that applies several documents
 * ({@link CoIntake} applies a body's documents together): the rows of the documents' codes and of their employer and
 * worker pairs, read in a few queries once the transaction holds the locks of those codes and pairs (so nobody else
 * changes them meanwhile), and the writes, sent in batches when the transaction is about to commit or before any
 * query the store cannot answer from here.
 *
 * <p>An employment id the store never handed out in this transaction is one {@link CoApplication} has just made
 * ({@link CoEmploymentId#random()}): nothing is applied to it yet. Reads of the store are the only way the
 * application learns an existing employment's id, so the store tells new from existing without asking PostgreSQL.
 */
final class CoWorkUnit implements TransactionSynchronization {

    /** An employment as the lookups by employer and worker need it. */
    record EmploymentRow(CoEmploymentId id, LocalDate start, LocalDate cessation, Instant updatedAt) {
    }

    private static final Comparator<EmploymentRow> LATEST_UPDATE = Comparator.comparing(EmploymentRow::updatedAt);
    /** {@code order by start_date desc nulls last, updated_at desc}: the greatest first. */
    private static final Comparator<EmploymentRow> LATEST_START = Comparator
            .comparing(EmploymentRow::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(EmploymentRow::updatedAt);

    final CoStore store;
    private final Map<String, Optional<Received>> received = new HashMap<>();
    private final Map<String, List<EmploymentRow>> employmentsByPair = new HashMap<>();
    private final Map<CoEmploymentId, List<CoCommunication>> applied = new HashMap<>();
    private final Set<CoEmploymentId> handedOut = new HashSet<>();
    private final Map<CoEmploymentId, SqlParameterSource> savedEmployments = new LinkedHashMap<>();
    private final List<SqlParameterSource> insertedCommunications = new ArrayList<>();
    private final List<SqlParameterSource> corrections = new ArrayList<>();
    private final Set<CoEmploymentId> deletedEmployments = new LinkedHashSet<>();

    CoWorkUnit(CoStore store) {
        this.store = store;
    }

    static String pair(String employerFiscalCode, String workerFiscalCode) {
        return employerFiscalCode + ':' + workerFiscalCode;
    }

    // --- what was read when the transaction began --------------------------------------------------------

    void knownCode(String code, Optional<Received> row) {
        received.put(code, row);
        row.map(Received::employmentId).ifPresent(handedOut::add);
    }

    void knownPair(String pair) {
        employmentsByPair.putIfAbsent(pair, new ArrayList<>());
    }

    void knownEmployment(String pair, EmploymentRow row) {
        employmentsByPair.computeIfAbsent(pair, key -> new ArrayList<>()).add(row);
        applied.putIfAbsent(row.id(), new ArrayList<>());
        handedOut.add(row.id());
    }

    void knownApplied(CoEmploymentId employment, CoCommunication communication) {
        applied.computeIfAbsent(employment, key -> new ArrayList<>()).add(communication);
    }

    /** An id a query of the store returned: from now on it is an existing employment. */
    void handedOut(CoEmploymentId employment) {
        if (employment != null) {
            handedOut.add(employment);
        }
    }

    // --- answers, {@code null} when the store must ask PostgreSQL -----------------------------------------

    Optional<Received> received(String code) {
        return received.get(code);
    }

    Optional<CoEmploymentId> employmentStartedOn(String pair, LocalDate start) {
        List<EmploymentRow> rows = employmentsByPair.get(pair);
        return rows == null ? null : rows.stream().filter(row -> start.equals(row.start())).max(LATEST_UPDATE)
                .map(EmploymentRow::id);
    }

    Optional<CoEmploymentId> latestOpenEmployment(String pair) {
        List<EmploymentRow> rows = employmentsByPair.get(pair);
        return rows == null ? null : rows.stream().filter(row -> row.cessation() == null).max(LATEST_START)
                .map(EmploymentRow::id);
    }

    List<CoCommunication> appliedTo(CoEmploymentId employment) {
        List<CoCommunication> communications = applied.get(employment);
        if (communications == null && !handedOut.contains(employment)) {
            communications = new ArrayList<>();
            applied.put(employment, communications);
        }
        return communications == null ? null : List.copyOf(communications);
    }

    // --- writes ---------------------------------------------------------------------------------------------

    void inserted(CoCommunication communication, CoEmploymentId employment, CoIntakeResult.Status outcome,
            SqlParameterSource row) {
        received.put(communication.code(), Optional.of(new Received(communication, employment,
                CoCommunicationState.APPLIED, null, outcome)));
        if (employment != null) {
            applied.computeIfPresent(employment, (key, list) -> {
                list.add(communication);
                return list;
            });
        }
        insertedCommunications.add(row);
    }

    void corrected(String code, CoCommunicationState state, String correctedBy, SqlParameterSource row) {
        received.computeIfPresent(code, (key, found) -> found.map(was -> new Received(was.communication(),
                was.employmentId(), state, correctedBy, was.outcome())));
        applied.values().forEach(list -> list.removeIf(communication -> communication.code().equals(code)));
        corrections.add(row);
    }

    void saved(CoEmployment employment, Instant at, SqlParameterSource row) {
        List<EmploymentRow> rows = employmentsByPair.get(pair(employment.employerFiscalCode(),
                employment.workerFiscalCode()));
        if (rows != null) {
            rows.removeIf(existing -> existing.id().equals(employment.id()));
            rows.add(new EmploymentRow(employment.id(), employment.startDate(), employment.cessationDate(), at));
        }
        savedEmployments.put(employment.id(), row);
    }

    void deleted(CoEmploymentId employment) {
        employmentsByPair.values().forEach(rows -> rows.removeIf(row -> row.id().equals(employment)));
        applied.remove(employment);
        deletedEmployments.add(employment);
    }

    boolean hasWrites() {
        return !savedEmployments.isEmpty() || !insertedCommunications.isEmpty() || !corrections.isEmpty()
                || !deletedEmployments.isEmpty();
    }

    /**
     * The writes in the order that gives the rows per-document transactions would: every employment saved with
     * its last state (one deleted later too, since the communications inserted name it), the communications, their
     * corrections, then the deletions (which unlink the communications, as the foreign key says).
     */
    Writes takeWrites() {
        Writes writes = new Writes(List.copyOf(savedEmployments.values()), List.copyOf(insertedCommunications),
                List.copyOf(corrections), List.copyOf(deletedEmployments));
        savedEmployments.clear();
        insertedCommunications.clear();
        corrections.clear();
        deletedEmployments.clear();
        return writes;
    }

    record Writes(List<SqlParameterSource> employments, List<SqlParameterSource> communications,
            List<SqlParameterSource> corrections, List<CoEmploymentId> deletions) {
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        store.flush(this);
    }
}
