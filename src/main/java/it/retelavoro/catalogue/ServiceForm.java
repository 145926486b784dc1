package it.retelavoro.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the registration form of a service asks, as the scheda of a catalogue version decides it: the modes the
 * MODALITÀ E DURATA admits and the parts of the form its OUTPUT and MODALITÀ DI ACCESSO call for. A page shows
 * the parts of the chosen service and nothing else; no template keeps its own list of which service has which.
 *
 * @param service the service
 * @param modes   the modes the scheda admits, in its order
 * @param parts   the parts of the form the scheda calls for
 */
public record ServiceForm(ServiceCode service, List<DeliveryMode> modes, Set<Part> parts) {

    /** A part of the registration form beyond what every service asks (date, site, minutes, notes). */
    public enum Part {
        /** A.1: rinvio ad altro servizio. */
        SERVICE_REFERRAL,
        /** A.2: the terms of the Patto di Servizio. */
        PACT,
        /** A.3: the outcome of the PAI, the specific need and the first action. */
        ACTION_PLAN,
        /** A.4: the specific need the access requires, recorded before. */
        SPECIFIC_NEED,
        /** The meetings one by one (several meetings, or a minimum over the whole delivery). */
        MEETINGS,
        /** The reason of a group that the scheda admits only for some reasons (A.2). */
        GROUP_REASON,
        /** A.4, A.5, A.6: the action of the PAI the delivery fulfils. */
        ACTION_PLAN_ENTRY,
        /** A.6: invio a colloqui di lavoro. */
        INTERVIEW_REFERRAL,
        /** A.6: inserimento al lavoro. */
        JOB_PLACEMENT
    }

    public ServiceForm {
        Objects.requireNonNull(service, "service");
        modes = List.copyOf(modes);
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    /** The form of the service as the scheda {@code standard} describes it. */
    public static ServiceForm of(ServiceStandard standard) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        carried(standard, Part.SERVICE_REFERRAL, OutputCode.SERVICE_REFERRAL, parts);
        carried(standard, Part.PACT, OutputCode.PACT_OUTCOME, parts);
        carried(standard, Part.ACTION_PLAN, OutputCode.ACTION_PLAN_OUTCOME, parts);
        carried(standard, Part.ACTION_PLAN_ENTRY, OutputCode.ACTION_PLAN_ENTRY, parts);
        carried(standard, Part.INTERVIEW_REFERRAL, OutputCode.INTERVIEW_REFERRAL, parts);
        carried(standard, Part.JOB_PLACEMENT, OutputCode.JOB_PLACEMENT, parts);
        if (standard.access().conditions().contains(AccessCondition.SPECIFIC_NEED_RECORDED)) {
            parts.add(Part.SPECIFIC_NEED);
        }
        if (standard.modes().stream().anyMatch(mode -> mode.minMeetings() > 1
                || mode.minutesPer() == MinutesBasis.DELIVERY)) {
            parts.add(Part.MEETINGS);
        }
        if (standard.modes().stream().anyMatch(ModeRule::asksGroupReason)) {
            parts.add(Part.GROUP_REASON);
        }
        return new ServiceForm(standard.code(), standard.modes().stream().map(ModeRule::mode).toList(), parts);
    }

    private static void carried(ServiceStandard standard, Part part, OutputCode output, Set<Part> parts) {
        if (standard.output(output).isPresent()) {
            parts.add(part);
        }
    }

    /** Whether the form has the part named {@code part} (a {@link Part} name, as a template asks). */
    public boolean has(String part) {
        return parts.contains(Part.valueOf(part));
    }

    /** Whether the form asks for any of the parts named (a template's "any of these"). */
    public boolean hasAny(String... names) {
        return Arrays.stream(names).anyMatch(this::has);
    }

    /** The mode the form starts with: {@code preferred} when the scheda admits it, else the scheda's first. */
    public DeliveryMode defaultMode(DeliveryMode preferred) {
        return preferred != null && modes.contains(preferred) ? preferred : modes.get(0);
    }
}
