package it.retelavoro.network;

import it.retelavoro.employer.CompanyPact;
import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerDelivery;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.person.Person;
import it.retelavoro.support.ColumnLengths;
import it.retelavoro.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each text limit the network checks is declared once, and is exactly its column's length. */
@IntegrationTest
class FieldLimitsTests {

    @Autowired
    JdbcClient jdbc;


    @Test
    void the_declared_maximum_lengths_are_the_columns_lengths() {
        Map<String, Integer> declared = Map.of(
                "organisation.name", Organisation.NAME_MAX,
                "organisation.accreditation_reference", Organisation.ACCREDITATION_REFERENCE_MAX,
                "site.name", Site.NAME_MAX,
                "site.address", Site.ADDRESS_MAX,
                "user_account.full_name", UserAccount.FULL_NAME_MAX,
                "user_account.email", UserAccount.EMAIL_MAX);
        ColumnLengths.assertDeclared(jdbc, declared);
    }

    @Test
    void the_person_and_employer_maximum_lengths_are_the_columns_lengths() {
        Map<String, Integer> declared = Map.ofEntries(
                Map.entry("person.first_name", Person.FIRST_NAME_MAX),
                Map.entry("person.last_name", Person.LAST_NAME_MAX),
                Map.entry("person.residence_address", Person.ADDRESS_MAX),
                Map.entry("person.domicile_address", Person.ADDRESS_MAX),
                Map.entry("person.email", Person.EMAIL_MAX),
                Map.entry("person_experience.employer", Person.EXPERIENCE_EMPLOYER_MAX),
                Map.entry("person_experience.description", Person.EXPERIENCE_DESCRIPTION_MAX),
                Map.entry("person_transfer.reason", Person.TRANSFER_REASON_MAX),
                Map.entry("employer.name", Employer.NAME_MAX),
                Map.entry("employer.address", Employer.ADDRESS_MAX),
                Map.entry("employer_site.address", Employer.SITE_ADDRESS_MAX),
                Map.entry("employer_contact.name", Employer.CONTACT_NAME_MAX),
                Map.entry("employer_contact.role", Employer.CONTACT_ROLE_MAX),
                Map.entry("employer_contact.email", Employer.CONTACT_EMAIL_MAX),
                Map.entry("employer_delivery.needs", EmployerDelivery.NEEDS_MAX),
                Map.entry("company_pact.commitments", CompanyPact.COMMITMENTS_MAX),
                Map.entry("vacancy.title", Vacancy.TITLE_MAX),
                Map.entry("vacancy.description", Vacancy.DESCRIPTION_MAX),
                Map.entry("vacancy.education_level", Vacancy.EDUCATION_LEVEL_MAX),
                Map.entry("vacancy_skill.skill", Vacancy.SKILL_MAX),
                Map.entry("vacancy_state_change.reason", Vacancy.STATE_CHANGE_REASON_MAX));
        ColumnLengths.assertDeclared(jdbc, declared);
    }

    /** Issue 13, part E: the signed choice of a taking over, and the reason of a month's reopening. */
    @Test
    void the_takeover_and_period_limits_are_the_columns_lengths() {
        ColumnLengths.assertDeclared(jdbc, Map.of(
                "person_transfer.document_reference", Person.CHOICE_DOCUMENT_REFERENCE_MAX,
                "employer_takeover.document_reference", Employer.CHOICE_DOCUMENT_REFERENCE_MAX,
                "registration_period_act.reason", it.retelavoro.catalogue.RegistrationPeriods.REASON_MAX));
    }

    /** Issue 14, part E: how the public reaches a site. */
    @Test
    void the_site_contact_limits_are_the_columns_lengths() {
        ColumnLengths.assertDeclared(jdbc, Map.of(
                "site.opening_hours", Site.OPENING_HOURS_MAX,
                "site.phone", Site.PHONE_MAX,
                "site.email", Site.EMAIL_MAX));
    }

    /** Issue 17: the identity a staff account is linked to, and a person's request of rectification. */
    @Test
    void the_identity_and_rectification_limits_are_the_columns_lengths() {
        ColumnLengths.assertDeclared(jdbc, Map.of(
                "user_account.identity_link", it.retelavoro.network.UserAccount.IDENTITY_LINK_MAX,
                "person_rectification_request.proposed_value",
                it.retelavoro.person.RectificationRequest.PROPOSED_VALUE_MAX,
                "person_rectification_request.note", it.retelavoro.person.RectificationRequest.NOTE_MAX,
                "person_rectification_request.answer_reason",
                it.retelavoro.person.RectificationRequest.ANSWER_REASON_MAX,
                "citizen_contact_request.email", it.retelavoro.citizen.ContactRequest.EMAIL_MAX,
                "citizen_contact_request.phone", it.retelavoro.citizen.ContactRequest.PHONE_MAX,
                "citizen_contact_request.message", it.retelavoro.citizen.ContactRequest.MESSAGE_MAX));
    }
}
