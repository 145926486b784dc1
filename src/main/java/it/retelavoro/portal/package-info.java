/**
 * The public portal, without login: the job board of published open vacancies with search, the vacancy
 * page (without the employer's name when it asked for anonymity), self-application with a reference number,
 * rate-limited and spam-resistant, and the "where to go" directory of the network's sites with their
 * services. Behind it, the queue where the organisation owning the vacancy verifies each application and
 * turns it into a referral or declines it.
 *
 * <p>Depends on {@code employer}, {@code person}, {@code referral}, {@code network}, {@code reference},
 * {@code catalogue} and {@code audit} (the declared {@code allowedDependencies} below).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network", "person", "employer", "referral", "agenda" })
package it.retelavoro.portal;
