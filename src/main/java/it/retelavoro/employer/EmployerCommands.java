package it.retelavoro.employer;

import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What callers ask of the employer module; validated by the application services, not here. */
public final class EmployerCommands {

    private EmployerCommands() {
    }

    /** An immutable copy without the null elements a JSON array may carry ({@code [null]}). */
    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }

    static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of()
                : values.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A company to register, identified by its fiscal code (partita IVA or a sole trader's codice fiscale). */
    public record NewEmployer(String fiscalCode, EmployerDetails details) {
    }

    /**
     * The descriptive data of a company.
     *
     * @param ateco    the ATECO 2007 code of the main activity, a subcategory as ISTAT writes it ({@code 62.01.00})
     * @param comune   the cadastral code of the comune of the registered office
     * @param sites    the operating sites (unità operative)
     * @param contacts the persons to contact
     */
    public record EmployerDetails(String name, LegalForm legalForm, String ateco, SizeClass sizeClass, String comune,
            String address, List<SiteDetails> sites, List<ContactDetails> contacts) {
        public EmployerDetails {
            sites = copy(sites);
            contacts = copy(contacts);
        }
    }

    /** An operating site: comune (cadastral code) and address. */
    public record SiteDetails(String comune, String address) {
    }

    /** A contact person: name, role in the company, phone, email. */
    public record ContactDetails(String name, String role, String phone, String email) {
    }

    /**
     * A standard service B1-B4 delivered to a company.
     *
     * @param date    the day of the delivery (not in the future); the catalogue version in force that day judges it
     * @param minutes the duration, as the scheda measures it
     * @param siteId  the site of the caller's organisation where it was delivered
     * @param place   B1: at the company or at the office
     * @param needs   B1, B2: the needs of the company noted by the operator
     */
    public record NewDelivery(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, SiteId siteId,
            DeliveryPlace place, String needs, DeliveryOutputs outputs) {
        public NewDelivery {
            outputs = outputs == null ? DeliveryOutputs.none() : outputs;
        }
    }

    /**
     * What a delivery produced.
     *
     * @param interest        B1: whether the company is interested in the matching service
     * @param pactOutcome     B2: the company Patto signed or refused
     * @param commitments     B2: the mutual commitments written in the Patto
     * @param plannedServices B2: the services planned in the company action plan opened on signature
     * @param topics          B3: the subjects of the consulting
     * @param vacancyId       B4: the vacancy worked on
     * @param vacancyIds      B1, B2: the vacancies captured
     */
    public record DeliveryOutputs(Boolean interest, PactOutcome pactOutcome, String commitments,
            Set<ServiceCode> plannedServices, List<ConsultingTopic> topics, VacancyId vacancyId,
            List<VacancyId> vacancyIds) {
        public DeliveryOutputs {
            plannedServices = copy(plannedServices);
            topics = copy(topics);
            vacancyIds = copy(vacancyIds);
        }

        public static DeliveryOutputs none() {
            return new DeliveryOutputs(null, null, null, Set.of(), List.of(), null, List.of());
        }
    }

    /**
     * A vacancy to register for a company.
     *
     * @param occupation   the ISTAT CP2021 code of the occupation (unità professionale), e.g. {@code 2.1.1.4.1}
     * @param comune       the cadastral code of the comune of the workplace
     * @param hoursPerWeek the weekly hours, when known
     * @param published    whether it appears on the public job board
     * @param anonymous    whether the job board hides the company's name
     */
    public record NewVacancy(String title, String description, String occupation, Integer positions, String comune,
            ContractType contractType, Integer hoursPerWeek, Requirements requirements, boolean published,
            boolean anonymous, LocalDate expiresOn) {
        public NewVacancy {
            requirements = requirements == null ? Requirements.none() : requirements;
        }
    }

    /**
     * What a vacancy asks of candidates.
     *
     * @param educationLevel   the ISTAT code of the education level (free code for now)
     * @param experienceMonths the months of experience in the occupation
     * @param languages        languages with their CEFR level
     * @param drivingLicences  driving licence categories
     * @param skills           skills, in the company's words
     */
    public record Requirements(String educationLevel, Integer experienceMonths, List<LanguageRequirement> languages,
            Set<DrivingLicence> drivingLicences, List<String> skills) {
        public Requirements {
            languages = copy(languages);
            drivingLicences = copy(drivingLicences);
            skills = copy(skills);
        }

        public static Requirements none() {
            return new Requirements(null, null, List.of(), Set.of(), List.of());
        }
    }

    /** A language (ISO 639-1 code, e.g. {@code en}) at a CEFR level. */
    public record LanguageRequirement(String language, CefrLevel level) {
    }

    /** A change of a vacancy's state on a day, with the reason. */
    public record StateChange(VacancyState state, LocalDate date, String reason) {
    }
}
