package it.retelavoro.agenda;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.ServiceType;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of appointment of the agenda: a standard service in one of the modes it can be delivered face to face
 * (individual, or a group session in the site's classroom), with the length booked by default, the catalogue's
 * minimum for a meeting of that mode (or {@link AppointmentTypes#DEFAULT_MINUTES} where the scheda sets none).
 * Its code is the service's ({@code A2}) or, for a group session, the service's followed by {@code _GROUP}
 * ({@code A2_GROUP}).
 *
 * @param service the standard service the appointment is for
 * @param mode    {@link DeliveryMode#INDIVIDUAL} or {@link DeliveryMode#GROUP}
 * @param minutes the length booked by default
 */
public record AppointmentType(ServiceCode service, DeliveryMode mode, int minutes) {

    /** The room a group session takes: the site's classroom (site feature {@code GROUP_CLASSROOM}). */
    public static final String CLASSROOM = "GROUP_CLASSROOM";

    public AppointmentType {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(mode, "mode");
        if (mode != DeliveryMode.INDIVIDUAL && mode != DeliveryMode.GROUP) {
            throw new IllegalArgumentException("Un appuntamento è individuale o di gruppo: " + mode);
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("Durata non positiva: " + minutes);
        }
    }

    public String code() {
        return mode == DeliveryMode.GROUP ? service.name() + "_GROUP" : service.name();
    }

    public boolean isGroup() {
        return mode == DeliveryMode.GROUP;
    }

    /** Whether it is for a company (B services) rather than for a person. */
    public boolean forCompanies() {
        return service.type() == ServiceType.EMPLOYER;
    }

    /** The room it takes at the site: the classroom for a group session, none for an operator's desk. */
    public Optional<String> room() {
        return isGroup() ? Optional.of(CLASSROOM) : Optional.empty();
    }

    public String labelKey() {
        return "agenda.type." + code();
    }

    /** The service and mode a code names, without the length; empty for a code of no such shape. */
    static Optional<ServiceCode> serviceOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String service = code.endsWith("_GROUP") ? code.substring(0, code.length() - "_GROUP".length()) : code;
        try {
            return Optional.of(ServiceCode.valueOf(service));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static DeliveryMode modeOf(String code) {
        return code.endsWith("_GROUP") ? DeliveryMode.GROUP : DeliveryMode.INDIVIDUAL;
    }
}
