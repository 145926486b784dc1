package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupReason;
import it.retelavoro.catalogue.MeetingPart;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.ActionState;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.TrainingEventKind;
import java.time.Clock;
import java.time.LocalDate;
import it.retelavoro.catalogue.Catalogue;
import java.util.List;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The reference data the forms of a person's pathway page list, for every controller that shows the page. */
@ControllerAdvice(assignableTypes = {PathwayPagesController.class, DidPagesController.class,
    DeliveryPagesController.class, TrainingPagesController.class, MeetingPagesController.class,
    CancellationPagesController.class})
class PathwayPageChoices {

    private final Clock clock;
    private final Catalogue catalogue;

    PathwayPageChoices(Clock clock, Catalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    /** The regional programmes a delivery may be registered under today, code to name (all of them for a back-dated one). */
    @ModelAttribute("programmes")
    Map<String, String> programmes() {
        Map<String, String> programmes = new LinkedHashMap<>();
        catalogue.programmes().all().forEach(programme -> programmes.put(programme.code(),
                programme.code() + " - " + programme.name()));
        return programmes;
    }

    /** The services a person receives (A.1 to A.6). */
    @ModelAttribute("services")
    Set<ServiceCode> services() {
        return EnumSet.range(ServiceCode.A1, ServiceCode.A6);
    }

    /** The services an action of the PAI may plan (A.4 to A.6). */
    @ModelAttribute("actionServices")
    Set<ServiceCode> actionServices() {
        return EnumSet.range(ServiceCode.A4, ServiceCode.A6);
    }

    @ModelAttribute("modes")
    DeliveryMode[] modes() {
        return DeliveryMode.values();
    }

    @ModelAttribute("meetingParts")
    MeetingPart[] meetingParts() {
        return MeetingPart.values();
    }

    @ModelAttribute("groupReasons")
    GroupReason[] groupReasons() {
        return GroupReason.values();
    }

    /** The rows of meetings the delivery form offers (their indexes). */
    @ModelAttribute("meetingRows")
    List<Integer> meetingRows() {
        return List.of(0, 1, 2);
    }

    @ModelAttribute("channels")
    DidChannel[] channels() {
        return DidChannel.values();
    }

    @ModelAttribute("actionStates")
    ActionState[] actionStates() {
        return ActionState.values();
    }

    @ModelAttribute("trainingEvents")
    TrainingEventKind[] trainingEvents() {
        return TrainingEventKind.values();
    }

    @ModelAttribute("outcomes")
    Outcome[] outcomes() {
        return Outcome.values();
    }

    /**
     * The section of the pathway a posted form comes back to ({@code returnTo}), null when it was posted from the
     * whole pathway; a section page sets its own.
     */
    @ModelAttribute(PathwaySection.ATTRIBUTE)
    PathwaySection section(@RequestParam(name = "returnTo", required = false) String returnTo) {
        return PathwaySection.at(returnTo).orElse(null);
    }

    /** The latest date the forms accept (no date in the future). */
    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
