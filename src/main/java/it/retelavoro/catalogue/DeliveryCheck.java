package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A delivery of a service, as the rule engine is asked to judge it.
 *
 * <p>Start from {@link #of(ServiceCode, DeliveryMode, LocalDate, OperatorProfile, SiteProfile)} and add
 * what the registration carries with the {@code with...} methods; each returns a new check.
 *
 * @param service      the service delivered
 * @param mode         how it was delivered
 * @param minutes      the total minutes of the delivery (all its meetings), {@code null} when not measured
 * @param meetings     the number of meetings, at least 1
 * @param date         the day of the delivery: the catalogue version in force that day judges it
 * @param history      the recipient's past (services delivered, conditions met)
 * @param togetherWith the services delivered in the same sitting and registered together with this one
 * @param outputs      the outputs the registration carries (of this service and of those together with it)
 * @param operator     the operator delivering it
 * @param site         the site where it is delivered
 * @param recipient    the person's complex targets and need of mediation
 * @param functions    the CPI-exclusive functions the registration exercises
 * @param programme    the programme the delivery is registered under, with the facts its rules need
 */
public record DeliveryCheck(ServiceCode service, DeliveryMode mode, Integer minutes, int meetings, LocalDate date,
        RecipientHistory history, Set<ServiceCode> togetherWith, Set<OutputCode> outputs, OperatorProfile operator,
        SiteProfile site, RecipientProfile recipient, Set<CpiExclusiveFunction> functions,
        Optional<ProgrammeClaim> programme) {

    public DeliveryCheck {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(mode, "mode");
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("minutes non può essere negativo: " + minutes);
        }
        if (meetings < 1) {
            throw new IllegalArgumentException("meetings deve essere almeno 1: " + meetings);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(history, "history");
        togetherWith = Copies.enumSet(ServiceCode.class, togetherWith, "togetherWith");
        if (togetherWith.contains(service)) {
            throw new IllegalArgumentException("un servizio non può essere contestuale a sé stesso: " + service);
        }
        outputs = Copies.enumSet(OutputCode.class, outputs, "outputs");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(recipient, "recipient");
        functions = Copies.enumSet(CpiExclusiveFunction.class, functions, "functions");
        Objects.requireNonNull(programme, "programme");
    }

    /** A delivery under no programme. */
    public DeliveryCheck(ServiceCode service, DeliveryMode mode, Integer minutes, int meetings, LocalDate date,
            RecipientHistory history, Set<ServiceCode> togetherWith, Set<OutputCode> outputs, OperatorProfile operator,
            SiteProfile site, RecipientProfile recipient, Set<CpiExclusiveFunction> functions) {
        this(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator, site, recipient,
                functions, Optional.empty());
    }

    /**
     * A single-meeting delivery with no minutes recorded, to a recipient with no history, no complex
     * target, no outputs and no CPI-exclusive function.
     */
    public static DeliveryCheck of(ServiceCode service, DeliveryMode mode, LocalDate date, OperatorProfile operator,
            SiteProfile site) {
        return new DeliveryCheck(service, mode, null, 1, date, RecipientHistory.none(), Set.of(), Set.of(), operator,
                site, RecipientProfile.ordinary(), Set.of());
    }

    public DeliveryCheck withService(ServiceCode service) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withMode(DeliveryMode mode) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withMinutes(Integer minutes) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withMeetings(int meetings) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withDate(LocalDate date) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withHistory(RecipientHistory history) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withTogetherWith(ServiceCode... services) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, Set.of(services), outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withOutputs(OutputCode... outputs) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, Set.of(outputs),
                operator, site, recipient, functions, programme);
    }

    public DeliveryCheck withOutputs(Set<OutputCode> outputs) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withOperator(OperatorProfile operator) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withSite(SiteProfile site) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withRecipient(RecipientProfile recipient) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, programme);
    }

    public DeliveryCheck withFunctions(CpiExclusiveFunction... functions) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, Set.of(functions), programme);
    }

    /** The check with the delivery registered under a programme. */
    public DeliveryCheck withProgramme(ProgrammeClaim programme) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, Optional.of(programme));
    }
}
