package it.retelavoro.synthetic;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A Comunicazione Obbligatoria of the synthetic region (UniLav), as {@link CommunicationsWriter} made it and
 * {@link UniLavWriter} writes it.
 *
 * @param code         {@code codiceComunicazione}, 16 digits
 * @param previousCode the communication a rectification (03) or cancellation (04) names; {@code null} otherwise
 * @param type         {@code TipoComunicazione}: 01, 03 or 04
 * @param sentAt       {@code dataInvio}
 */
record GeneratedCommunication(String code, String previousCode, String type, OffsetDateTime sentAt,
        Employer employer, Worker worker, Event event) {

    static final String NEW = "01";
    static final String RECTIFICATION = "03";
    static final String CANCELLATION = "04";

    /**
     * The employer.
     *
     * @param fiscalCode 11 digits
     * @param ateco      ATECO 2007 subcategory ({@code 25.62.00})
     * @param legalSeat  cadastral code of the comune of the registered office
     * @param workplace  cadastral code of the comune where the worker works
     */
    record Employer(String fiscalCode, String name, String ateco, String legalSeat, String address,
            String workplace) {
    }

    /**
     * The worker.
     *
     * @param citizenship the CO's three-digit code ({@code 000} Italian)
     * @param domicile    cadastral code of the comune of domicile
     */
    record Worker(String fiscalCode, String lastName, String firstName, String sex, LocalDate birthDate,
            String birthPlace, String citizenship, String domicile, String address) {
    }

    /** What the communication says happened to the employment. */
    sealed interface Event {

        /** The first day of the employment, which every event repeats (the intake finds the employment by it). */
        LocalDate start();
    }

    /**
     * {@code InizioRapporto}.
     *
     * @param end          {@code null} for an open-ended contract
     * @param contractType CO code, {@code A.02.00}
     * @param workingTime  CO code, {@code F}
     * @param occupation   ISTAT CP2021 unit, {@code 5.1.2.2.0}
     */
    record Hire(LocalDate start, LocalDate end, String contractType, String workingTime, String occupation)
            implements Event {
    }

    /** {@code Proroga}: the fixed term moves to {@code extendedTo}. */
    record Extension(LocalDate start, LocalDate extendedTo, String contractType) implements Event {
    }

    /** {@code Trasformazione}: on the day, the contract becomes {@code contractType} with {@code workingTime}. */
    record Transformation(LocalDate start, LocalDate on, String code, String contractType, String workingTime)
            implements Event {
    }

    /** {@code Cessazione}: the employment ends on the day, for the cause. */
    record Cessation(LocalDate start, LocalDate on, String cause) implements Event {
    }

    boolean corrects() {
        return previousCode != null;
    }
}
