package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that happened, as the listeners record it. {@code sourceKey} identifies the source record
 * (a delivery, a referral and its status...), so that an event delivered twice is recorded once.
 */
record Fact(FactKind kind, String sourceKey, LocalDate date, UUID organisationId, UUID counterpartOrganisationId,
        UUID siteId, UUID operatorId, UUID personId, UUID employerId, UUID itemId, String detail, String sex,
        String ageBand) {

    static Fact of(FactKind kind, String sourceKey, LocalDate date, UUID organisationId) {
        return new Fact(kind, sourceKey, date, organisationId, null, null, null, null, null, null, null, null, null);
    }

    Fact counterpart(UUID organisation) {
        return new Fact(kind, sourceKey, date, organisationId, organisation, siteId, operatorId, personId,
                employerId, itemId, detail, sex, ageBand);
    }

    Fact at(UUID site, UUID operator) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, site, operator, personId,
                employerId, itemId, detail, sex, ageBand);
    }

    Fact person(UUID person) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId, person,
                employerId, itemId, detail, sex, ageBand);
    }

    Fact employer(UUID employer) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employer, itemId, detail, sex, ageBand);
    }

    Fact item(UUID item) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, item, detail, sex, ageBand);
    }

    Fact detail(String value) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, itemId, value, sex, ageBand);
    }

    /** For an anonymous visitor: the only dimensions recorded of them. */
    Fact visitor(String visitorSex, String visitorAgeBand) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, itemId, detail, visitorSex, visitorAgeBand);
    }
}
