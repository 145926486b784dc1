package it.retelavoro.person;

/** A field of the record a person may ask to have corrected (GDPR art. 16). */
public enum RectifiableField {
    FIRST_NAME, LAST_NAME, BIRTH_DATE, BIRTH_PLACE, SEX, CITIZENSHIP, RESIDENCE, DOMICILE, PHONE, EMAIL,
    EDUCATION_LEVEL, PROFILE, OTHER;

    public String labelKey() {
        return "vocabulary.rectifiable-field." + name();
    }
}
