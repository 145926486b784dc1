package it.retelavoro.interop.sap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Scheda Anagrafico-Professionale of a person as the network knows it, section by section as the national SAP
 * has them (the sections and the Italian names the XML uses are in {@code docs/sap.md}, with their source). Built by
 * {@link SapSheets} from the person's record and pathway; the same record is written as JSON, XML
 * ({@link SapXmlWriter}) and PDF. No special-category data (complex targets, cultural mediation) is part of it.
 *
 * @param version              the version of this format ({@value #VERSION}), the XML's namespace ends with it
 * @param generatedOn          the day the sheet was read
 * @param personId             the person's id in the network
 * @param holder               the organisation that has the person in charge (ente titolare)
 * @param personalData         datiAnagrafici
 * @param administrativeData   datiAmministrativi: the DID and the Patto
 * @param workExperiences      esperienzeLavorative: the CO employments and the experiences the operator recorded
 * @param educationAndTraining percorsoFormativo: education level and courses completed
 * @param languagesAndSkills   informazioniCurriculari: languages and driving licences
 * @param desiredOccupations   professioniDesiderate: ISTAT CP2021 codes with their names
 * @param availability         disponibilita
 * @param activePolicies       politicheAttive: deliveries, Patti, PAI with their actions, training, internships
 */
public record Sap(String version, LocalDate generatedOn, UUID personId, String holder, PersonalData personalData,
        AdministrativeData administrativeData, WorkExperiences workExperiences,
        EducationAndTraining educationAndTraining, LanguagesAndSkills languagesAndSkills,
        List<Coded> desiredOccupations, Availability availability, ActivePolicies activePolicies) {

    /** The version of the format; a change that breaks a reader takes a new one, and a new XML namespace. */
    public static final String VERSION = "1";

    public Sap {
        desiredOccupations = List.copyOf(desiredOccupations);
    }

    /**
     * A value of a code list with its description (the national SAP's decodifica), e.g. {@code F} Femmina.
     *
     * @param code        the code as the network stores it
     * @param description its name in the language the sheet was read in; the code when it has none
     */
    public record Coded(String code, String description) {
    }

    /**
     * An address: the street as written and the comune by its cadastral code.
     *
     * @param street the street, number and any detail
     * @param comune the comune (cadastral code and name), may be null
     */
    public record Address(String street, Coded comune) {

        /** The address on one line, for print: street, then comune. */
        public String line() {
            String place = comune == null ? null : comune.description();
            if (street == null || street.isBlank()) {
                return place;
            }
            return place == null ? street : street + ", " + place;
        }
    }

    /**
     * datiAnagrafici: datiPersonali and reperibilitaRecapiti.
     *
     * @param fiscalCode  codiceFiscale, as issued
     * @param lastName    cognome
     * @param firstName   nome
     * @param birthDate   dataDiNascita
     * @param sex         genere
     * @param birthPlace  luogoDiNascita: comune or foreign state by its cadastral code
     * @param citizenship cittadinanza: ISO 3166 alpha-2
     * @param residence   residenza, may be null
     * @param domicile    domicilio, may be null
     * @param phone       telefono, may be null
     * @param email       email, may be null
     */
    public record PersonalData(String fiscalCode, String lastName, String firstName, LocalDate birthDate, Coded sex,
            Coded birthPlace, Coded citizenship, Address residence, Address domicile, String phone, String email) {
    }

    /**
     * datiAmministrativi: the position of the person (posizione) by the last DID and the Patto in force.
     *
     * @param didDate        dataDid: the day of the declaration, null without a DID
     * @param didState       statoDid
     * @param didStateSince  dataStatoDid: the day of the DID's last change of state
     * @param didChannel     origine: where the DID was made
     * @param monthsSinceDid mesiAnzianitaDisoccup: whole calendar months from the declaration to the day of the
     *                       sheet, suspensions not deducted; null without a DID in force
     * @param pactSignedOn   dataFirmaPatto: the day the Patto di Servizio in force was signed, null without one
     */
    public record AdministrativeData(LocalDate didDate, Coded didState, LocalDate didStateSince, Coded didChannel,
            Integer monthsSinceDid, LocalDate pactSignedOn) {
    }

    /**
     * esperienzeLavorative.
     *
     * @param employments rapporti: the employments the Comunicazioni Obbligatorie tell ({@link SapWorkHistory})
     * @param declared    esperienzeProfessionali: the experiences the operator recorded on the person's profile
     */
    public record WorkExperiences(List<SapEmployment> employments, List<DeclaredExperience> declared) {

        public WorkExperiences {
            employments = List.copyOf(employments);
            declared = List.copyOf(declared);
        }
    }

    /**
     * esperienzaProfessionale: a job the person told the operator about.
     *
     * @param employer    denominazioneDatore
     * @param occupation  qualifica: ISTAT CP2021, may be null
     * @param from        dataAssunzione
     * @param to          dataCessazione, null while it goes on
     * @param description mansione: what the person did, in their words
     */
    public record DeclaredExperience(String employer, Coded occupation, LocalDate from, LocalDate to,
            String description) {
    }

    /**
     * percorsoFormativo.
     *
     * @param educationLevel titoloDiStudio: the ISTAT level of education, may be null
     * @param courses        formazioneProfessionale: the courses the person completed
     */
    public record EducationAndTraining(Coded educationLevel, List<Course> courses) {

        public EducationAndTraining {
            courses = List.copyOf(courses);
        }
    }

    /**
     * altroCorso: a course completed (formazioneProfessionale).
     *
     * @param title       denominazioneCorso
     * @param provider    enteErogatore, may be null
     * @param hours       durataOre, may be null
     * @param completedOn dataFine
     */
    public record Course(String title, String provider, Integer hours, LocalDate completedOn) {
    }

    /**
     * informazioniCurriculari.
     *
     * @param languages       lingueStraniere
     * @param drivingLicences patenti
     */
    public record LanguagesAndSkills(List<Language> languages, List<Coded> drivingLicences) {

        public LanguagesAndSkills {
            languages = List.copyOf(languages);
            drivingLicences = List.copyOf(drivingLicences);
        }
    }

    /**
     * linguaStraniera.
     *
     * @param language     lingua: ISO 639-1
     * @param level        livello: CEFR, null for a mother tongue
     * @param motherTongue madrelingua
     */
    public record Language(Coded language, Coded level, boolean motherTongue) {
    }

    /**
     * disponibilita.
     *
     * @param workingHours         orario: full time, part time or either; may be null
     * @param maxKm                kmMassimi, may be null
     * @param provinces            province: two-letter codes
     * @param willingToRelocate    disponibilitaTrasferimento
     * @param trainingAvailability disponibilitaFormazione, as the Patto in force records it; null without one
     */
    public record Availability(Coded workingHours, Integer maxKm, List<String> provinces, boolean willingToRelocate,
            Boolean trainingAvailability) {

        public Availability {
            provinces = List.copyOf(provinces);
        }
    }

    /**
     * politicheAttive: what the network did with the person, oldest first, the cancelled acts left out.
     *
     * @param deliveries  erogazioni: the standard services A.1-A.6
     * @param pacts       patti: the Patti di Servizio, signed or refused
     * @param actionPlans pianiAzione: the PAI with their actions
     * @param training    corsi: the steps of training (referral, enrolment, completion)
     * @param internships tirocini
     */
    public record ActivePolicies(List<DeliveryEntry> deliveries, List<PactEntry> pacts, List<PlanEntry> actionPlans,
            List<TrainingEntry> training, List<InternshipEntry> internships) {

        public ActivePolicies {
            deliveries = List.copyOf(deliveries);
            pacts = List.copyOf(pacts);
            actionPlans = List.copyOf(actionPlans);
            training = List.copyOf(training);
            internships = List.copyOf(internships);
        }
    }

    /**
     * erogazione.
     *
     * @param service      attivita: A1-A6 with its name
     * @param date         data
     * @param mode         modalita: individual, group, back office
     * @param minutes      durataMinuti, may be null
     * @param organisation entePromotore
     * @param programme    titoloProgetto: the regional programme that funds it, may be null
     */
    public record DeliveryEntry(Coded service, LocalDate date, Coded mode, Integer minutes, String organisation,
            String programme) {
    }

    /**
     * patto.
     *
     * @param decidedOn    dataPatto: the day it was signed or refused
     * @param outcome      esito
     * @param inForce      inVigore
     * @param organisation enteCompetenza
     */
    public record PactEntry(LocalDate decidedOn, Coded outcome, boolean inForce, String organisation) {
    }

    /**
     * pai.
     *
     * @param decidedOn    dataInizioPai
     * @param outcome      esito
     * @param inForce      inVigore
     * @param organisation enteCompetenza
     * @param actions      azioni
     */
    public record PlanEntry(LocalDate decidedOn, Coded outcome, boolean inForce, String organisation,
            List<ActionEntry> actions) {

        public PlanEntry {
            actions = List.copyOf(actions);
        }
    }

    /**
     * azione of a PAI.
     *
     * @param service     servizio, may be null
     * @param description descrizione
     * @param dueOn       dataScadenza, may be null
     * @param state       stato
     */
    public record ActionEntry(Coded service, String description, LocalDate dueOn, Coded state) {
    }

    /**
     * corso: a step of the person's training.
     *
     * @param step         evento: referred, enrolled, completed
     * @param date         data
     * @param course       titolo
     * @param provider     enteErogatore, may be null
     * @param hours        durataOre, may be null
     * @param organisation enteCompetenza: who recorded it
     */
    public record TrainingEntry(Coded step, LocalDate date, String course, String provider, Integer hours,
            String organisation) {
    }

    /**
     * tirocinio.
     *
     * @param host         soggettoOspitante
     * @param start        dataInizio
     * @param end          dataFine
     * @param state        stato
     * @param activatedOn  dataAttivazione, null while planned
     * @param organisation entePromotore
     */
    public record InternshipEntry(String host, LocalDate start, LocalDate end, Coded state, LocalDate activatedOn,
            String organisation) {
    }
}
