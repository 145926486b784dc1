package it.retelavoro.monitoring;

import java.util.List;

/**
 * Which province a fact counts in, the same for the dashboard's breakdown by province and for the open data:
 * the province of the site where the service was delivered; for a fact recorded without a site (a Patto, a
 * PAI, a referral, a hire, an internship, a vacancy...) that of the site which served the same person or
 * company in the same organisation nearest in time. The organisation is the one the value belongs to: the
 * company for company indicators and for those of the organisation owning the vacancy (which served the
 * company, not the person), the person otherwise (the company when the fact names no person). No province
 * when no such delivery exists.
 *
 * <p>The SQL is over alias {@code f} and needs the parameter {@link #DELIVERY_KINDS} bound to
 * {@link #deliveryKinds()}.
 */
final class ProvinceAttribution {

    /** The name of the parameter holding the kinds of fact that carry a site. */
    static final String DELIVERY_KINDS = "deliveryKinds";

    private ProvinceAttribution() {
    }

    /** The kinds of fact recorded at a site, whose province the others borrow. */
    static List<String> deliveryKinds() {
        return List.of(FactKind.DELIVERY.name(), FactKind.EMPLOYER_DELIVERY.name());
    }

    /** The province of the fact of the definition, null when none can be told. */
    static String sql(IndicatorDefinition definition) {
        String organisation = definition.organisationColumn();
        boolean byCompany = definition.subject() == IndicatorDefinition.Subject.COMPANY || definition.counterpart();
        String fallback = byCompany ? nearest("d.employer_id = f.employer_id", organisation)
                : nearest("d.person_id = f.person_id", organisation) + ", "
                        + nearest("f.person_id is null and d.employer_id = f.employer_id", organisation);
        return "coalesce(f.province, " + fallback + ")";
    }

    private static String nearest(String subject, String organisation) {
        return "(select d.province from monitoring_fact d where " + subject
                + " and d.kind in (:" + DELIVERY_KINDS + ") and d.province is not null"
                + " and d.organisation_id = " + organisation
                + " order by abs(d.fact_date - f.fact_date), d.fact_date limit 1)";
    }
}
