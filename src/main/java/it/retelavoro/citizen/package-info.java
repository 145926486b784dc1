/**
 * The person's own area ("La mia area", issue 17): what the system holds about the citizen logged in with SPID or
 * CIE, read through the public services of the modules that own it (the registry, the pathway, the consents, the
 * audit trail's access log, the network's contacts), the consents given and withdrawn purpose by purpose, the
 * download of all their data (GDPR art. 15 and 20) and the log of who accessed their record. Its one table
 * holds the wishes to be contacted of citizens with no record ({@code citizen_contact_request}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "audit", "reference", "catalogue", "network", "person", "pathway", "portal", "agenda",
        "matching", "interop :: co" })
package it.retelavoro.citizen;
