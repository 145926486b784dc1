package it.retelavoro.catalogue;

/** One rule of the repertorio applied to a delivery; adds to the findings whatever it finds broken. */
@FunctionalInterface
interface DeliveryPolicy {

    void apply(DeliveryCheck request, ServiceStandard service, CatalogueVersion version, Findings findings);
}
