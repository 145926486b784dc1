package it.retelavoro.agenda.web;

import it.retelavoro.agenda.AgendaViews;
import it.retelavoro.agenda.Appointment;
import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.AppointmentType;
import it.retelavoro.agenda.AppointmentTypes;
import it.retelavoro.agenda.Appointments;
import it.retelavoro.agenda.ConvocationChannel;
import it.retelavoro.agenda.Convocations;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.EmployerSummary;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agenda's pages: a site's week (or day) with its appointments and its free slots, each free slot a link to
 * book it; the booking form; an appointment's page, where it is moved or cancelled with a reason and from which its
 * service is registered with the delivery form filled in.
 */
@Controller
class AgendaPagesController {

    private final AgendaViews views;
    private final Appointments appointments;
    private final NetworkManagement network;
    private final PersonDirectory persons;
    private final EmployerDirectory employers;
    private final AppointmentTypes types;
    private final Convocations convocations;
    private final AppointmentPage page;
    private final PageForms forms;
    private final Clock clock;
    private final ZoneId zone;

    AgendaPagesController(AgendaViews views, Appointments appointments, NetworkManagement network,
            PersonDirectory persons, EmployerDirectory employers, AppointmentTypes types, Convocations convocations,
            AppointmentPage page, PageForms forms, Clock clock) {
        this.views = views;
        this.appointments = appointments;
        this.network = network;
        this.persons = persons;
        this.employers = employers;
        this.types = types;
        this.convocations = convocations;
        this.page = page;
        this.forms = forms;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The caller's agenda: the week of the first of their sites, in the order of the organisation's sites. */
    @GetMapping("/agenda")
    String mine(CurrentUser caller) {
        List<Site> sites = network.sitesOf(caller.organisationId());
        Set<SiteId> own = network.findUser(caller.id()).map(UserAccount::sites)
                .orElse(Set.of());
        Optional<SiteId> site = sites.stream().map(Site::id).filter(own::contains).findFirst()
                .or(() -> sites.stream().findFirst().map(Site::id));
        return site.map(id -> "redirect:/agenda/sites/" + id.value())
                .orElseThrow(() -> new NotFoundException("site", caller.organisationId().value()));
    }

    @GetMapping("/agenda/sites/{id}")
    String week(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "week") String view, @RequestParam(defaultValue = "A2") String type,
            @RequestParam(required = false) UUID operator, CurrentUser caller, Model model) {
        boolean oneDay = "day".equals(view);
        LocalDate shown = day != null ? day : firstDayToShow(LocalDate.now(zone), oneDay);
        LocalDate from = oneDay ? shown : shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = oneDay ? shown : from.plusDays(5);
        model.addAttribute("activeNav", "agenda");
        model.addAttribute("view", oneDay ? "day" : "week");
        model.addAttribute("day", shown);
        model.addAttribute("previous", oneDay ? shown.minusDays(1) : from.minusWeeks(1));
        model.addAttribute("next", oneDay ? shown.plusDays(1) : from.plusWeeks(1));
        model.addAttribute("today", LocalDate.now(zone));
        model.addAttribute("agenda", views.agenda(new SiteId(id), from, to, type,
                Optional.ofNullable(operator).map(UserId::new), caller));
        return "agenda/week";
    }

    record BookingForm(String start, UUID operatorId, String type, String fiscalCode, UUID personId,
            String employerFiscalCode, Integer capacity) {
    }

