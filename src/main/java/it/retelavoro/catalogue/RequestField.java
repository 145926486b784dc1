package it.retelavoro.catalogue;

/** The field of a {@link DeliveryCheck} a violation concerns, so a form can show it next to the field. */
public enum RequestField {
    SERVICE("service"),
    MODE("mode"),
    MINUTES("minutes"),
    MEETINGS("meetings"),
    DATE("date"),
    HISTORY("history"),
    TOGETHER_WITH("togetherWith"),
    OUTPUTS("outputs"),
    OPERATOR("operator"),
    SITE("siteId"),
    RECIPIENT("recipient"),
    FUNCTIONS("functions"),
    GROUP_REASON("groupReason"),
    PROGRAMME("programme");

    private final String fieldName;

    RequestField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name of the form field, e.g. {@code minutes} or {@code siteId}. */
    public String fieldName() {
        return fieldName;
    }
}
