package it.retelavoro.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A regional programme ("Atto programmatico") layered on a version of the repertorio: who may be served under
 * it, which standard services it finances with which further outputs and hours, and what it pays per hour. The
 * repertorio leaves these to the programming acts: "ulteriori output specifici potranno essere indicati
 * all'interno degli Atti programmatici regionali" (Premessa). Complete and consistent by construction (see
 * {@link ProgrammeReader}).
 *
 * @param code             the stable code, also the name of its data file ({@code GOL-P1})
 * @param name             the name of the programme
 * @param act              the act that adopted it
 * @param validFrom        first day a delivery may be registered under it
 * @param validTo          last such day, empty when open-ended
 * @param catalogueVersion the version of the repertorio it layers on: a delivery judged by another version
 *                         cannot be registered under it
 * @param description      what the programme is
 * @param eligibility      who may be served under it
 * @param services         the services it finances, by code
 * @param hourlyRate       the standard unit cost of one hour delivered, in euro
 * @param toBeConfirmed    what the Region must confirm before the programme judges real deliveries
 */
public record Programme(String code, String name, String act, LocalDate validFrom, Optional<LocalDate> validTo,
        String catalogueVersion, String description, Eligibility eligibility,
        Map<ServiceCode, FinancedService> services, BigDecimal hourlyRate, List<String> toBeConfirmed) {

    public Programme {
        Copies.requireText(code, "code");
        Copies.requireText(name, "name");
        Copies.requireText(act, "act");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.filter(end -> end.isBefore(validFrom)).isPresent()) {
            throw new IllegalArgumentException(code + ": validTo precede validFrom");
        }
        Copies.requireText(catalogueVersion, "catalogueVersion");
        Copies.requireText(description, "description");
        Objects.requireNonNull(eligibility, "eligibility");
        services = Copies.enumMap(ServiceCode.class, services, "services");
        if (services.isEmpty()) {
            throw new IllegalArgumentException(code + ": almeno un servizio finanziato");
        }
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (hourlyRate.signum() < 0) {
            throw new IllegalArgumentException(code + ": hourlyRate negativo");
        }
        toBeConfirmed = Copies.texts(toBeConfirmed, "toBeConfirmed");
    }

    /** Whether a delivery on the date may be registered under the programme: validFrom to validTo, included. */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && validTo.map(end -> !date.isAfter(end)).orElse(true);
    }

    /** The service as the programme finances it, empty when it does not. */
    public Optional<FinancedService> financed(ServiceCode service) {
        return Optional.ofNullable(services.get(service));
    }

    /**
     * Who may be served under the programme. Each condition is checked on the day of the delivery.
     *
     * @param minAge                the least age, in years, on the day
     * @param maxAge                the greatest age, in years, on the day
     * @param didInForce            a DID in force, declared on or before the day
     * @param naspiRecipient        a recipient of NASpI: a DID made with the NASpI application (art. 21 c. 1
     *                              D.Lgs. 150/2015: "la domanda di NASpI ... equivale a dichiarazione")
     * @param complexTargets        the person belongs to at least one of them (none: no such condition)
     * @param minUnemploymentMonths whole months since the DID in force was declared (the state of unemployment
     *                              starts with it, art. 19 D.Lgs. 150/2015)
     */
    public record Eligibility(Optional<Integer> minAge, Optional<Integer> maxAge, boolean didInForce,
            boolean naspiRecipient, Set<ComplexTarget> complexTargets, Optional<Integer> minUnemploymentMonths) {

        public Eligibility {
            Objects.requireNonNull(minAge, "minAge");
            Objects.requireNonNull(maxAge, "maxAge");
            if (minAge.isPresent() && maxAge.isPresent() && maxAge.get() < minAge.get()) {
                throw new IllegalArgumentException("maxAge minore di minAge");
            }
            complexTargets = Copies.enumSet(ComplexTarget.class, complexTargets, "complexTargets");
            Objects.requireNonNull(minUnemploymentMonths, "minUnemploymentMonths");
        }

        /** Anyone: no condition. */
        public static Eligibility anyone() {
            return new Eligibility(Optional.empty(), Optional.empty(), false, false, Set.of(), Optional.empty());
        }
    }

    /**
     * A service the programme finances.
     *
     * @param service      the standard service
     * @param extraOutputs outputs the programme requires besides those of the scheda
     * @param minHours     the least duration of one delivery to be financed
     * @param maxHours     the most hours of the service financed to one person under the programme, all their
     *                     deliveries together
     */
    public record FinancedService(ServiceCode service, Set<OutputCode> extraOutputs, Optional<BigDecimal> minHours,
            Optional<BigDecimal> maxHours) {

        public FinancedService {
            Objects.requireNonNull(service, "service");
            extraOutputs = Copies.enumSet(OutputCode.class, extraOutputs, "extraOutputs");
            Objects.requireNonNull(minHours, "minHours");
            Objects.requireNonNull(maxHours, "maxHours");
            if (minHours.isPresent() && maxHours.isPresent() && maxHours.get().compareTo(minHours.get()) < 0) {
                throw new IllegalArgumentException(service + ": maxHours minore di minHours");
            }
        }
    }
}
