package it.retelavoro.interop.sap;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.interop.sap.Sap.ActionEntry;
import it.retelavoro.interop.sap.Sap.ActivePolicies;
import it.retelavoro.interop.sap.Sap.Address;
import it.retelavoro.interop.sap.Sap.AdministrativeData;
import it.retelavoro.interop.sap.Sap.Availability;
import it.retelavoro.interop.sap.Sap.Coded;
import it.retelavoro.interop.sap.Sap.Course;
import it.retelavoro.interop.sap.Sap.DeclaredExperience;
import it.retelavoro.interop.sap.Sap.DeliveryEntry;
import it.retelavoro.interop.sap.Sap.EducationAndTraining;
import it.retelavoro.interop.sap.Sap.InternshipEntry;
import it.retelavoro.interop.sap.Sap.Language;
import it.retelavoro.interop.sap.Sap.LanguagesAndSkills;
import it.retelavoro.interop.sap.Sap.PactEntry;
import it.retelavoro.interop.sap.Sap.PersonalData;
import it.retelavoro.interop.sap.Sap.PlanEntry;
import it.retelavoro.interop.sap.Sap.TrainingEntry;
import it.retelavoro.interop.sap.Sap.WorkExperiences;
import it.retelavoro.pathway.ActionPlan;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.Did;
import it.retelavoro.pathway.DidState;
import it.retelavoro.pathway.Internship;
import it.retelavoro.pathway.Pact;
import it.retelavoro.pathway.PathwayOverview;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.TrainingEvent;
import it.retelavoro.pathway.TrainingEventKind;
import it.retelavoro.person.LanguageSkill;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.Profile;
import it.retelavoro.person.WorkExperience;
import it.retelavoro.reference.BirthPlaces;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Countries;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.reference.Languages;
import it.retelavoro.reference.Occupation;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a person's Scheda Anagrafico-Professionale (issue 15, part 3), through the public services of the person
 * and pathway modules: the record with its profile ({@link PersonDirectory#person}), the whole pathway
 * ({@link PathwayOverviews#overview}), the CO employments ({@link SapWorkHistory}).
 *
 * <p>Only an operator of the organisation that has the person in charge reads it, as for the person's page: anyone
 * else gets 403 (404 when no person has the id), and the denial is audited as {@code SAP_READ} besides the person
 * module's own record. Every read is audited as {@code SAP_READ} with the format asked (the person and pathway
 * modules audit their own reads too). The special categories of data are never read.
 */
@Service
public class SapSheets {

    static final String OBJECT = "PERSON";

    private final PersonDirectory persons;
    private final PathwayOverviews pathways;
    private final ObjectProvider<SapWorkHistory> workHistory;
    private final BirthPlaces birthPlaces;
    private final Comuni comuni;
    private final Countries countries;
    private final EducationLevels educationLevels;
    private final Occupations occupations;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    SapSheets(PersonDirectory persons, PathwayOverviews pathways, ObjectProvider<SapWorkHistory> workHistory,
            BirthPlaces birthPlaces, Comuni comuni, Countries countries, EducationLevels educationLevels,
            Occupations occupations, MessageSource messages, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.pathways = pathways;
        this.workHistory = workHistory;
        this.birthPlaces = birthPlaces;
        this.comuni = comuni;
        this.countries = countries;
        this.educationLevels = educationLevels;
        this.occupations = occupations;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The formats the SAP is read in, written in the audit's detail. */
    public enum Format {
        JSON, XML, PDF
    }

    /**
     * The person's SAP, the descriptions of its codes in {@code locale}. Audited as {@code SAP_READ}.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException when the caller is not an operator of the organisation in charge (audited)
     */
    @Transactional(readOnly = true)
    public Sap sheet(PersonId id, Format format, CurrentUser caller, Locale locale) {
        try {
            persons.requireInCharge(id, caller);
        } catch (AccessDeniedException denied) {
            audit.denied("SAP_READ", OBJECT, id);
            throw denied;
        }
        Person person = persons.person(id, caller);
        PathwayOverview pathway = pathways.overview(id, caller);
        LocalDate today = LocalDate.now(clock);
        Labels labels = new Labels(locale);
        PersonDetails details = person.details();
        Profile profile = details.profile();
        Sap sap = new Sap(Sap.VERSION, today, id.value(), labels.organisation(person.inChargeOf()),
                personalData(person, details, labels), administrativeData(pathway, today, labels),
                new WorkExperiences(workHistory.getIfAvailable(() -> SapWorkHistory.NONE).employments(id, locale),
                        profile.experiences().stream().map(experience -> declared(experience, labels)).toList()),
                educationAndTraining(details, pathway, labels), languagesAndSkills(profile, labels),
                profile.desiredOccupations().stream().sorted().map(labels::occupation).toList(),
                availability(profile, pathway, labels), activePolicies(pathway, labels));
        audit.success("SAP_READ", OBJECT, id, "format=" + format.name().toLowerCase(Locale.ROOT));
        return sap;
    }

    private PersonalData personalData(Person person, PersonDetails details, Labels labels) {
        return new PersonalData(person.fiscalCodeAsIssued(), person.lastName(), person.firstName(),
                person.birthDate(), person.sex() == null ? null : labels.coded(person.sex().name(),
                        person.sex().labelKey()),
                person.birthPlace() == null ? null : new Coded(person.birthPlace(),
                        birthPlaces.labelOf(person.birthPlace())),
                person.citizenship() == null ? null : new Coded(person.citizenship(),
                        countries.nameOf(person.citizenship(), labels.locale)),
                address(details.residence()), address(details.domicile()), details.phone(), details.email());
    }

    private Address address(it.retelavoro.person.Address address) {
        if (address == null) {
            return null;
        }
        return new Address(address.address(), address.comune() == null ? null
                : new Coded(address.comune(), comuni.labelOf(address.comune())));
    }

    private static AdministrativeData administrativeData(PathwayOverview pathway, LocalDate today, Labels labels) {
        Optional<Did> did = pathway.did();
        LocalDate pactSignedOn = pathway.pactInForce().map(Pact::decidedOn).orElse(null);
        if (did.isEmpty()) {
            return new AdministrativeData(null, null, null, null, null, pactSignedOn);
        }
        Did last = did.get();
        LocalDate stateSince = last.history().isEmpty() ? last.declaredOn()
                : last.history().get(last.history().size() - 1).occurredOn();
        return new AdministrativeData(last.declaredOn(), labels.coded(last.state().name(), last.state().labelKey()),
                stateSince, labels.coded(last.channel().name(), last.channel().labelKey()),
                monthsSinceDid(last.state(), last.declaredOn(), today), pactSignedOn);
    }

    /**
     * Whole calendar months from the declaration to {@code today}, as the SAP's months of unemployment; none for a
     * revoked DID. Suspensions are not deducted: the network does not compute the national rules of anzianità.
     */
    static Integer monthsSinceDid(DidState state, LocalDate declaredOn, LocalDate today) {
        if (state == DidState.REVOKED || declaredOn.isAfter(today)) {
            return null;
        }
        return (int) ChronoUnit.MONTHS.between(declaredOn, today);
    }

    private static DeclaredExperience declared(WorkExperience experience, Labels labels) {
        return new DeclaredExperience(experience.employer(),
                experience.occupation() == null ? null : labels.occupation(experience.occupation()),
                experience.from(), experience.to(), experience.description());
    }

    private EducationAndTraining educationAndTraining(PersonDetails details, PathwayOverview pathway,
            Labels labels) {
        Coded level = details.educationLevel() == null ? null
                : new Coded(details.educationLevel(), educationLevels.labelOf(details.educationLevel()));
        List<Course> courses = live(pathway.training()).stream()
                .filter(event -> event.event() == TrainingEventKind.COMPLETED)
                .sorted(Comparator.comparing(TrainingEvent::date))
                .map(event -> new Course(event.course(), event.provider(), event.hours(), event.date()))
                .toList();
        return new EducationAndTraining(level, courses);
    }

    private static LanguagesAndSkills languagesAndSkills(Profile profile, Labels labels) {
        List<Language> languages = profile.languages().stream().map(skill -> language(skill, labels)).toList();
        List<Coded> licences = profile.drivingLicences().stream().sorted()
                .map(licence -> labels.coded(licence.name(), licence.labelKey())).toList();
        return new LanguagesAndSkills(languages, licences);
    }

    private static Language language(LanguageSkill skill, Labels labels) {
        Coded language = new Coded(skill.language(), Languages.nameOf(skill.language(), labels.locale));
        Coded level = skill.motherTongue() || skill.level() == null ? null
                : labels.coded(skill.level().name(), skill.level().labelKey());
        return new Language(language, level, skill.motherTongue());
    }

    private static Availability availability(Profile profile, PathwayOverview pathway, Labels labels) {
        var availability = profile.availability();
        return new Availability(availability.hours() == null ? null
                : labels.coded(availability.hours().name(), availability.hours().labelKey()),
                availability.maxKm(), availability.provinces().stream().sorted().toList(),
                Boolean.TRUE.equals(availability.willingToRelocate()),
                pathway.pactInForce().map(Pact::trainingAvailability).orElse(null));
    }

    private static ActivePolicies activePolicies(PathwayOverview pathway, Labels labels) {
        List<DeliveryEntry> deliveries = pathway.deliveries().stream().filter(delivery -> !delivery.isCancelled())
                .sorted(Comparator.comparing(Delivery::date).thenComparing(Delivery::recordedAt))
                .map(delivery -> new DeliveryEntry(labels.service(delivery.service().name()), delivery.date(),
                        labels.coded(delivery.mode().name(), delivery.mode().labelKey()), delivery.minutes(),
                        labels.organisation(delivery.organisationId()), delivery.programme().orElse(null)))
                .toList();
        List<PactEntry> pacts = pathway.pacts().stream().filter(pact -> !pact.isCancelled())
                .sorted(Comparator.comparing(Pact::decidedOn).thenComparing(Pact::recordedAt))
                .map(pact -> new PactEntry(pact.decidedOn(), labels.coded(pact.outcome().name(),
                        pact.outcome().labelKey()), pact.isInForce(), labels.organisation(pact.organisationId())))
                .toList();
        List<PlanEntry> plans = pathway.plans().stream().filter(plan -> !plan.isCancelled())
                .sorted(Comparator.comparing(ActionPlan::decidedOn).thenComparing(ActionPlan::recordedAt))
                .map(plan -> new PlanEntry(plan.decidedOn(), labels.coded(plan.outcome().name(),
                        plan.outcome().labelKey()), plan.isInForce(), labels.organisation(plan.organisationId()),
                        plan.actions().stream().map(action -> new ActionEntry(
                                action.service() == null ? null : labels.service(action.service().name()),
                                action.description(), action.dueOn(),
                                labels.coded(action.state().name(), action.state().labelKey()))).toList()))
                .toList();
        List<TrainingEntry> training = live(pathway.training()).stream()
                .sorted(Comparator.comparing(TrainingEvent::date).thenComparing(TrainingEvent::recordedAt))
                .map(event -> new TrainingEntry(labels.coded(event.event().name(), event.event().labelKey()),
                        event.date(), event.course(), event.provider(), event.hours(),
                        labels.organisation(event.organisationId())))
                .toList();
        List<InternshipEntry> internships = pathway.internships().stream()
                .filter(internship -> !internship.isCancelled())
                .sorted(Comparator.comparing(Internship::start).thenComparing(Internship::recordedAt))
                .map(internship -> new InternshipEntry(internship.host(), internship.start(), internship.end(),
                        labels.coded(internship.state().name(), internship.state().labelKey()),
                        internship.activatedOn().orElse(null), labels.organisation(internship.organisationId())))
                .toList();
        return new ActivePolicies(deliveries, pacts, plans, training, internships);
    }

    private static List<TrainingEvent> live(List<TrainingEvent> training) {
        return training.stream().filter(event -> !event.isCancelled()).toList();
    }

    /** The descriptions of one sheet, in its language; the names of the organisations read once each. */
    private final class Labels {

        private final Locale locale;
        private final Map<OrganisationId, String> organisations = new HashMap<>();

        Labels(Locale locale) {
            this.locale = locale;
        }

        Coded coded(String code, String labelKey) {
            return new Coded(code, messages.getMessage(labelKey, null, code, locale));
        }

        Coded service(String code) {
            return coded(code, "catalogue.service." + code + ".name");
        }

        Coded occupation(String code) {
            return new Coded(code, occupations.byCode(code).map(Occupation::name).orElse(code));
        }

        String organisation(OrganisationId id) {
            return organisations.computeIfAbsent(id, persons::organisationName);
        }
    }
}
