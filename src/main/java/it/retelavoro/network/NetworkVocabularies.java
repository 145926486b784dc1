package it.retelavoro.network;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.reference.MessageVocabulary;
import it.retelavoro.reference.Vocabulary;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes sites, users and organisations take, published for forms and API clients. */
@Configuration(proxyBeanMethods = false)
class NetworkVocabularies {

    @Bean
    Vocabulary siteFeaturesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("site-features", SiteFeature.class, SiteFeature::labelKey, messages);
    }

    @Bean
    Vocabulary competencesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("competences", Competence.class, Competence::labelKey, messages);
    }

    @Bean
    Vocabulary organisationKindsVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("organisation-kinds", OrganisationKind.class, OrganisationKind::labelKey,
                messages);
    }

    @Bean
    Vocabulary rolesVocabulary(MessageSource messages) {
        return MessageVocabulary.ofEnum("roles", Role.class, Role::labelKey, messages);
    }
}
