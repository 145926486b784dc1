package it.retelavoro.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * MODALITÀ E DURATA of a scheda applied to a delivery: an allowed mode (of the delivery and of each meeting),
 * enough meetings, enough minutes where the scheda wants them (each meeting or the whole delivery, as the
 * mode's {@link MinutesBasis} says), and for a group the reason the scheda admits.
 *
 * <p>A minimum per meeting ("Incontri individuali (almeno 2): durata minima 1 ora") is checked on every
 * meeting listed, naming the meeting that falls short. A registration that gives only the total and the count
 * is judged as before for a single meeting; for several meetings its total can prove a refusal (less than the
 * minimum times the meetings) but never an allowance, since 30 + 90 minutes make 120 as well as 60 + 60: the
 * engine then asks for the meetings one by one.
 */
final class ModeAndDuration {

    static final String SOURCE = "modalitaDurata";

    private ModeAndDuration() {
    }

    static void check(DeliveryCheck request, ServiceStandard service, CatalogueVersion version, Findings findings) {
        RuleSource source = RuleSource.of(service.code(), SOURCE, version);
        Optional<ModeRule> found = service.mode(request.mode());
        if (found.isEmpty()) {
            modeNotAllowed(request.mode(), service, source, findings);
            return;
        }
        ModeRule rule = found.get();
        if (!request.opening() && request.meetings() < rule.minMeetings()) {
            findings.add(ViolationCode.MIN_MEETINGS, "min-meetings", source, RequestField.MEETINGS, service.code(),
                    rule.minMeetings(), request.mode(), request.meetings());
        }
        groupReason(request, rule, service, source, findings);
        if (rule.minMinutes().isEmpty()) {
            return;
        }
        if (rule.minutesPer() == MinutesBasis.DELIVERY) {
            total(request.totalMinutes(), rule, request, service, source, findings);
        } else if (request.hasMeetingList()) {
            eachMeeting(request.meetingList(), service, source, findings);
        } else if (request.meetings() <= 1) {
            total(request.minutes(), rule, request, service, source, findings);
        } else {
            undetailedMeetings(request, rule, service, source, findings);
        }
    }

    private static void modeNotAllowed(DeliveryMode mode, ServiceStandard service, RuleSource source,
            Findings findings) {
        findings.add(ViolationCode.MODE_NOT_ALLOWED, "mode-not-allowed", source, RequestField.MODE, service.code(),
                mode, service.modes().stream().map(ModeRule::mode).toList());
    }

    /** A minimum on the whole delivery: the total of its meetings, presence and back office together. */
    private static void total(Integer minutes, ModeRule rule, DeliveryCheck request, ServiceStandard service,
            RuleSource source, Findings findings) {
        int required = rule.minMinutes().getAsInt();
        if (minutes == null) {
            findings.add(ViolationCode.MIN_DURATION, "min-duration-missing", source, RequestField.MINUTES,
                    service.code(), request.mode(), required);
        } else if (minutes < required) {
            findings.add(ViolationCode.MIN_DURATION, "min-duration", source, RequestField.MINUTES, service.code(),
                    request.mode(), required, minutes);
        }
    }

    /** A minimum per meeting: every meeting, under the rule of its own mode. */
    private static void eachMeeting(List<Meeting> meetings, ServiceStandard service, RuleSource source,
            Findings findings) {
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            Optional<ModeRule> rule = service.mode(meeting.mode());
            if (rule.isEmpty()) {
                modeNotAllowed(meeting.mode(), service, source, findings);
                continue;
            }
            OptionalInt minimum = rule.get().minMinutes();
            if (minimum.isEmpty()) {
                continue;
            }
            if (meeting.minutes() == null) {
                findings.add(ViolationCode.MIN_DURATION, "min-duration-meeting-missing", source, RequestField.MEETINGS,
                        service.code(), meeting.mode(), minimum.getAsInt(), i + 1, meeting.date());
            } else if (meeting.minutes() < minimum.getAsInt()) {
                findings.add(ViolationCode.MIN_DURATION, "min-duration-meeting", source, RequestField.MEETINGS,
                        service.code(), meeting.mode(), minimum.getAsInt(), i + 1, meeting.date(), meeting.minutes());
            }
        }
    }

    /** Several meetings given only as a total: too little proves a refusal; enough asks for the meetings. */
    private static void undetailedMeetings(DeliveryCheck request, ModeRule rule, ServiceStandard service,
            RuleSource source, Findings findings) {
        int required = rule.minimumTotalMinutes(request.meetings()).getAsInt();
        if (request.minutes() == null) {
            findings.add(ViolationCode.MIN_DURATION, "min-duration-missing", source, RequestField.MINUTES,
                    service.code(), request.mode(), required);
        } else if (request.minutes() < required) {
            findings.add(ViolationCode.MIN_DURATION, "min-duration-per-meeting", source, RequestField.MINUTES,
                    service.code(), request.mode(), rule.minMinutes().getAsInt(), request.meetings(), required,
                    request.minutes());
        } else {
            findings.add(ViolationCode.MIN_DURATION, "min-duration-meetings-undetailed", source, RequestField.MEETINGS,
                    service.code(), request.mode(), rule.minMinutes().getAsInt(), request.meetings());
        }
    }

    /** A group the scheda admits only for some reasons must record one of them and name who it concerns. */
    private static void groupReason(DeliveryCheck request, ModeRule rule, ServiceStandard service, RuleSource source,
            Findings findings) {
        if (!rule.asksGroupReason()) {
            return;
        }
        GroupCall call = request.groupCall();
        if (call == null || !rule.groupReasons().contains(call.reason())) {
            findings.add(ViolationCode.GROUP_REASON_MISSING, "group-reason-missing", source, RequestField.GROUP_REASON,
                    service.code(), request.mode(), List.copyOf(rule.groupReasons()));
        } else if (!call.named()) {
            findings.add(ViolationCode.GROUP_REASON_MISSING, "group-reason-unnamed", source, RequestField.GROUP_REASON,
                    service.code(), call.reason());
        }
    }
}
