package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 */
public record DeliveryCheck(ServiceCode service, DeliveryMode mode, Integer minutes, int meetings, LocalDate date,
        RecipientHistory history, Set<ServiceCode> togetherWith, Set<OutputCode> outputs, OperatorProfile operator,
        SiteProfile site, RecipientProfile recipient, Set<CpiExclusiveFunction> functions,
        java.util.Optional<MediatorProfile> mediator, List<Meeting> meetingList, boolean opening, GroupCall groupCall,
        LocalDate registeredOn) {

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
    }

    /** A check with no mediator, no list of meetings, not opening, with no group reason: the fields before issue 13. */
    public DeliveryCheck(ServiceCode service, DeliveryMode mode, Integer minutes, int meetings, LocalDate date,
            RecipientHistory history, Set<ServiceCode> togetherWith, Set<OutputCode> outputs, OperatorProfile operator,
            SiteProfile site, RecipientProfile recipient, Set<CpiExclusiveFunction> functions) {
        this(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator, site, recipient,
                functions, java.util.Optional.empty(), List.of(), false, null, null);
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
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withMode(DeliveryMode mode) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    /** The total minutes; a list of meetings given before no longer applies (the total replaces it). */
    public DeliveryCheck withMinutes(Integer minutes) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, List.of(), opening, groupCall, registeredOn);
    }

    /** The count of meetings; a list of meetings given before no longer applies (the count replaces it). */
    public DeliveryCheck withMeetings(int meetings) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, List.of(), opening, groupCall, registeredOn);
    }

    public DeliveryCheck withDate(LocalDate date) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withHistory(RecipientHistory history) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withTogetherWith(ServiceCode... services) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, Set.of(services), outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withOutputs(OutputCode... outputs) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, Set.of(outputs),
                operator, site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withOutputs(Set<OutputCode> outputs) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withOperator(OperatorProfile operator) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withSite(SiteProfile site) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withRecipient(RecipientProfile recipient) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withFunctions(CpiExclusiveFunction... functions) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, Set.of(functions), mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withMediator(MediatorProfile mediator) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, java.util.Optional.ofNullable(mediator), meetingList, opening, groupCall, registeredOn);
    }

    /** The meetings one by one: the count becomes their number and the minutes their total. */
    public DeliveryCheck withMeetingList(List<Meeting> meetingList) {
        List<Meeting> listed = List.copyOf(meetingList);
        return new DeliveryCheck(service, mode, listed.isEmpty() ? minutes : Meeting.totalMinutes(listed),
                listed.isEmpty() ? meetings : listed.size(), date, history, togetherWith, outputs, operator, site,
                recipient, functions, mediator, listed, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withMeetingList(Meeting... meetingList) {
        return withMeetingList(List.of(meetingList));
    }

    public DeliveryCheck withOpening(boolean opening) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    public DeliveryCheck withGroupCall(GroupCall groupCall) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }

    /** The day the delivery is registered, so that a delivery dated too long before it is refused. */
    public DeliveryCheck withRegisteredOn(LocalDate registeredOn) {
        return new DeliveryCheck(service, mode, minutes, meetings, date, history, togetherWith, outputs, operator,
                site, recipient, functions, mediator, meetingList, opening, groupCall, registeredOn);
    }
}
