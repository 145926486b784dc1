package it.retelavoro.person;

import java.time.Instant;

/**
 * A consent given or withdrawn: for what, when, on which version of its text and through which channel.
 *
 * @param given whether it was given ({@code false}: withdrawn, or never given)
 * @param at    when; null for a consent never given nor withdrawn
 */
public record Consent(ConsentPurpose purpose, boolean given, Instant at, String textVersion, ConsentChannel channel) {
}
