package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.person.PersonId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One employment relationship of the work history, as the communications still applied to it tell it: never edited,
 * only {@linkplain #fold folded} again from them after each change (a new communication, a rectification, a
 * cancellation), so a correction or a reversal cannot leave a trace of what it undid.
 *
 * @param personId             the worker in the registry, {@code null} while not registered
 * @param workerFiscalCode     the worker's codice fiscale, normalised
 * @param workerDomicileComune the comune of the worker's domicile the latest communication gives (cadastral code)
 * @param endDate              {@code null} while open-ended
 */
record CoEmployment(CoEmploymentId id, PersonId personId, String workerFiscalCode, String workerDomicileComune,
        String employerFiscalCode, String employerName, String atecoCode, String workplaceComune,
        String userCompanyFiscalCode, String userCompanyName, LocalDate startDate, LocalDate endDate,
        String contractTypeCode, String workingTimeCode, String occupationCode, LocalDate cessationDate,
        String cessationCauseCode) {

    /**
     * Hires first (a relationship starts before anything happens to it), then the other communications in their
     * order ({@link CoCommunication#appliesAt}, then code): a rectification takes the place of what it replaced.
     */
    static final Comparator<CoCommunication> ORDER = Comparator
            .comparing((CoCommunication communication) -> communication.eventKind() == EventKind.HIRE ? 0 : 1)
            .thenComparing(CoCommunication::appliesAt).thenComparing(CoCommunication::code);

    /**
     * The employment the communications tell, empty when none is left (all cancelled or replaced elsewhere).
     * Cancellations are not folded: their effect is that what they cancel is no longer in the list.
     *
     * <ul>
     * <li>a hire sets the employer, the start and end, contract type, working time, occupation;</li>
     * <li>an extension moves the end to the date it extends to;</li>
     * <li>a transformation changes the contract type and the working time it gives; to an open-ended contract it
     * removes the end;</li>
     * <li>a cessation sets the end, the day and the cause of the cessation.</li>
     * </ul>
     * The identity (worker, employer, places, person) is that of the last communication folded that gives it; a
     * later communication's start fills a start no hire gave (the hire was not received).
     *
     * @param openEnded whether a CO contract type is open-ended (its {@code employer.ContractType} is PERMANENT)
     */
    static Optional<CoEmployment> fold(CoEmploymentId id, List<CoCommunication> applied,
            Predicate<String> openEnded) {
        List<CoCommunication> ordered = applied.stream().filter(communication -> !communication.isCancellation())
                .sorted(ORDER).toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        Builder employment = new Builder();
        for (CoCommunication communication : ordered) {
            employment.identity(communication);
            switch (communication.eventKind()) {
                case HIRE -> {
                    employment.startDate = communication.startDate();
                    employment.endDate = communication.endDate();
                    employment.contractTypeCode = communication.contractTypeCode();
                    employment.workingTimeCode = or(communication.workingTimeCode(), employment.workingTimeCode);
                    employment.occupationCode = or(communication.occupationCode(), employment.occupationCode);
                }
                case EXTENSION -> {
                    employment.fillStart(communication);
                    employment.endDate = communication.endDate();
                    employment.contractTypeCode = or(communication.contractTypeCode(), employment.contractTypeCode);
                }
                case TRANSFORMATION -> {
                    employment.fillStart(communication);
                    employment.contractTypeCode = or(communication.contractTypeCode(), employment.contractTypeCode);
                    employment.workingTimeCode = or(communication.workingTimeCode(), employment.workingTimeCode);
                    if (communication.contractTypeCode() != null && openEnded.test(communication.contractTypeCode())
                            && employment.cessationDate == null) {
                        employment.endDate = null;
                    }
                }
                case CESSATION -> {
                    employment.fillStart(communication);
                    employment.endDate = communication.eventDate();
                    employment.cessationDate = communication.eventDate();
                    employment.cessationCauseCode = communication.cessationCauseCode();
                }
            }
        }
        return Optional.of(employment.build(id));
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    /** The state being folded. */
    private static final class Builder {
        private PersonId personId;
        private String workerFiscalCode;
        private String workerDomicileComune;
        private String employerFiscalCode;
        private String employerName;
        private String atecoCode;
        private String workplaceComune;
        private String userCompanyFiscalCode;
        private String userCompanyName;
        private LocalDate startDate;
        private LocalDate endDate;
        private String contractTypeCode;
        private String workingTimeCode;
        private String occupationCode;
        private LocalDate cessationDate;
        private String cessationCauseCode;

        void identity(CoCommunication communication) {
            personId = communication.personId();
            workerFiscalCode = communication.workerFiscalCode();
            workerDomicileComune = or(communication.workerDomicileComune(), workerDomicileComune);
            employerFiscalCode = communication.employerFiscalCode();
            employerName = communication.employerName();
            atecoCode = or(communication.atecoCode(), atecoCode);
            workplaceComune = or(communication.workplaceComune(), workplaceComune);
            userCompanyFiscalCode = or(communication.userCompanyFiscalCode(), userCompanyFiscalCode);
            userCompanyName = or(communication.userCompanyName(), userCompanyName);
        }

        void fillStart(CoCommunication communication) {
            if (startDate == null) {
                startDate = communication.startDate();
            }
        }

        CoEmployment build(CoEmploymentId id) {
            return new CoEmployment(id, personId, workerFiscalCode, workerDomicileComune, employerFiscalCode,
                    employerName, atecoCode, workplaceComune, userCompanyFiscalCode, userCompanyName, startDate,
                    endDate, contractTypeCode, workingTimeCode, occupationCode, cessationDate, cessationCauseCode);
        }
    }
}
