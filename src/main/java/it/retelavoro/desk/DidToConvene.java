package it.retelavoro.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A DID made on the national portal whose person the CPI must convene for the Patto.
 *
 * @param didId      the DID
 * @param personId   the person
 * @param name       surname and name
 * @param fiscalCode the codice fiscale
 * @param channel    {@code ONLINE} or {@code NASPI_APPLICATION}
 * @param declaredOn the day of the declaration
 * @param deadline   the day by which the person must be convened (the declaration plus the legal days)
 * @param daysLeft   the days until the deadline, negative when it has passed
 * @param convokedFor the start of the appointment the person was convoked to (Italian time), or null
 */
public record DidToConvene(UUID didId, UUID personId, String name, String fiscalCode, String channel,
        LocalDate declaredOn, LocalDate deadline, long daysLeft, LocalDateTime convokedFor) {

    public boolean overdue() {
        return daysLeft < 0;
    }

    public String channelKey() {
        return "pathway.did.channel." + channel;
    }
}
