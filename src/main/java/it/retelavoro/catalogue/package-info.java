/**
 * The repertorio degli standard dei servizi regionali per il lavoro as executable, versioned data: the
 * ten standard services, their rules, the complex targets, the physical indicators, and the rule engine
 * every other module asks whether a service may be delivered.
 *
 * <p>The API, for the other modules:
 * <ul>
 * <li>{@link it.retelavoro.catalogue.CatalogueVersions#loadFromClasspath(ClassLoader)} reads every
 * {@code catalogue/versions/<id>.yaml}; {@link it.retelavoro.catalogue.CatalogueVersions#inForceOn} gives
 * the {@link it.retelavoro.catalogue.CatalogueVersion} in force on a day, with its
 * {@link it.retelavoro.catalogue.ServiceStandard}s, targets, CPI-exclusive functions and indicators.</li>
 * <li>{@link it.retelavoro.catalogue.RuleEngine#check(it.retelavoro.catalogue.DeliveryCheck)} judges a
 * delivery and returns a {@link it.retelavoro.catalogue.Verdict} with every
 * {@link it.retelavoro.catalogue.Violation}; {@link it.retelavoro.catalogue.RuleEngine#checkFunction}
 * judges a CPI-exclusive function alone.</li>
 * <li>{@link it.retelavoro.catalogue.CatalogueVersionReader} validates a version file before an
 * administrator publishes it.</li>
 * <li>{@link it.retelavoro.catalogue.Catalogue} is the registry of the running application (shipped
 * versions, then the uploaded ones); {@link it.retelavoro.catalogue.CatalogueVersionUploads} accepts a new
 * version from an administrator, stores it and registers it.</li>
 * <li>{@link it.retelavoro.catalogue.IndicatorComputability}, for the module that computes the indicators
 * (monitoring implements it): a version with an indicator it cannot compute is refused at upload, and stops
 * the start when it is shipped, with the reason.</li>
 * <li>{@link it.retelavoro.catalogue.RegistrationPeriods}: the months the Region closed (issue 13), which every
 * registering module asks before writing an act monitoring counts, with the version's limit of back-dated
 * registrations ({@code backdatedRegistrationDays}).</li>
 * </ul>
 *
 * <p>The rules themselves (reader, versions, rule engine) are plain Java with no framework. The module
 * depends on {@code shared} and, for the audit of uploads, on {@code audit}: the network, the pathways and
 * monitoring depend on it. Its {@code web} package serves the public pages and the JSON API of the
 * repertorio under {@code /catalogue} and {@code /api/v1/catalogue}, and the administrator's page
 * {@code /admin/catalogue}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "audit" })
package it.retelavoro.catalogue;
