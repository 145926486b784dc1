package it.retelavoro.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What a module knows of a person's activity, for the retention of the inactive persons (issue 17): the registry
 * anonymises a person no module acted for during the retention period, and asks each module that keeps records of
 * persons (services, appointments, referrals, communications) which of a batch are still active there. A module
 * answers from its own tables; the person stays whole while any module answers for them.
 */
public interface PersonActivity {

    /**
     * Of the persons given (by id), those this module acted for on or after the instant, or whose record here is
     * still open (a DID in force, an appointment to come).
     */
    Set<UUID> activeSince(Collection<UUID> persons, Instant since);
}
