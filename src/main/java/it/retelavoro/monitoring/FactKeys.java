package it.retelavoro.monitoring;

import it.retelavoro.pathway.AgeBand;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * How a fact names its source record and the dimensions computed from it, as the listeners record them. Public
 * for the one writer that records facts without the events (the synthetic regions), so that it writes the same
 * keys with this code rather than a copy of it. A fact's source key makes a redelivered event harmless: it must
 * be the same however the fact was written.
 */
public final class FactKeys {

    private FactKeys() {
    }

    /** The key of a fact about one record (a delivery, a training step, a referral...): its id. */
    public static String of(UUID record) {
        return record.toString();
    }

    /**
     * The key of a Patto or PAI signed or refused: a person signs at most one a day with an organisation, so
     * the person, the organisation and the day name the source record.
     */
    public static String daily(UUID person, UUID organisation, LocalDate date) {
        return person + ":" + organisation + ":" + date;
    }

    /** The item counted by 3.2 for the PAI signed under the {@link #daily} key. */
    public static UUID plan(String dailyKey) {
        return UUID.nameUUIDFromBytes(("plan:" + dailyKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a referral's move to a status. */
    public static String referralOutcome(UUID referral, String status) {
        return referral + ":" + status;
    }

    /** The age bands, in their order, as facts record them. */
    public static List<String> ageBands() {
        return Arrays.stream(AgeBand.values()).map(Enum::name).toList();
    }

    /** The age band of a fact about a person born in {@code birthYear}: the one reached in the year of the fact. */
    public static String ageBand(LocalDate day, int birthYear) {
        return AgeBand.reachedIn(day.getYear(), birthYear).name();
    }
}
