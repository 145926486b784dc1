package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that happened, as the listeners record it. {@code sourceKey} identifies the source record
 * (a delivery, a referral and its status...), so that an event delivered twice is recorded once.
 * {@code programme} and {@code minutes} are those of a delivery registered under a regional programme (the programme
 * also of a Patto signed in such a delivery); {@code endDate} is the agreed end of what the fact started (an
 * internship's last day), for the outcomes after it.
 */
record Fact(FactKind kind, String sourceKey, LocalDate date, UUID organisationId, UUID counterpartOrganisationId,
        UUID siteId, UUID operatorId, UUID personId, UUID employerId, UUID itemId, String detail, String sex,
        String ageBand, String programme, Integer minutes, LocalDate endDate) {

    static Fact of(FactKind kind, String sourceKey, LocalDate date, UUID organisationId) {
        return new Fact(kind, sourceKey, date, organisationId, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    Fact counterpart(UUID organisation) {
        return new Fact(kind, sourceKey, date, organisationId, organisation, siteId, operatorId, personId,
                employerId, itemId, detail, sex, ageBand, programme, minutes, endDate);
    }

    Fact at(UUID site, UUID operator) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, site, operator, personId,
                employerId, itemId, detail, sex, ageBand, programme, minutes, endDate);
    }

    Fact person(UUID person) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId, person,
                employerId, itemId, detail, sex, ageBand, programme, minutes, endDate);
    }

    Fact employer(UUID employer) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employer, itemId, detail, sex, ageBand, programme, minutes, endDate);
    }

    Fact item(UUID item) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, item, detail, sex, ageBand, programme, minutes, endDate);
    }

    Fact detail(String value) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, itemId, value, sex, ageBand, programme, minutes, endDate);
    }

    /** For an anonymous visitor: the only dimensions recorded of them. */
    Fact visitor(String visitorSex, String visitorAgeBand) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, itemId, detail, visitorSex, visitorAgeBand, programme, minutes, endDate);
    }

    /** For a delivery: the programme it was registered under (null for none) and its minutes. */
    Fact programme(String code, Integer deliveredMinutes) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, itemId, detail, sex, ageBand, code, deliveredMinutes, endDate);
    }

    /** For an internship activated: its agreed last day. */
    Fact endingOn(LocalDate end) {
        return new Fact(kind, sourceKey, date, organisationId, counterpartOrganisationId, siteId, operatorId,
                personId, employerId, itemId, detail, sex, ageBand, programme, minutes, end);
    }
}
