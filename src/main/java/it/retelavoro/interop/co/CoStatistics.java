package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEmploymentsForStatistics;
import it.retelavoro.interop.CoEvents.EventKind;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employments of the work history for the statistics of other modules ({@link CoEmploymentsForStatistics}): the
 * stored fold, with what the contract planned folded again from the same communications without the cessations.
 */
@Service
@Transactional(readOnly = true)
class CoStatistics implements CoEmploymentsForStatistics {

    private final CoStore store;
    private final CoWorkHistoryQueries history;
    private final CoCodeTables codeTables;

    CoStatistics(CoStore store, CoWorkHistoryQueries history, CoCodeTables codeTables) {
        this.history = history;
        this.store = store;
        this.codeTables = codeTables;
    }

    @Override
    public Optional<EmploymentForStatistics> employment(CoEmploymentId id) {
        return history.employment(id).filter(employment -> employment.personId() != null).map(this::forStatistics);
    }

    private EmploymentForStatistics forStatistics(CoEmployment employment) {
        // What was planned: the same communications folded without the cessations, which end early what they end.
        // An employment told by cessations only has no plan but its end.
        Optional<CoEmployment> planned = CoEmployment.fold(employment.id(), store.appliedTo(employment.id()).stream()
                .filter(communication -> communication.eventKind() != EventKind.CESSATION).toList(),
                codeTables::isOpenEnded);
        LocalDate plannedEnd = planned.isPresent() ? planned.get().endDate() : employment.endDate();
        boolean openEnded = codeTables.isOpenEnded(employment.contractTypeCode()) || plannedEnd == null;
        LocalDate start = employment.startDate();
        boolean sixMonths = openEnded
                || start != null && !plannedEnd.isBefore(start.plusMonths(6).minusDays(1));
        return new EmploymentForStatistics(employment.id(), employment.personId(), start, employment.endDate(),
                employment.contractTypeCode(), openEnded, sixMonths,
                codeTables.isInternship(employment.contractTypeCode()));
    }
}
