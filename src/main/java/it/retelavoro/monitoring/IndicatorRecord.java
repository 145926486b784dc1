package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is behind an indicator's value: one counted subject (a person, an anonymous visitor, a company or
 * an item such as a PAI, an internship or a vacancy) of one organisation, with every date it was recorded
 * on in the period. Ids only, never names.
 *
 * @param subjectType PERSON, ANONYMOUS_VISITOR, COMPANY or ITEM
 * @param subjectId   the id of the person, company or item (for an anonymous visitor, their A1 delivery)
 * @param dates       the days in the period, in order (for 2.2 the signature dates, for 6.4 the contract starts)
 * @param programmes  the regional programmes its facts were registered under, in order; empty for none
 * @param coCodes     the Comunicazioni Obbligatorie that recorded or confirmed its hires (6.4, 10.3), in order
 */
public record IndicatorRecord(String code, String subjectType, UUID subjectId, UUID organisationId,
        List<LocalDate> dates, List<String> programmes, List<String> coCodes) {

    public IndicatorRecord {
        dates = List.copyOf(dates);
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
        coCodes = coCodes == null ? List.of() : List.copyOf(coCodes);
    }

    /** A record with no hire told by a CO. */
    public IndicatorRecord(String code, String subjectType, UUID subjectId, UUID organisationId,
            List<LocalDate> dates, List<String> programmes) {
        this(code, subjectType, subjectId, organisationId, dates, programmes, List.of());
    }

    /** A record under no programme. */
    public IndicatorRecord(String code, String subjectType, UUID subjectId, UUID organisationId,
            List<LocalDate> dates) {
        this(code, subjectType, subjectId, organisationId, dates, List.of());
    }
}
