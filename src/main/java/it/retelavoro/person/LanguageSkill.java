package it.retelavoro.person;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A language the person knows.
 *
 * @param language     ISO 639-1 code, e.g. {@code ar}
 * @param level        the CEFR level (ignored for a mother tongue, which is C2)
 * @param motherTongue whether it is a mother tongue
 */
@Table("person_language")
public record LanguageSkill(String language, CefrLevel level, Boolean motherTongue) {

    public LanguageSkill {
        // absent in JSON means no
        motherTongue = Boolean.TRUE.equals(motherTongue);
    }
}
