package it.retelavoro.employer;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;

/**
 * What happened to companies and vacancies, for monitoring and the modules that keep their own view.
 * Identifiers and non-personal attributes only: never a name, a fiscal code or a free text.
 */
public final class EmployerEvents {

    private EmployerEvents() {
    }

    /** A company was registered and taken in charge by an organisation. */
    public record EmployerRegistered(EmployerId employerId, OrganisationId organisationId, LocalDate date,
            String ateco, SizeClass sizeClass, String comune, boolean soleTrader) {
    }

    /**
     * A standard service B1-B4 was delivered to a company.
     *
     * @param interest   B1: whether the company expressed interest in matching (null for other services)
     * @param pactSigned B2: whether the company Patto was signed (null for other services)
     * @param deliveryId the registration, so that a listener can count each delivery once
     */
    public record EmployerServiceDelivered(EmployerId employerId, OrganisationId organisationId, SiteId siteId,
            UserId operatorId, ServiceCode service, LocalDate date, Boolean interest, Boolean pactSigned,
            EmployerDeliveryId deliveryId, int vacanciesCaptured) {
    }

    /** A company signed its Patto di Servizio; its action plan opened the same day. */
    public record CompanyPactSigned(EmployerId employerId, OrganisationId organisationId, LocalDate date,
            CompanyPactId pactId) {
    }

    /** A vacancy was registered (indicator 8.4). */
    public record VacancyRegistered(VacancyId vacancyId, EmployerId employerId, OrganisationId organisationId,
            LocalDate date, int positions, String occupation, String comune) {
    }

    /** A vacancy changed state. */
    public record VacancyStateChanged(VacancyId vacancyId, EmployerId employerId, OrganisationId organisationId,
            VacancyState from, VacancyState to, LocalDate date) {
    }

    /**
     * A B.1-B.4 registered by mistake was cancelled (issue 13), with the company Patto it recorded, if one was
     * signed ({@code cancelledPactId}, null otherwise): their facts no longer count.
     */
    public record EmployerDeliveryCancelled(EmployerDeliveryId deliveryId, EmployerId employerId,
            OrganisationId organisationId, ServiceCode service, LocalDate date, CompanyPactId cancelledPactId) {
    }

    /**
     * A company chose another organisation, which took it in charge at once: the organisation that served it is
     * told, keeps reading what it registered and keeps handling the vacancies it registered.
     *
     * @param choiceDate the day the company signed the choice
     * @param takenOn    the day of the taking over
     */
    public record EmployerTakenOver(EmployerId employerId, OrganisationId from, OrganisationId to,
            LocalDate choiceDate, LocalDate takenOn) {
    }
}
