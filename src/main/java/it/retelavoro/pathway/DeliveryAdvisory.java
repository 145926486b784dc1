package it.retelavoro.pathway;

import it.retelavoro.catalogue.RequestField;
import it.retelavoro.catalogue.Violation;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An advisory finding of the rule engine a delivery was registered with (issue 13): the rule's code, the message
 * as the operator read it, the rule's source (scheda, field, catalogue version) and the field of the request it
 * concerns. May name a person's special categories (its source {@code targetComplessi.*},
 * {@code mediazioneCulturale}): show it through {@link AdvisoryDisclosure}.
 */
@Table("pathway_delivery_advisory")
public record DeliveryAdvisory(String code, String message, String sourceService, String sourceField,
        String sourceVersion, String field) {

    public static DeliveryAdvisory of(Violation finding) {
        return new DeliveryAdvisory(finding.code().name(), finding.message(),
                finding.source().service().map(Enum::name).orElse(null), finding.source().field(),
                finding.source().catalogueVersion().orElse(null),
                finding.field().map(RequestField::fieldName).orElse(null));
    }
}
