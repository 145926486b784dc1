package it.retelavoro.employer.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.ConsultingTopic;
import it.retelavoro.employer.DeliveryPlace;
import it.retelavoro.employer.EmployerCommands.DeliveryOutputs;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.employer.PactOutcome;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a delivery B.1-B.4; the fields of each service are read only for that service. */
record DeliveryForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        Integer minutes, UUID siteId, DeliveryPlace place, String needs, Boolean interest, PactOutcome pactOutcome,
        String commitments, Set<ServiceCode> plannedServices, List<ConsultingTopic> topics, UUID vacancyId,
        List<UUID> vacancyIds) {

    DeliveryForm {
        plannedServices = plannedServices == null ? Set.of() : plannedServices;
        topics = topics == null ? List.of() : topics;
        vacancyIds = vacancyIds == null ? List.of() : vacancyIds;
    }

    static DeliveryForm empty(LocalDate today) {
        return new DeliveryForm(null, DeliveryMode.INDIVIDUAL, today, null, null, null, null, null, null, null,
                Set.of(), List.of(), null, List.of());
    }

    NewDelivery toCommand() {
        boolean b1 = service == ServiceCode.B1;
        boolean b2 = service == ServiceCode.B2;
        DeliveryOutputs outputs = new DeliveryOutputs(b1 ? interest : null, b2 ? pactOutcome : null,
                b2 ? commitments : null, b2 && pactOutcome == PactOutcome.SIGNED ? plannedServices : Set.of(),
                service == ServiceCode.B3 ? topics : List.of(),
                service == ServiceCode.B4 && vacancyId != null ? new VacancyId(vacancyId) : null,
                b1 || b2 ? vacancyIds.stream().map(VacancyId::new).toList() : List.of());
        return new NewDelivery(service, mode, date, minutes, siteId == null ? null : new SiteId(siteId),
                b1 ? place : null, b1 || b2 ? needs : null, outputs);
    }

    /**
     * Whether a vacancy was chosen, for the check boxes of captured vacancies. Public: the template's
     * expressions see only public methods.
     */
    public boolean captured(UUID vacancy) {
        return vacancyIds.contains(vacancy);
    }

    /**
     * The form field a problem concerns: the rule engine names the fields of its check ({@code history} for
     * access rules, {@code outputs} for a missing output), the service names those of the API.
     */
    String fieldOf(String field) {
        return switch (field) {
            case "service", "history", "togetherWith" -> "service";
            case "mode", "date", "siteId", "place", "needs" -> field;
            case "minutes", "meetings" -> "minutes";
            case "outputs" -> service == null ? "global" : switch (service) {
                case B1 -> "interest";
                case B2 -> "pactOutcome";
                case B3 -> "topics";
                case B4 -> "vacancyId";
                default -> "global";
            };
            case "outputs.interest" -> "interest";
            case "outputs.pact" -> "pactOutcome";
            case "outputs.pact.commitments" -> "commitments";
            case "outputs.pact.plannedServices" -> "plannedServices";
            case "outputs.topics" -> "topics";
            case "outputs.vacancyId" -> "vacancyId";
            case "outputs.vacancyIds" -> "vacancyIds";
            default -> "global";
        };
    }
}
