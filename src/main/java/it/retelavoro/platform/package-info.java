/**
 * Technical foundation shared by every module and depending on none of them: the embedded PostgreSQL of
 * the default installation, security, the page shell and error handling.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared" })
package it.retelavoro.platform;
