package it.retelavoro.person;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.reference.MessageVocabulary;
import it.retelavoro.reference.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes of a person's profile, published for forms and API clients. */
@Configuration(proxyBeanMethods = false)
class PersonVocabularies {

    @Bean
    Vocabulary drivingLicencesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("driving-licences", DrivingLicence.class, DrivingLicence::labelKey, messages);
    }

    @Bean
    Vocabulary cefrLevelsVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("cefr-levels", CefrLevel.class, CefrLevel::labelKey, messages);
    }

    @Bean
    Vocabulary workingHoursVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("working-hours", WorkingHours.class, WorkingHours::labelKey, messages);
    }

    @Bean
    Vocabulary sexesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("sexes", Sex.class, Sex::labelKey, messages);
    }

    /** Labels only: which persons belong to a target is special-category data, never published. */
    @Bean
    Vocabulary complexTargetsVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("complex-targets", ComplexTarget.class, ComplexTarget::labelKey, messages);
    }
}
