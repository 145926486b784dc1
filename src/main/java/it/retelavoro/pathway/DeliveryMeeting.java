package it.retelavoro.pathway;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.Meeting;
import it.retelavoro.catalogue.MeetingPart;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting of the delivery, in the order held. */
@Table("pathway_delivery_meeting")
record DeliveryMeeting(LocalDate heldOn, Integer minutes, DeliveryMode mode, MeetingPart part) {

    static DeliveryMeeting of(Meeting meeting) {
        return new DeliveryMeeting(meeting.date(), meeting.minutes(), meeting.mode(), meeting.part());
    }

    Meeting meeting() {
        return new Meeting(heldOn, minutes, mode, part);
    }
}
