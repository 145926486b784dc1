package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.person.FiscalCode;
import it.retelavoro.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A communication as the work history keeps it: what it says of the employment, flattened from its
 * {@link CoDocument}, with the worker's codice fiscale normalised (omocodia removed) so that it meets the registry's
 * key. The worker's names and address are not kept here (the raw document holds them).
 *
 * @param appliesAt its place among the communications of its employment: when it was sent, or for a
 *                  communication that replaces another, the place of the one it replaces
 */
record CoCommunication(String code, String communicationType, EventKind eventKind, LocalDate eventDate,
        LocalDate startDate, LocalDate endDate, String contractTypeCode, String workingTimeCode, String occupationCode,
        String transformationCode, String cessationCauseCode, String employerFiscalCode, String employerName,
        String atecoCode, String workplaceComune, String userCompanyFiscalCode, String userCompanyName,
        String workerFiscalCode, String workerDomicileComune, PersonId personId, Instant appliesAt) {

    /** The communication of a document, for the person found (or none) and at its place in the order. */
    static CoCommunication of(CoDocument document, PersonId personId, Instant appliesAt) {
        CoEmployer employer = document.employer();
        CoEmployer userCompany = document.userCompany();
        CoAddress workplace = employer.workplace() != null ? employer.workplace()
                : userCompany != null ? userCompany.workplace() : null;
        CoAddress domicile = document.worker().address();
        String type = document.communicationType();
        String employerFiscalCode = employer.fiscalCode();
        String employerName = employer.name();
        String ateco = employer.sectorCode();
        String userCompanyFiscalCode = userCompany == null ? null : userCompany.fiscalCode();
        String userCompanyName = userCompany == null ? null : userCompany.name();
        String worker = fiscalCodeKey(document.worker().fiscalCode());
        String domicileComune = domicile == null ? null : domicile.comune();
        String workplaceComune = workplace == null ? null : workplace.comune();
        String code = document.code().value();
        CoEvent event = document.event();
        if (event instanceof CoEvent.Start start) {
            return new CoCommunication(code, type, EventKind.HIRE, start.startDate(), start.startDate(),
                    start.endDate(), start.contractTypeCode(), start.workingTimeCode(), start.occupationCode(), null,
                    null, employerFiscalCode, employerName, ateco, workplaceComune, userCompanyFiscalCode,
                    userCompanyName, worker, domicileComune, personId, appliesAt);
        }
        if (event instanceof CoEvent.Extension extension) {
            return new CoCommunication(code, type, EventKind.EXTENSION, extension.extendedTo(),
                    extension.startDate(), extension.extendedTo(), extension.contractTypeCode(), null, null, null,
                    null, employerFiscalCode, employerName, ateco, workplaceComune, userCompanyFiscalCode,
                    userCompanyName, worker, domicileComune, personId, appliesAt);
        }
        if (event instanceof CoEvent.Transformation transformation) {
            return new CoCommunication(code, type, EventKind.TRANSFORMATION, transformation.date(),
                    transformation.startDate(), null, transformation.contractTypeCode(),
                    transformation.workingTimeCode(), null, transformation.transformationCode(), null,
                    employerFiscalCode, employerName, ateco, workplaceComune, userCompanyFiscalCode, userCompanyName,
                    worker, domicileComune, personId, appliesAt);
        }
        CoEvent.Cessation cessation = (CoEvent.Cessation) event;
        return new CoCommunication(code, type, EventKind.CESSATION, cessation.date(), cessation.startDate(),
                cessation.date(), null, null, null, null, cessation.causeCode(), employerFiscalCode, employerName,
                ateco, workplaceComune, userCompanyFiscalCode, userCompanyName, worker, domicileComune, personId,
                appliesAt);
    }

    /**
     * The key a worker's codice fiscale is kept under: normalised (omocodia removed) when it is a valid personal
     * code, as the registry keeps persons; as received otherwise (a provisional code of 11 digits, or one whose
     * check character is wrong, which then matches no person).
     */
    static String fiscalCodeKey(String fiscalCode) {
        String code = fiscalCode.strip().toUpperCase(Locale.ROOT);
        return FiscalCode.isValid(code) ? new FiscalCode(code).normalised().value() : code;
    }

    boolean isCancellation() {
        return CoDocument.CANCELLATION.equals(communicationType);
    }
}
