package it.retelavoro.reference;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Code lists shared by persons, vacancies and matching: driving licences and CEFR language levels. */
@Configuration(proxyBeanMethods = false)
class CodeListVocabularies {

    @Bean
    Vocabulary drivingLicencesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("driving-licences", DrivingLicence.class, DrivingLicence::labelKey, messages);
    }

    @Bean
    Vocabulary cefrLevelsVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("cefr-levels", CefrLevel.class, CefrLevel::labelKey, messages);
    }
}
