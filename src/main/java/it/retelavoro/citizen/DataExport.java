package it.retelavoro.citizen;

import it.retelavoro.person.Address;
import it.retelavoro.person.Consent;
import it.retelavoro.person.Person;
import it.retelavoro.person.Profile;
import it.retelavoro.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * All the data the system holds about a person, as they download it (GDPR art. 15 and 20): the same in JSON and in
 * PDF, built from the read models the operators' pages use. Codes are the system's (A1..A6, states, channels); the
 * PDF writes their Italian names.
 */
public record DataExport(Instant exportedAt, Identity identity, Registry registry, String organisationInCharge,
        List<DidRow> dids, List<PactRow> pacts, List<PlanRow> actionPlans, List<ServiceRow> services,
        List<TrainingRow> training, List<InternshipRow> internships, List<ConsentRow> consents,
        List<ConsentRow> consentHistory, List<RectificationRow> rectifications, List<ApplicationRow> applications,
        List<AppointmentRow> appointments, List<EmploymentRow> employments, List<ContactRequest> contactRequests,
        List<AccessRow> accessLog) {

    /** Who logged in, as the identity provider vouched. */
    public record Identity(String fiscalCode, String givenName, String familyName, LocalDate birthDate,
            int levelOfAssurance) {
    }

    /** The registry's record. */
    public record Registry(String fiscalCode, String firstName, String lastName, LocalDate birthDate, String sex,
            String birthPlace, String citizenship, Address residence, Address domicile, String phone, String email,
            String educationLevel, boolean matchingConsent, LocalDate matchingConsentDate, Profile profile,
            Instant registeredAt) {

        static Registry of(Person person) {
            var details = person.details();
            return new Registry(person.fiscalCode(), person.firstName(), person.lastName(), person.birthDate(),
                    person.sex().name(), person.birthPlace(), person.citizenship(), details.residence(),
                    details.domicile(), details.phone(), details.email(), details.educationLevel(),
                    details.matchingConsent(), details.matchingConsentDate(), person.profile(), person.registeredAt());
        }
    }

    public record DidRow(LocalDate declaredOn, String channel, String state, LocalDate certifiedOn,
            List<DidEventRow> history) {
    }

    public record DidEventRow(String state, LocalDate on, String reason) {
    }

    public record PactRow(LocalDate decidedOn, String outcome, boolean inForce, boolean cancelled,
            String meetingFrequency, String jobSearchActs, String jobSearchTiming) {
    }

    public record PlanRow(LocalDate decidedOn, String outcome, boolean inForce, boolean cancelled,
            List<ActionRow> actions) {
    }

    public record ActionRow(String service, String description, LocalDate dueOn, String state) {
    }

    public record ServiceRow(String service, LocalDate date, String mode, Integer minutes, boolean cancelled) {
    }

    public record TrainingRow(LocalDate date, String event, String course, String provider, Integer hours,
            boolean cancelled) {
    }

    public record InternshipRow(LocalDate start, LocalDate end, String host, String state, boolean cancelled) {
    }

    public record ConsentRow(String purpose, boolean given, Instant at, String textVersion, String channel) {

        static ConsentRow of(Consent consent) {
            return new ConsentRow(consent.purpose().name(), consent.given(), consent.at(), consent.textVersion(),
                    consent.channel() == null ? null : consent.channel().name());
        }
    }

    public record RectificationRow(String field, String proposedValue, String note, Instant requestedAt,
            String state, Instant answeredAt, String answerReason) {
    }

    public record ApplicationRow(String reference, String vacancy, Instant submittedAt, String status,
            String declineReason) {
    }

    public record AppointmentRow(String type, Instant startsAt, Instant endsAt, String site, String address,
            String status) {
    }

    public record EmploymentRow(String employer, String employerFiscalCode, LocalDate startDate, LocalDate endDate,
            String contractType, String occupation, LocalDate cessationDate, String cessationCause) {
    }

    public record AccessRow(Instant at, String organisation, Role role, String action) {
    }
}
