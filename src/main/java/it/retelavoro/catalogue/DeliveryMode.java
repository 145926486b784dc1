package it.retelavoro.catalogue;

/** How a service is delivered (modalità di erogazione). */
public enum DeliveryMode {
    INDIVIDUAL, GROUP, BACK_OFFICE;

    public String labelKey() {
        return "vocabulary.delivery-mode." + name();
    }
}
