package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rule engine needs to know of a person's or a company's past: the services already delivered
 * and the dates the access conditions were met (Patto signed, specific need recorded, company Patto
 * signed). Dated, so that a back-dated delivery is judged against the past as it was on its date.
 *
 * @param deliveries   the services already delivered
 * @param conditionsMet the day each condition was first met
 */
public record RecipientHistory(List<PriorDelivery> deliveries, Map<AccessCondition, LocalDate> conditionsMet) {

    public RecipientHistory {
        deliveries = List.copyOf(deliveries);
        conditionsMet = Copies.enumMap(AccessCondition.class, conditionsMet, "conditionsMet");
    }

    /** A recipient who has received nothing yet. */
    public static RecipientHistory none() {
        return new RecipientHistory(List.of(), Map.of());
    }

    public RecipientHistory withDelivery(ServiceCode service, LocalDate date) {
        List<PriorDelivery> more = new ArrayList<>(deliveries);
        more.add(new PriorDelivery(service, date));
        return new RecipientHistory(more, conditionsMet);
    }

    /** The history with a condition met on a day (an earlier day already recorded is kept). */
    public RecipientHistory withConditionMet(AccessCondition condition, LocalDate on) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(on, "on");
        Map<AccessCondition, LocalDate> more = new EnumMap<>(AccessCondition.class);
        more.putAll(conditionsMet);
        more.merge(condition, on, (earlier, later) -> earlier.isBefore(later) ? earlier : later);
        return new RecipientHistory(deliveries, more);
    }

    public RecipientHistory withPactSignedOn(LocalDate on) {
        return withConditionMet(AccessCondition.PACT_SIGNED, on);
    }

    public RecipientHistory withSpecificNeedRecordedOn(LocalDate on) {
        return withConditionMet(AccessCondition.SPECIFIC_NEED_RECORDED, on);
    }

    public RecipientHistory withCompanyPactSignedOn(LocalDate on) {
        return withConditionMet(AccessCondition.COMPANY_PACT_SIGNED, on);
    }

    /** Whether the service was delivered on or before the date. */
    public boolean received(ServiceCode service, LocalDate onOrBefore) {
        return deliveries.stream().anyMatch(d -> d.service() == service && !d.date().isAfter(onOrBefore));
    }

    /** Whether the condition had been met on or before the date. */
    public boolean hasMet(AccessCondition condition, LocalDate onOrBefore) {
        return Optional.ofNullable(conditionsMet.get(condition)).filter(day -> !day.isAfter(onOrBefore)).isPresent();
    }
}
