package it.retelavoro.employer;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company Patto di Servizio and its action plan: registered by a B.2 (a signed one opens the plan and
 * publishes {@link EmployerEvents.CompanyPactSigned}), fed by each later B.3 and B.4, printed for the
 * serving organisation, and the day of signature for the other modules.
 */
@Service
@Transactional
public class CompanyPacts {

    private final CompanyPactRepository pacts;
    private final EmployerAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CompanyPacts(CompanyPactRepository pacts, EmployerAccess access, AuditLog audit, Clock clock) {
        this.pacts = pacts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The company's Patto to print: the signed one, or else the latest refusal; with the company record.
     *
     * @throws NotFoundException when no Patto was registered
     */
    public EmployerFile pactToPrint(EmployerId id, CurrentUser caller) {
        Employer employer = access.serving(id, caller, "COMPANY_PACT_PRINT");
        List<CompanyPact> registered = pacts.findByEmployer(id);
        if (registered.isEmpty()) {
            throw new NotFoundException("company-pact", id);
        }
        audit.success("COMPANY_PACT_PRINT", "EMPLOYER", id);
        return new EmployerFile(employer, registered, List.of(), List.of());
    }

    /** The day the company signed its Patto di Servizio, if it did. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> companyPactSignedOn(EmployerId id) {
        return pacts.findSigned(id).map(CompanyPact::date);
    }

    /** The company's signed Patto, if any. */
    Optional<CompanyPact> signed(EmployerId id) {
        return pacts.findSigned(id);
    }

    /**
     * A B.2 may register a new Patto for a company that signed one (a new intake for new needs: "L'impresa vi
     * accede da qualsiasi punto della rete", issue 13, indicator 8.1) on a later day than the Patto in force:
     * one dated on or before it is refused (a Patto a day, as two signatures sent at once are one).
     *
     * @throws ConflictException when a B.2 registers a Patto dated on or before the company's Patto in force
     */
    static void requireNoneSigned(EmployerId employer, NewDelivery command, Optional<CompanyPact> signed) {
        if (command.service() == ServiceCode.B2 && command.outputs().pactOutcome() != null && signed.isPresent()
                && command.date() != null && !command.date().isAfter(signed.get().date())) {
            throw new ConflictException("employer.pact.already-signed", List.of(signed.get().date()),
                    "/api/v1/employers/" + employer + "/pact.pdf");
        }
    }

    /**
     * What a registered delivery does to the Patto: a B.2 with an outcome registers the Patto; a B.3 or B.4
     * while the plan is open is entered in it.
     *
     * @return for a B.2 with an outcome, whether the Patto was signed; null otherwise
     */
    Boolean afterDelivery(Employer employer, EmployerDelivery delivery, SiteId site, UserId operator,
            NewDelivery command, Optional<CompanyPact> signed) {
        if (command.service() == ServiceCode.B2 && command.outputs().pactOutcome() != null) {
            CompanyPact pact = CompanyPact.decide(CompanyPactId.random(), employer.id(),
                    employer.organisationId(), site, operator, delivery.id(), command.outputs().pactOutcome(),
                    command.date(), command.outputs().commitments(), command.outputs().plannedServices(),
                    clock.instant());
            if (pact.isSigned() && signed.isPresent()) {
                // the Patto in force is marked first: at most one is in force (company_pact_in_force_uk)
                signed.get().supersededBy(pact);
                pacts.save(signed.get());
                audit.success("COMPANY_PACT_SUPERSEDED", "EMPLOYER", employer.id(),
                        "pact=" + signed.get().id() + " by=" + pact.id());
            }
            return pacts.save(pact).isSigned();
        }
        if ((command.service() == ServiceCode.B3 || command.service() == ServiceCode.B4)
                && signed.filter(pact -> pact.planOpenOn(command.date())).isPresent()) {
            CompanyPact pact = signed.get();
            pact.enterInPlan(delivery.id(), command.service(), command.date());
            pacts.save(pact);
        }
        return null;
    }
}
