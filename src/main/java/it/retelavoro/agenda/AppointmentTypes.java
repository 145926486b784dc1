package it.retelavoro.agenda;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ModeRule;
import it.retelavoro.catalogue.ServiceCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The kinds of appointment the catalogue version in force allows on a day: each standard service in each mode it
 * may be delivered in face to face (individual, group), with the catalogue's minimum length of a meeting in that
 * mode. A change of the catalogue changes them: nothing here is written down twice.
 */
@Component
public class AppointmentTypes {

    /** The length booked for a service whose scheda sets no minimum ("durata variabile"). */
    public static final int DEFAULT_MINUTES = 30;

    private static final List<DeliveryMode> FACE_TO_FACE = List.of(DeliveryMode.INDIVIDUAL, DeliveryMode.GROUP);

    private final Catalogue catalogue;

    AppointmentTypes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The kinds of appointment on the day, in the order of the services, individual before group. */
    public List<AppointmentType> on(LocalDate day) {
        Optional<CatalogueVersion> version = catalogue.inForceOn(day);
        List<AppointmentType> types = new ArrayList<>();
        if (version.isEmpty()) {
            return types;
        }
        for (ServiceCode service : ServiceCode.values()) {
            for (DeliveryMode mode : FACE_TO_FACE) {
                version.get().service(service).mode(mode).map(rule -> new AppointmentType(service, mode,
                        minutes(rule))).ifPresent(types::add);
            }
        }
        return types;
    }

    /** The kind of appointment with that code on the day; empty when the catalogue allows no such appointment. */
    public Optional<AppointmentType> byCode(String code, LocalDate day) {
        return on(day).stream().filter(type -> type.code().equals(code)).findFirst();
    }

    private static int minutes(ModeRule rule) {
        int minutes = rule.minMinutes().orElse(DEFAULT_MINUTES);
        return minutes > 0 ? minutes : DEFAULT_MINUTES;
    }
}
