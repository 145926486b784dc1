package it.retelavoro.catalogue;

import java.util.Objects;

/**
 * Why a group was called, as a group delivery records it: the reason and who it names (the company whose
 * workers are taken in charge together, or the project).
 *
 * @param reason the reason the scheda gives for a group
 * @param name   the company or the project, blank when the registration does not say
 */
public record GroupCall(GroupReason reason, String name) {

    public GroupCall {
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the company or project is named. */
    public boolean named() {
        return name != null && !name.isBlank();
    }
}
