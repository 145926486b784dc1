package it.retelavoro.pathway;

/**
 * What a referral needs from the person's pathway, as A.6 requires: a Patto di Servizio signed and an A.3
 * delivered on or before the day ({@link PathwayOverviews#referralReadiness}).
 */
public record ReferralReadiness(boolean pactSigned, boolean guidanceDone) {
}
