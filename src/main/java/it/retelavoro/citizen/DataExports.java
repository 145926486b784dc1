package it.retelavoro.citizen;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.pathway.PathwayOverview;
import it.retelavoro.shared.Citizen;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The download of all of a citizen's data (GDPR art. 15 and 20): the area's read model turned into
 * {@link DataExport}, the one source of the JSON and of the PDF. Audited as {@code CITIZEN_EXPORT}.
 */
@Service
public class DataExports {

    private final CitizenArea area;
    private final AuditLog audit;
    private final Clock clock;

    DataExports(CitizenArea area, AuditLog audit, Clock clock) {
        this.area = area;
        this.audit = audit;
        this.clock = clock;
    }

    /** Read-write, as the area: the reads' audit rows are written in this transaction. */
    @Transactional
    public DataExport export(Citizen citizen) {
        MyArea my = area.area(citizen);
        List<MyArea.Access> accesses = area.accessLog(citizen);
        DataExport.Identity identity = new DataExport.Identity(citizen.fiscalCode(), citizen.givenName(),
                citizen.familyName(), citizen.birthDate(), citizen.levelOfAssurance());
        DataExport export = new DataExport(clock.instant(), identity,
                my.record().map(record -> DataExport.Registry.of(record.person())).orElse(null),
                my.record().map(record -> record.inCharge().organisationName()).orElse(null),
                my.dids().stream().map(did -> new DataExport.DidRow(did.declaredOn(), did.channel().name(),
                        did.state().name(), did.certifiedOn().orElse(null), did.history().stream()
                                .map(event -> new DataExport.DidEventRow(event.state().name(), event.occurredOn(),
                                        event.reason()))
                                .toList())).toList(),
                my.pathway().map(DataExports::pacts).orElse(List.of()),
                my.pathway().map(DataExports::plans).orElse(List.of()),
                my.pathway().map(DataExports::services).orElse(List.of()),
                my.pathway().map(pathway -> pathway.training().stream()
                        .map(event -> new DataExport.TrainingRow(event.date(), event.event().name(), event.course(),
                                event.provider(), event.hours(), event.isCancelled()))
                        .toList()).orElse(List.of()),
                my.pathway().map(pathway -> pathway.internships().stream()
                        .map(internship -> new DataExport.InternshipRow(internship.start(), internship.end(),
                                internship.host(), internship.state().name(), internship.isCancelled()))
                        .toList()).orElse(List.of()),
                my.consents().stream().map(DataExport.ConsentRow::of).toList(),
                my.history().stream().map(DataExport.ConsentRow::of).toList(),
                my.rectifications().stream().map(request -> new DataExport.RectificationRow(request.field().name(),
                        request.proposedValue(), request.note(), request.requestedAt(), request.state().name(),
                        request.answeredAt(), request.answerReason())).toList(),
                my.applications().stream().map(application -> new DataExport.ApplicationRow(application.reference(),
                        application.vacancyTitle(), application.submittedAt(), application.status().name(),
                        application.declineReason())).toList(),
                my.appointments().stream().map(appointment -> new DataExport.AppointmentRow(
                        appointment.typeKey().substring("agenda.type.".length()), appointment.startsAt(),
                        appointment.endsAt(), appointment.siteName(), appointment.siteAddress(),
                        appointment.status().name())).toList(),
                my.employments().stream().map(employment -> new DataExport.EmploymentRow(employment.employerName(),
                        employment.employerFiscalCode(), employment.startDate(), employment.endDate(),
                        employment.contractTypeLabel(), employment.occupationLabel(), employment.cessationDate(),
                        employment.cessationCauseLabel())).toList(),
                my.contactRequests(),
                accesses.stream().map(access -> new DataExport.AccessRow(access.at(), access.organisation(),
                        access.role(), access.action())).toList());
        my.record().ifPresent(record -> audit.success("CITIZEN_EXPORT", "PERSON", record.person().id()));
        return export;
    }

    private static List<DataExport.PactRow> pacts(PathwayOverview pathway) {
        return pathway.pacts().stream().map(pact -> new DataExport.PactRow(pact.decidedOn(), pact.outcome().name(),
                pact.isInForce(), pact.isCancelled(), pact.meetingFrequency(), pact.jobSearchActs(),
                pact.jobSearchTiming())).toList();
    }

    private static List<DataExport.PlanRow> plans(PathwayOverview pathway) {
        return pathway.plans().stream().map(plan -> new DataExport.PlanRow(plan.decidedOn(), plan.outcome().name(),
                plan.isInForce(), plan.isCancelled(), plan.actions().stream()
                        .map(action -> new DataExport.ActionRow(action.service() == null ? null : action.service().name(),
                                action.description(), action.dueOn(), action.state().name()))
                        .toList())).toList();
    }

    private static List<DataExport.ServiceRow> services(PathwayOverview pathway) {
        return pathway.deliveries().stream().map(delivery -> new DataExport.ServiceRow(delivery.service().name(),
                delivery.date(), delivery.mode().name(), delivery.minutes(), delivery.isCancelled())).toList();
    }
}
