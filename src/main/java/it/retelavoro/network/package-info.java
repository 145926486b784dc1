/**
 * The network of the regional employment services: organisations (CPI and accredited agencies), their
 * sites with the features the repertorio asks of them, and the user accounts of operators, analysts and
 * administrators. Every request is checked against the caller's organisation here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "reference", "audit", "catalogue" })
package it.retelavoro.network;
