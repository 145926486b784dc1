package it.retelavoro.employer;

import it.retelavoro.reference.MessageVocabulary;
import it.retelavoro.reference.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes of company records and vacancies, published for forms and API clients. */
@Configuration(proxyBeanMethods = false)
class EmployerVocabularies {

    @Bean
    Vocabulary legalFormsVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("legal-forms", LegalForm.class, LegalForm::labelKey, messages);
    }

    @Bean
    Vocabulary sizeClassesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("size-classes", SizeClass.class, SizeClass::labelKey, messages);
    }

    @Bean
    Vocabulary contractTypesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("contract-types", ContractType.class, ContractType::labelKey, messages);
    }

    @Bean
    Vocabulary consultingTopicsVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("consulting-topics", ConsultingTopic.class, ConsultingTopic::labelKey,
                messages);
    }

    @Bean
    Vocabulary vacancyStatesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("vacancy-states", VacancyState.class, VacancyState::labelKey, messages);
    }

}
