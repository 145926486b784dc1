package it.retelavoro.agenda.web;

import it.retelavoro.agenda.AgendaViews;
import it.retelavoro.agenda.Appointment;
import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.AppointmentStatus;
import it.retelavoro.agenda.Appointments;
import it.retelavoro.agenda.Attendance;
import it.retelavoro.agenda.AttendanceOutcome;
import it.retelavoro.agenda.Attendances;
import it.retelavoro.agenda.ConvocationChannel;
import it.retelavoro.agenda.Convocations;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of an appointment, built once for its own address and for every form on it that comes back with an
 * error: what it is, its convocations and their mails, the attendance sheet once it has started.
 */
@Component
class AppointmentPage {

    private final AgendaViews views;
    private final Appointments appointments;
    private final Convocations convocations;
    private final Attendances attendances;
    private final NetworkManagement network;
    private final PersonDirectory persons;
    private final Clock clock;
    private final ZoneId zone;

    AppointmentPage(AgendaViews views, Appointments appointments, Convocations convocations, Attendances attendances,
            NetworkManagement network, PersonDirectory persons, Clock clock) {
        this.views = views;
        this.appointments = appointments;
        this.convocations = convocations;
        this.attendances = attendances;
        this.network = network;
        this.persons = persons;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** One line of the attendance sheet: the person and what is recorded of them. */
    record SheetLine(UUID personId, String name, String fiscalCode, Attendance attendance) {
    }

    String render(UUID id, CurrentUser caller, Model model) {
        Appointment appointment = appointments.appointment(new AppointmentId(id), caller);
        model.addAttribute("activeNav", "agenda");
        model.addAttribute("a", appointment);
        model.addAttribute("who", views.whoOf(appointment));
        model.addAttribute("participants", views.participantNames(appointment));
        List<UserAccount> operators = views.operatorsAt(appointment.siteId(), caller);
        model.addAttribute("operators", operators);
        model.addAttribute("operatorName", network.findUser(appointment.operatorId()).map(UserAccount::fullName)
                .orElse(""));
        model.addAttribute("siteName", network.findSite(appointment.siteId()).map(Site::name).orElse(""));
        model.addAttribute("startsAt", appointment.startsAt().atZone(zone).toLocalDateTime());
        model.addAttribute("endsAt", appointment.endsAt().atZone(zone).toLocalDateTime());
        model.addAttribute("zone", zone);
        List<Convocations.Sent> sent = convocations.convocationsOf(appointment.id(), caller);
        model.addAttribute("convocations", sent);
        model.addAttribute("convokedNames", persons.summaries(sent.stream()
                .map(convocation -> convocation.convocation().personId()).toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().fullName())));
        model.addAttribute("channels", ConvocationChannel.values());
        boolean booked = appointment.status() == AppointmentStatus.BOOKED;
        boolean started = !appointment.startsAt().isAfter(clock.instant());
        model.addAttribute("canConvoke", caller.isCpi() && booked && !started
                && (appointment.isGroup() || sent.isEmpty())
                && (appointment.isGroup() || appointment.personId().isPresent()));
        boolean sheet = booked && started && (appointment.isGroup() || appointment.personId().isPresent());
        model.addAttribute("attendanceOpen", sheet);
        if (sheet) {
            model.addAttribute("sheet", sheet(appointment, caller));
            model.addAttribute("outcomes", AttendanceOutcome.values());
            LocalDate day = appointment.startsAt().atZone(zone).toLocalDate();
            var rules = attendances.rulesOn(day);
            model.addAttribute("reasons", rules.justifiedReasons().stream()
                    .collect(Collectors.toMap(reason -> reason.code(), reason -> reason.label(), (x, y) -> x,
                            LinkedHashMap::new)));
            model.addAttribute("justificationDays", rules.justificationWorkingDays());
            model.addAttribute("minutes", Duration.between(appointment.startsAt(), appointment.endsAt()).toMinutes());
        }
        return "agenda/appointment";
    }

    private List<SheetLine> sheet(Appointment appointment, CurrentUser caller) {
        List<PersonId> people = appointment.isGroup()
                ? appointment.participants().stream().map(participant -> participant.personId()).toList()
                : List.of(appointment.personId().orElseThrow());
        Map<PersonId, PersonSummary> names = persons.summaries(people);
        Map<PersonId, Attendance> recorded = attendances.attendanceOf(appointment.id(), caller).stream()
                .collect(Collectors.toMap(Attendance::personId, attendance -> attendance));
        List<SheetLine> lines = new ArrayList<>();
        for (PersonId person : people) {
            PersonSummary summary = names.get(person);
            lines.add(new SheetLine(person.value(), summary == null ? "" : summary.fullName(),
                    summary == null ? "" : summary.fiscalCode(), recorded.get(person)));
        }
        return lines;
    }
}
