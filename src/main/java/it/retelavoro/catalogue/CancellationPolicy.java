package it.retelavoro.catalogue;

import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When an act registered by mistake (a delivery, a Patto or PAI outcome, a training or internship event, a
 * referral step, a company's delivery) may be cancelled ("annullamento"). The repertorio asks the network
 * to "garantire la trasparenza e la tracciabilità dei servizi di politica attiva" and to register what was
 * delivered: the act is never deleted, it stays marked as cancelled, and the rule engine judges the later
 * acts without it. The repertorio says nothing about corrections, so these rules are retelavoro's reading
 * (docs/repertorio-interpretations.md, section 4), for the Region to confirm:
 * <ul>
 * <li>only an operator of the organisation that registered the act cancels it ({@link #mayCancel});</li>
 * <li>within {@link #WINDOW} of its registration (the moment it was recorded, not the day of the service)
 * any of them; later only a supervisor of that organisation ({@link ViolationCode#CANCELLATION_WINDOW_PASSED});</li>
 * <li>never while a later act that is not cancelled depends on it (the A.3 opened by the Patto an A.2
 * recorded): that one is named, to be cancelled first ({@link ViolationCode#CANCELLATION_DEPENDENT_ACT}).</li>
 * </ul>
 * Each module calls {@link #judge} in one place of its own, where the closed months are checked too.
 */
public final class CancellationPolicy {

    /** The ordinary window, from the registration of the act. */
    public static final Duration WINDOW = Duration.ofDays(30);

    static final String SOURCE_FIELD = "annullamento";

    private CancellationPolicy() {
    }

    /**
     * An act asked to be cancelled.
     *
     * @param service      the service of the act, when it is a delivery (the rule's source names it)
     * @param organisation the organisation that registered it
     * @param recordedAt   when it was registered
     * @param dependents   the later acts, not cancelled, that depend on it
     */
    public record Act(Optional<ServiceCode> service, OrganisationId organisation, Instant recordedAt,
            List<Dependent> dependents) {

        public Act {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(recordedAt, "recordedAt");
            dependents = List.copyOf(dependents);
        }
    }

    /**
     * A later act that depends on the one to cancel, as a person reads it.
     *
     * @param what a {@link ServiceCode} (named as the scheda's subject) or the label of the act, already in
     *             the caller's language
     * @param on   its day
     * @param id   its id, so that the operator can find it
     */
    public record Dependent(Object what, LocalDate on, Object id) {

        public Dependent {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(id, "id");
        }
    }

    /** Whether the caller may cancel at all an act of the organisation: one of its operators. */
    public static boolean mayCancel(CurrentUser caller, OrganisationId organisation) {
        return caller.role() == Role.OPERATOR && caller.belongsTo(organisation);
    }

    /**
     * Judges a cancellation the caller {@link #mayCancel may} ask: every reason it cannot be done now, none
     * when it can.
     */
    public static Verdict judge(Act act, CurrentUser caller, Instant now, Locale locale) {
        RuleSource source = new RuleSource(act.service(), SOURCE_FIELD, Optional.empty());
        List<Violation> violations = new ArrayList<>();
        if (now.isAfter(act.recordedAt().plus(WINDOW)) && !caller.isSupervisor()) {
            violations.add(violation(ViolationCode.CANCELLATION_WINDOW_PASSED, "catalogue.cancellation.window",
                    List.of(WINDOW.toDays()), source, locale));
        }
        for (Dependent dependent : act.dependents()) {
            violations.add(violation(ViolationCode.CANCELLATION_DEPENDENT_ACT, "catalogue.cancellation.dependent",
                    List.of(dependent.what(), dependent.on(), dependent.id()), source, locale));
        }
        return new Verdict(Optional.empty(), violations);
    }

    private static Violation violation(ViolationCode code, String key, List<Object> arguments, RuleSource source,
            Locale locale) {
        return new Violation(code, key, arguments, CatalogueMessages.format(key, arguments, locale), source,
                Optional.empty());
    }
}
