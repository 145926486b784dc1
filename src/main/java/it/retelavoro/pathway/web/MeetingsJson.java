package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.MeetingPart;
import it.retelavoro.pathway.PathwayCommands.MeetingEntry;
import it.retelavoro.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code meetings} field of a delivery as the JSON API accepts it: the count of meetings, as before issue 13
 * ({@code "meetings": 2}), or the meetings one by one ({@code "meetings": [{"date", "minutes", "mode", "part"}]}).
 */
@Component
class MeetingsJson {

    /** A meeting as posted. */
    record MeetingBody(LocalDate date, Integer minutes, DeliveryMode mode, MeetingPart part) {

        MeetingEntry toEntry() {
            return new MeetingEntry(date, minutes, mode, part);
        }
    }

    /** What the field says: a count, or a list (then the count is its size). */
    record Meetings(Integer count, List<MeetingEntry> list) {
    }

    private final JsonMapper json;

    MeetingsJson(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param value what Jackson read for the field: null, a number or a list
     * @throws InvalidInputException when it is neither a whole number nor a list of meetings
     */
    Meetings read(Object value) {
        if (value == null) {
            return new Meetings(null, List.of());
        }
        if (value instanceof Integer count) {
            return new Meetings(count, List.of());
        }
        if (value instanceof List<?> items) {
            try {
                MeetingBody[] meetings = json.convertValue(items, MeetingBody[].class);
                return new Meetings(null, java.util.Arrays.stream(meetings)
                        .map(meeting -> meeting == null ? null : meeting.toEntry()).toList());
            } catch (JacksonException | IllegalArgumentException e) {
                throw InvalidInputException.of("meetings", "pathway.delivery.meetings-format");
            }
        }
        throw InvalidInputException.of("meetings", "pathway.delivery.meetings-format");
    }
}
