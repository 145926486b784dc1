/**
 * Synthetic regions: a generator of persons, companies and their whole history (DID, Patto, PAI, services,
 * training, internships, company Patto, vacancies, referrals up to hires) with the monitoring facts the
 * listeners would have recorded, bulk loaded into the application's own tables; and the Comunicazioni
 * Obbligatorie of the region's persons (UniLav documents), applied through the interop module's intake. It seeds a
 * small region on the demo network and feeds the regional-scale benchmarks.
 *
 * <p>The API: {@link it.retelavoro.synthetic.SyntheticRegion} and {@link it.retelavoro.synthetic.RegionSpec}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "catalogue", "network", "person", "employer", "monitoring", "matching", "interop :: co",
        "agenda", "reference" })
package it.retelavoro.synthetic;
