/**
 * Referrals (invio a colloquio di selezione): the one event that links a person to a company. A referral
 * sends a person with a signed Patto and a completed A3 to an open vacancy of a company with a signed
 * Patto, then records the company's feedback up to the hire. It feeds both sides' indicators (6.2 and
 * 10.1) from the same record.
 *
 * <p>Depends on {@code person}, {@code pathway} and {@code employer} (downstream to upstream), and on
 * {@code catalogue} and {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "audit", "catalogue", "person", "pathway", "employer", "interop" })
package it.retelavoro.referral;
