/**
 * Who logs in through an identity provider (issue 17): citizens with SPID or CIE through an OpenID Connect broker
 * (the registration {@code citizen}), identified by the codice fiscale of the claim {@code fiscalNumber} and refused
 * below the level of assurance configured; the network's staff through the Region's provider (the registration
 * {@code operator}), each identity linked to an account of the network, whose role, organisation and sites stay
 * there. Both optional: Spring Boot's own properties configure them, and without them nothing changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "audit", "network", "person" })
package it.retelavoro.identity;
