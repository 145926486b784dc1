package it.retelavoro.catalogue;

import java.util.Set;

/**
 * The site where the service is delivered, as far as the rules are concerned.
 *
 * @param features the technical and structural features the site has
 */
public record SiteProfile(Set<SiteFeature> features) {

    public SiteProfile {
        features = Copies.enumSet(SiteFeature.class, features, "features");
    }

    public static SiteProfile with(SiteFeature... features) {
        return new SiteProfile(Set.of(features));
    }

    public SiteProfile without(SiteFeature feature) {
        var fewer = new java.util.HashSet<>(features);
        fewer.remove(feature);
        return new SiteProfile(fewer);
    }
}
