package it.retelavoro.pathway;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupCall;
import it.retelavoro.catalogue.Meeting;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The facts of a delivery the rule engine has allowed, with its advisory findings and its mediator.
 *
 * @param meetingList the meetings one by one; when empty, one meeting on the date is recorded if the count is 1
 * @param meetingsRequired the meetings a delivery in progress waits for (its scheda's minimum), null otherwise
 * @param groupCall   why a group delivery is a group, null otherwise
 * @param programme   the code of the regional programme the delivery is registered under, null for none
 */
record DeliveryFacts(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, int meetings,
        OrganisationId organisationId, SiteId siteId, UserId operatorId, Set<ServiceCode> togetherWith,
        Set<OutputCode> outputs, Set<CpiExclusiveFunction> functions, String referral, ActionId actionId,
        String notes, String catalogueVersion, List<DeliveryAdvisory> advisories, DeliveryMediator mediator,
        List<Meeting> meetingList, Integer meetingsRequired, GroupCall groupCall, String programme) {

    DeliveryFacts {
        advisories = advisories == null ? List.of() : List.copyOf(advisories);
        meetingList = meetingList == null ? List.of() : List.copyOf(meetingList);
    }

    /** DeliveryFacts without advisory findings, without a mediator, without a list of meetings, under no programme. */
    DeliveryFacts(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, int meetings,
            OrganisationId organisationId, SiteId siteId, UserId operatorId, Set<ServiceCode> togetherWith,
            Set<OutputCode> outputs, Set<CpiExclusiveFunction> functions, String referral, ActionId actionId,
            String notes, String catalogueVersion) {
        this(service, mode, date, minutes, meetings, organisationId, siteId, operatorId, togetherWith, outputs,
                functions, referral, actionId, notes, catalogueVersion, List.of(), null, List.of(), null, null, null);
    }

    /** The meetings to record: those listed, or the single meeting a count of 1 describes. */
    List<DeliveryMeeting> rows() {
        if (!meetingList.isEmpty()) {
            return meetingList.stream().map(DeliveryMeeting::of).toList();
        }
        return meetings == 1 ? List.of(DeliveryMeeting.of(Meeting.of(date, minutes, mode))) : List.of();
    }

    boolean inProgress() {
        return meetingsRequired != null && meetingsRequired > meetings;
    }

    /** These facts with the meetings the rule engine judged, and those a delivery in progress waits for. */
    DeliveryFacts withMeetings(List<Meeting> judged, Integer required) {
        Integer total = judged.isEmpty() ? minutes : Meeting.totalMinutes(judged);
        return new DeliveryFacts(service, mode, date, total, judged.isEmpty() ? meetings : judged.size(), organisationId,
                siteId, operatorId, togetherWith, outputs, functions, referral, actionId, notes, catalogueVersion,
                advisories, mediator, judged, required, groupCall, programme);
    }
}
