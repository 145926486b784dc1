package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A delivery of a service, as the rule engine is asked to judge it.
 *
 * <p>Start from {@link #of(ServiceCode, DeliveryMode, LocalDate, OperatorProfile, SiteProfile)} and add
 * what the registration carries with the {@code with...} methods; each returns a new check.
 *
 * @param service      the service delivered
 * @param mode         how it was delivered
 * @param minutes      the total minutes of the delivery (all its meetings), {@code null} when not measured
 * @param meetings     the number of meetings, at least 1
 * @param date         the day of the delivery: the catalogue version in force that day judges it
 * @param history      the recipient's past (services delivered, conditions met)
 * @param togetherWith the services delivered in the same sitting and registered together with this one
 * @param outputs      the outputs the registration carries (of this service and of those together with it)
 * @param operator     the operator delivering it
 * @param site         the site where it is delivered
 * @param recipient    the person's complex targets and need of mediation
 * @param functions    the CPI-exclusive functions the registration exercises
 * @param mediator     the cultural mediator who supported the delivery, if one was named
 * @param meetingList  the meetings one by one, each with its date, minutes and mode; empty when the registration
 *                     gives only the total ({@code minutes}) and the count ({@code meetings})
 * @param opening      whether the registration opens a delivery whose further meetings come later (A.4 meeting by
 *                     meeting): the minimum number of meetings is not asked yet, each meeting's minimum is
 * @param groupCall    why a group delivery is a group, {@code null} when the registration does not say
 * @param registeredOn the day the delivery is registered, {@code null} when the caller does not judge
 *                     back-dating (a delivery dated too long before it is {@link ViolationCode#BACKDATED_TOO_FAR})
 * @param programme    the programme the delivery is registered under, with the facts its rules need
 */
public record DeliveryCheck(ServiceCode service, DeliveryMode mode, Integer minutes, int meetings, LocalDate date,
        RecipientHistory history, Set<ServiceCode> togetherWith, Set<OutputCode> outputs, OperatorProfile operator,
        SiteProfile site, RecipientProfile recipient, Set<CpiExclusiveFunction> functions,
        Optional<MediatorProfile> mediator, List<Meeting> meetingList, boolean opening, GroupCall groupCall,
        LocalDate registeredOn, Optional<ProgrammeClaim> programme) {

    public DeliveryCheck {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(mode, "mode");
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("minutes non può essere negativo: " + minutes);
        }
        if (meetings < 1) {
            throw new IllegalArgumentException("meetings deve essere almeno 1: " + meetings);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(history, "history");
        togetherWith = Copies.enumSet(ServiceCode.class, togetherWith, "togetherWith");
        if (togetherWith.contains(service)) {
            throw new IllegalArgumentException("un servizio non può essere contestuale a sé stesso: " + service);
        }
        outputs = Copies.enumSet(OutputCode.class, outputs, "outputs");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(recipient, "recipient");
        functions = Copies.enumSet(CpiExclusiveFunction.class, functions, "functions");
        Objects.requireNonNull(mediator, "mediator");
        meetingList = meetingList == null ? List.of() : List.copyOf(meetingList);
        if (!meetingList.isEmpty() && meetings != meetingList.size()) {
            throw new IllegalArgumentException("meetings (" + meetings + ") diverso dagli incontri elencati ("
                    + meetingList.size() + ")");
        }
        Objects.requireNonNull(programme, "programme");
    }

    /**
     * A check with no mediator, no list of meetings, not opening, with no group reason, under no programme: the fields
     * before issue 13.
     */
    public DeliveryCheck(ServiceCode service, DeliveryMode mode, Integer minutes, int meetings, LocalDate date,
            RecipientHistory history, Set<ServiceCode> togetherWith, Set<OutputCode> outputs, OperatorProfile operator,
            SiteProfile site, RecipientProfile recipient, Set<CpiExclusiveFunction> functions) {
        this(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator, site, recipient,
                functions, Optional.empty(), List.of(), false, null, null, Optional.empty());
    }

    /** Whether the meetings are given one by one. */
    public boolean hasMeetingList() {
        return !meetingList.isEmpty();
    }

    /**
     * The minutes of the whole delivery: the sum of its meetings when they are listed (null when one is not
     * measured), else {@code minutes}.
     */
    public Integer totalMinutes() {
        return hasMeetingList() ? Meeting.totalMinutes(meetingList) : minutes;
    }

    /** Whether the delivery is made only of back office: every meeting listed is, or its mode is. */
    public boolean backOfficeOnly() {
        return hasMeetingList() ? meetingList.stream().allMatch(meeting -> meeting.part() == MeetingPart.BACK_OFFICE)
                : mode == DeliveryMode.BACK_OFFICE;
    }

    /**
     * A single-meeting delivery with no minutes recorded, to a recipient with no history, no complex
     * target, no outputs and no CPI-exclusive function.
     */
    public static DeliveryCheck of(ServiceCode service, DeliveryMode mode, LocalDate date, OperatorProfile operator,
            SiteProfile site) {
        return new DeliveryCheck(service, mode, null, 1, date, RecipientHistory.none(), Set.of(), Set.of(), operator,
                site, RecipientProfile.ordinary(), Set.of());
    }

    public DeliveryCheck withService(ServiceCode service) {
        return with(draft -> draft.service = service);
    }

    public DeliveryCheck withMode(DeliveryMode mode) {
        return with(draft -> draft.mode = mode);
    }

    /** The total minutes; a list of meetings given before no longer applies (the total replaces it). */
    public DeliveryCheck withMinutes(Integer minutes) {
        return with(draft -> {
            draft.minutes = minutes;
            draft.meetingList = List.of();
        });
    }

    /** The count of meetings; a list of meetings given before no longer applies (the count replaces it). */
    public DeliveryCheck withMeetings(int meetings) {
        return with(draft -> {
            draft.meetings = meetings;
            draft.meetingList = List.of();
        });
    }

    public DeliveryCheck withDate(LocalDate date) {
        return with(draft -> draft.date = date);
    }

    public DeliveryCheck withHistory(RecipientHistory history) {
        return with(draft -> draft.history = history);
    }

    public DeliveryCheck withTogetherWith(ServiceCode... services) {
        return with(draft -> draft.togetherWith = Set.of(services));
    }

    public DeliveryCheck withOutputs(OutputCode... outputs) {
        return with(draft -> draft.outputs = Set.of(outputs));
    }

    public DeliveryCheck withOutputs(Set<OutputCode> outputs) {
        return with(draft -> draft.outputs = outputs);
    }

    public DeliveryCheck withOperator(OperatorProfile operator) {
        return with(draft -> draft.operator = operator);
    }

    public DeliveryCheck withSite(SiteProfile site) {
        return with(draft -> draft.site = site);
    }

    public DeliveryCheck withRecipient(RecipientProfile recipient) {
        return with(draft -> draft.recipient = recipient);
    }

    public DeliveryCheck withFunctions(CpiExclusiveFunction... functions) {
        return with(draft -> draft.functions = Set.of(functions));
    }

    public DeliveryCheck withMediator(MediatorProfile mediator) {
        return with(draft -> draft.mediator = Optional.ofNullable(mediator));
    }

    /** The meetings one by one: the count becomes their number and the minutes their total. */
    public DeliveryCheck withMeetingList(List<Meeting> meetingList) {
        List<Meeting> listed = List.copyOf(meetingList);
        return with(draft -> {
            if (!listed.isEmpty()) {
                draft.minutes = Meeting.totalMinutes(listed);
                draft.meetings = listed.size();
            }
            draft.meetingList = listed;
        });
    }

    public DeliveryCheck withMeetingList(Meeting... meetingList) {
        return withMeetingList(List.of(meetingList));
    }

    public DeliveryCheck withOpening(boolean opening) {
        return with(draft -> draft.opening = opening);
    }

    public DeliveryCheck withGroupCall(GroupCall groupCall) {
        return with(draft -> draft.groupCall = groupCall);
    }

    /** The day the delivery is registered, so that a delivery dated too long before it is refused. */
    public DeliveryCheck withRegisteredOn(LocalDate registeredOn) {
        return with(draft -> draft.registeredOn = registeredOn);
    }

    /** The check with the delivery registered under a programme. */
    public DeliveryCheck withProgramme(ProgrammeClaim programme) {
        return with(draft -> draft.programme = Optional.of(programme));
    }

    /** A copy of this check with what {@code change} sets on its draft; the canonical constructor validates it. */
    private DeliveryCheck with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.check();
    }

    /** The components of a check being changed: one place that lists them all, for every {@code with...}. */
    private static final class Draft {
        ServiceCode service;
        DeliveryMode mode;
        Integer minutes;
        int meetings;
        LocalDate date;
        RecipientHistory history;
        Set<ServiceCode> togetherWith;
        Set<OutputCode> outputs;
        OperatorProfile operator;
        SiteProfile site;
        RecipientProfile recipient;
        Set<CpiExclusiveFunction> functions;
        Optional<MediatorProfile> mediator;
        List<Meeting> meetingList;
        boolean opening;
        GroupCall groupCall;
        LocalDate registeredOn;
        Optional<ProgrammeClaim> programme;

        Draft(DeliveryCheck check) {
            service = check.service;
            mode = check.mode;
            minutes = check.minutes;
            meetings = check.meetings;
            date = check.date;
            history = check.history;
            togetherWith = check.togetherWith;
            outputs = check.outputs;
            operator = check.operator;
            site = check.site;
            recipient = check.recipient;
            functions = check.functions;
            mediator = check.mediator;
            meetingList = check.meetingList;
            opening = check.opening;
            groupCall = check.groupCall;
            registeredOn = check.registeredOn;
            programme = check.programme;
        }

        DeliveryCheck check() {
            return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                    site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn, programme);
        }
    }
}
