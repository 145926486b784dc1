/**
 * How long the data are kept (issue 17, point 3): the retention catalogue, each category with its period, its
 * action and its legal basis ({@code retention/retention.yaml}), published at {@code /privacy/retention}; the
 * nightly job that applies it on one instance (a lock in the table {@code shedlock}), through the
 * {@link it.retelavoro.shared.RetentionTask} of the module that owns each category, and writes what it did in the
 * audit trail. No table of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "audit" })
package it.retelavoro.retention;
