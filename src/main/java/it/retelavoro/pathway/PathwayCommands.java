package it.retelavoro.pathway;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupCall;
import it.retelavoro.catalogue.MeetingPart;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What callers ask of the pathway, as typed: the use cases ({@link DidDeclarations}, {@link DeliveryRegistration},
 * ...) validate every field and answer each problem with its field name, so that the pages and the JSON API say the same thing.
 */
public final class PathwayCommands {

    private PathwayCommands() {
    }

    /**
     * A person's DID as received by the caller's organisation.
     *
     * @param declaredOn the day the person declared it
     * @param channel    where they declared it
     * @param cpiId      the CPI to send it to for certification, when the caller (an agency) must choose one
     *                   because no CPI has a site in the person's province of residence; ignored otherwise
     */
    public record DidDeclaration(LocalDate declaredOn, DidChannel channel, OrganisationId cpiId) {
    }

    /**
     * A change of the status of a DID decided by the CPI: suspension, reinstatement or revocation.
     *
     * @param date   the day it takes effect, today when absent
     * @param reason why (required), kept in the DID's history
     */
    public record DidStatusChange(LocalDate date, String reason) {
    }

    /**
     * A delivery of a service to a person, in one sitting.
     *
     * @param service      A1-A6
     * @param mode         individual, group, back office
     * @param date         the day it was delivered: the catalogue version in force that day judges it
     * @param minutes      total minutes of the delivery (of all its meetings)
     * @param meetings     number of meetings (A.4 asks for two), 1 when absent
     * @param siteId       the site, one of the caller's organisation
     * @param notes        free notes of the operator
     * @param togetherWith the services delivered in the same sitting
     * @param functions    the CPI-exclusive functions the delivery exercises (e.g. collocamento mirato)
     * @param outputs      what the delivery produced (A.1 referral, A.2 Patto, A.3 PAI, A.6 results)
     * @param mediator     the cultural mediator who supported the delivery, null when none
     * @param meetingList  the meetings one by one (then {@code minutes} and {@code meetings} follow from them, and
     *                     the date, when absent, is the first meeting's); empty when only the total is given
     * @param inProgress   whether the delivery is registered meeting by meeting and waits for further meetings
     *                     (A.4: "almeno 2" meetings, the first opens it)
     * @param groupCall    why a group delivery is a group (A.2 in group), null when not said
     * @param programme    the code of the regional programme it is registered under, null (or blank) for none
     */
    public record DeliveryRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
            Integer meetings, SiteId siteId, String notes, Set<ServiceCode> togetherWith,
            Set<CpiExclusiveFunction> functions, DeliveryOutputs outputs, DeliveryMediator mediator,
            List<MeetingEntry> meetingList, boolean inProgress, GroupCall groupCall,
            String programme) {

        public DeliveryRequest {
            togetherWith = togetherWith == null ? Set.of() : Set.copyOf(togetherWith);
            functions = functions == null ? Set.of() : Set.copyOf(functions);
            outputs = outputs == null ? DeliveryOutputs.none() : outputs;
            meetingList = meetingList == null ? List.of() : meetingList.stream().map(meeting -> meeting == null
                    || meeting.mode() != null ? meeting : new MeetingEntry(meeting.date(), meeting.minutes(),
                            mode, meeting.part())).toList();
            // With the meetings listed, the day of the delivery is the first meeting's unless given.
            if (date == null && !meetingList.isEmpty() && meetingList.get(0) != null) {
                date = meetingList.get(0).date();
            }
            programme = programme == null || programme.isBlank() ? null : programme.strip();
        }

        /** A delivery given as a total and a count, complete at once, with no mediator: the fields before issue 13. */
        public DeliveryRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
                Integer meetings, SiteId siteId, String notes, Set<ServiceCode> togetherWith,
                Set<CpiExclusiveFunction> functions, DeliveryOutputs outputs) {
            this(service, mode, date, minutes, meetings, siteId, notes, togetherWith, functions, outputs, null);
        }

        /** A delivery given as a total and a count, complete at once. */
        public DeliveryRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
                Integer meetings, SiteId siteId, String notes, Set<ServiceCode> togetherWith,
                Set<CpiExclusiveFunction> functions, DeliveryOutputs outputs, DeliveryMediator mediator) {
            this(service, mode, date, minutes, meetings, siteId, notes, togetherWith, functions, outputs, mediator,
                    List.of(), false, null, null);
        }

        /** A delivery supported by no mediator, its meetings one by one. */
        public DeliveryRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
                Integer meetings, SiteId siteId, String notes, Set<ServiceCode> togetherWith,
                Set<CpiExclusiveFunction> functions, DeliveryOutputs outputs, List<MeetingEntry> meetingList,
                boolean inProgress, GroupCall groupCall) {
            this(service, mode, date, minutes, meetings, siteId, notes, togetherWith, functions, outputs, null,
                    meetingList, inProgress, groupCall, null);
        }

        int meetingsOrOne() {
            return !meetingList.isEmpty() ? meetingList.size() : meetings == null ? 1 : meetings;
        }
    }

    /**
     * A meeting of a delivery, as typed.
     *
     * @param date    the day it was held
     * @param minutes how long it lasted
     * @param mode    individual, group or back office; the delivery's mode when absent
     * @param part    A.6: presence or back office; from the mode when absent
     */
    public record MeetingEntry(LocalDate date, Integer minutes, DeliveryMode mode, MeetingPart part) {
    }

    /**
     * The outputs a delivery carries.
     *
     * @param referral          A.1: the service of the network or the external service the person is referred to
     * @param pact              A.2: the Patto di Servizio put to the person
     * @param actionPlan        A.3: the PAI put to the person
     * @param actionId          A.4-A.6: the PAI action the delivery carries out, if one
     * @param interviewReferral A.6: the person was sent to job interviews
     * @param jobPlacement      A.6: the person was placed in a job
     */
    public record DeliveryOutputs(String referral, PactTerms pact, ActionPlanTerms actionPlan, ActionId actionId,
            boolean interviewReferral, boolean jobPlacement) {

        public static DeliveryOutputs none() {
            return new DeliveryOutputs(null, null, null, null, false, false);
        }
    }

    /**
     * The Patto di Servizio put to the person in A.2, with the contents art. 20 D.Lgs. 150/2015 asks for.
     *
     * @param outcome              signed or refused
     * @param responsibleOperator  the operator responsible for the person's pathway
     * @param meetingFrequency     how often the person meets the operator
     * @param jobSearchActs        the acts of job search the person commits to, and how they prove them
     * @param jobSearchTiming      when they do them
     * @param trainingAvailability whether the person is available for training and requalification
     */
    public record PactTerms(Outcome outcome, String responsibleOperator, String meetingFrequency,
            String jobSearchActs, String jobSearchTiming, Boolean trainingAvailability) {
    }

    /**
     * The PAI put to the person in A.3.
     *
     * @param outcome          signed or refused
     * @param specificNeed     whether a specific individual need was found that opens A.4 (consulenza orientativa)
     * @param specificNeedText what the need is
     * @param actions          the planned actions
     */
    public record ActionPlanTerms(Outcome outcome, Boolean specificNeed, String specificNeedText,
            List<PlannedActionRequest> actions) {

        public ActionPlanTerms {
            actions = actions == null ? List.of() : actions;
        }
    }

    /**
     * An action of a PAI.
     *
     * @param service     the standard service it plans (A4-A6), null for other actions (e.g. a course)
     * @param description what is to be done
     * @param dueOn       by when
     */
    public record PlannedActionRequest(ServiceCode service, String description, LocalDate dueOn) {
    }

    /** A new state of a PAI action, with the day it changed. */
    public record ActionUpdate(ActionState state, LocalDate date, String note) {
    }

    /** The specific need that opens A.4, found after the PAI was signed. */
    public record SpecificNeed(String text, LocalDate date) {
    }

    /**
     * A session delivered to a group: one delivery for each participant, all or none.
     *
     * @param outputs      what the session produced for every participant (e.g. the Patto of a group A.2,
     *                     the results of a group A.6); no PAI and no PAI action, which are individual
     * @param participants the persons, all in charge of the caller's organisation
     * @param groupCall    why the session is a group (A.2: a collective intake by a company or a call for a
     *                     project), with the company or project named
     * @param pactOutcomes A.2: each participant's own Patto outcome, signed or refused in their "colloquio
     *                     individuale per la sottoscrizione del Patto"; a participant absent from it has none yet
     *                     (or the session's {@code outputs.pact}, kept for the clients before issue 13)
     * @param mediator     the cultural mediator who supported the session, for every participant; null when none
     */
    public record GroupSessionRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
            SiteId siteId, String notes, Set<ServiceCode> togetherWith, DeliveryOutputs outputs,
            List<PersonId> participants, GroupCall groupCall, Map<PersonId, Outcome> pactOutcomes,
            DeliveryMediator mediator) {

        public GroupSessionRequest {
            togetherWith = togetherWith == null ? Set.of() : Set.copyOf(togetherWith);
            outputs = outputs == null ? DeliveryOutputs.none() : outputs;
            participants = participants == null ? List.of() : participants;
            pactOutcomes = pactOutcomes == null ? Map.of() : Map.copyOf(pactOutcomes);
        }

        /** A session with no group reason and one outcome for all: the fields before issue 13. */
        public GroupSessionRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
                SiteId siteId, String notes, Set<ServiceCode> togetherWith, DeliveryOutputs outputs,
                List<PersonId> participants) {
            this(service, mode, date, minutes, siteId, notes, togetherWith, outputs, participants, null, Map.of(), null);
        }

        /** A session supported by no mediator. */
        public GroupSessionRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes,
                SiteId siteId, String notes, Set<ServiceCode> togetherWith, DeliveryOutputs outputs,
                List<PersonId> participants, GroupCall groupCall, Map<PersonId, Outcome> pactOutcomes) {
            this(service, mode, date, minutes, siteId, notes, togetherWith, outputs, participants, groupCall,
                    pactOutcomes, null);
        }
    }

    /**
     * A.1 for a visitor who stays anonymous: only sex and age band are recorded.
     *
     * @param referral where they were referred to (the A.1 output)
     */
    public record InformationVisit(LocalDate date, SiteId siteId, Sex sex, AgeBand ageBand, String referral,
            Integer minutes, String notes) {
    }

    /**
     * A step of the person's training.
     *
     * @param hours    the hours of the course (on completion, those attended)
     * @param actionId the PAI action it belongs to, if one
     */
    public record TrainingRecord(TrainingEventKind event, LocalDate date, String course, String provider,
            Integer hours, ActionId actionId) {
    }

    /** An internship (tirocinio) agreed with a host. */
    public record InternshipPlan(LocalDate start, LocalDate end, String host, String tutor, ActionId actionId) {
    }
}