    @GetMapping("/agenda/sites/{id}/booking")
    String bookingPage(@PathVariable UUID id, BookingForm form, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "agenda");
        model.addAttribute("siteId", id);
        model.addAttribute("form", form);
        model.addAttribute("kind", kindOf(form).orElse(null));
        model.addAttribute("operators", views.operatorsAt(new SiteId(id), caller));
        model.addAttribute("types", types.on(LocalDate.now(zone)));
        Instant start = AgendaTimes.instant(form.start(), "start", zone);
        model.addAttribute("startDate", start == null ? null : start.atZone(zone).toLocalDate());
        model.addAttribute("startTime", start == null ? null : start.atZone(zone).toLocalTime());
        if (form.personId() != null) {
            model.addAttribute("person", persons.requireInCharge(new PersonId(form.personId()), caller));
        }
        return "agenda/booking";
    }

    @PostMapping("/agenda/sites/{id}/booking")
    String book(@PathVariable UUID id, BookingForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("booking", form, model, locale).submit(() -> {
            String type = form.type() == null ? "" : form.type();
            Optional<AppointmentType> kind = form.type() == null ? Optional.empty() : kindOf(form);
            PersonId person = null;
            EmployerId employer = null;
            if (kind.filter(found -> !found.isGroup() && !found.forCompanies()).isPresent()) {
                person = form.personId() != null ? new PersonId(form.personId()) : personByCode(form.fiscalCode(),
                        caller);
            } else if (kind.filter(AppointmentType::forCompanies).isPresent()) {
                employer = employerByCode(form.employerFiscalCode(), caller);
            }
            Appointment booked = appointments.book(new Appointments.NewAppointment(new SiteId(id),
                    form.operatorId() == null ? null : new UserId(form.operatorId()),
                    AgendaTimes.instant(form.start(), "start", zone), null, type, person, employer,
                    form.capacity()), caller);
            redirect.addFlashAttribute("flash", "agenda.booked");
            return "redirect:/agenda/appointments/" + booked.id().value();
        }, () -> bookingPage(id, form, caller, model));
    }

    /**
     * The kind of appointment the form books (A2 when it names none), as the catalogue in force on its start (today
     * when it has none) defines it; empty for a code the catalogue does not know, which the booking refuses.
     */
    private Optional<AppointmentType> kindOf(BookingForm form) {
        Instant start = AgendaTimes.instant(form.start(), "start", zone);
        LocalDate day = start == null ? LocalDate.now(zone) : start.atZone(zone).toLocalDate();
        return types.byCode(form.type() == null ? "A2" : form.type(), day);
    }

    private PersonId personByCode(String fiscalCode, CurrentUser caller) {
        if (fiscalCode == null || fiscalCode.isBlank()) {
            throw InvalidInputException.of("fiscalCode", "validation.required");
        }
        List<PersonSummary> found = persons.search(fiscalCode.strip(), null, caller);
        if (found.size() != 1) {
            throw InvalidInputException.of("fiscalCode", "agenda.booking.person-not-found");
        }
        return found.get(0).id();
    }

    private EmployerId employerByCode(String fiscalCode, CurrentUser caller) {
        if (fiscalCode == null || fiscalCode.isBlank()) {
            throw InvalidInputException.of("employerFiscalCode", "validation.required");
        }
        List<EmployerSummary> found = employers.searchByFiscalCode(fiscalCode.strip(), caller);
        if (found.size() != 1) {
            throw InvalidInputException.of("employerFiscalCode", "agenda.booking.company-not-found");
        }
        return found.get(0).id();
    }

    @GetMapping("/agenda/appointments/{id}")
    String appointment(@PathVariable UUID id, CurrentUser caller, Model model) {
        return page.render(id, caller, model);
    }

    /** Today, or on a Saturday or a Sunday the coming Monday: a week already over has nothing left to book. */
    static LocalDate firstDayToShow(LocalDate today, boolean oneDay) {
        boolean weekend = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && !oneDay ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : today;
    }

    record ConvocationForm(String channel, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
            String address, Boolean benefitRecipient, String fiscalCode) {
    }

    @PostMapping("/agenda/appointments/{id}/convocations")
    String convoke(@PathVariable UUID id, ConvocationForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("convocation", form, model, locale).submit(() -> {
            ConvocationChannel channel = channelOf(form.channel());
            Appointment appointment = appointments.appointment(new AppointmentId(id), caller);
            PersonId person = appointment.isGroup() ? personByCode(form.fiscalCode(), caller) : null;
            LocalDate today = LocalDate.now(clock);
            Instant sentAt = form.sentOn() == null || form.sentOn().equals(today) ? null
                    : form.sentOn().atTime(LocalTime.NOON).atZone(zone).toInstant();
            convocations.convoke(new AppointmentId(id), person, new Convocations.Convoke(channel, sentAt,
                    form.address(), Boolean.TRUE.equals(form.benefitRecipient())), locale, caller);
            redirect.addFlashAttribute("flash", "agenda.convocation.recorded");
            return "redirect:/agenda/appointments/" + id;
        }, () -> appointment(id, caller, model));
    }

    private static ConvocationChannel channelOf(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("channel", "validation.required");
        }
        try {
            return ConvocationChannel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("channel", "validation.required");
        }
    }

    record RescheduleForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time, UUID operatorId, String reason) {
    }

    @PostMapping("/agenda/appointments/{id}/reschedule")
    String reschedule(@PathVariable UUID id, RescheduleForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("reschedule", form, model, locale).submit(() -> {
            if (form.date() == null || form.time() == null) {
                throw InvalidInputException.of("date", "validation.required");
            }
            appointments.reschedule(new AppointmentId(id), LocalDateTime.of(form.date(), form.time()).atZone(zone)
                    .toInstant(), form.operatorId() == null ? null : new UserId(form.operatorId()), form.reason(),
                    caller);
            redirect.addFlashAttribute("flash", "agenda.moved");
            return "redirect:/agenda/appointments/" + id;
        }, () -> appointment(id, caller, model));
    }

    record CancellationForm(String reason) {
    }

    @PostMapping("/agenda/appointments/{id}/cancellation")
    String cancel(@PathVariable UUID id, CancellationForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("cancellation", form, model, locale).submit(() -> {
            appointments.cancel(new AppointmentId(id), form.reason(), caller);
            redirect.addFlashAttribute("flash", "agenda.cancelled");
            return "redirect:/agenda/appointments/" + id;
        }, () -> appointment(id, caller, model));
    }

    record ParticipantForm(String fiscalCode) {
    }

    @PostMapping("/agenda/appointments/{id}/participants")
    String addParticipant(@PathVariable UUID id, ParticipantForm form, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.form("participant", form, model, locale).submit(() -> {
            appointments.addParticipant(new AppointmentId(id), personByCode(form.fiscalCode(), caller), caller);
            redirect.addFlashAttribute("flash", "agenda.participant-added");
            return "redirect:/agenda/appointments/" + id;
        }, () -> appointment(id, caller, model));
    }
}
