package it.retelavoro.portal.web;

import it.retelavoro.agenda.PortalBookings;
import it.retelavoro.agenda.Slot;
import it.retelavoro.portal.AppointmentRequests;
import it.retelavoro.portal.FormTokens;
import it.retelavoro.portal.Submission;
import it.retelavoro.portal.TooManyApplicationsException;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Booking an A1 or A2 appointment on the public portal (issue 16, point 4): the site and the kind, the free times
 * of the next days, the form with the codice fiscale and the e-mail address; the pages of the mail's links, where
 * the person confirms or cancels with a button (a link alone changes nothing: mail scanners open links).
 */
@Controller
class PortalBookingPagesController {

    private static final String NAV = "portal";
    private static final String BINDING = "portal.booking.binding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalBookings bookings;
    private final AppointmentRequests requests;
    private final FormTokens tokens;
    private final PageForms forms;
    private final ZoneId zone;

    PortalBookingPagesController(PortalBookings bookings, AppointmentRequests requests, FormTokens tokens,
            PageForms forms, Clock clock) {
        this.bookings = bookings;
        this.requests = requests;
        this.tokens = tokens;
        this.forms = forms;
        this.zone = clock.getZone();
    }

    @GetMapping("/portal/appointments")
    String choose(@RequestParam(required = false) UUID siteId, @RequestParam(defaultValue = "A2") String type,
            Model model) {
        String kind = PortalBookings.TYPES.contains(type) ? type : "A2";
        model.addAttribute("activeNav", NAV);
        model.addAttribute("sites", bookings.sites());
        model.addAttribute("siteId", siteId);
        model.addAttribute("type", kind);
        model.addAttribute("types", List.of("A1", "A2"));
        model.addAttribute("days", PortalBookings.DAYS);
        if (siteId != null) {
            Map<LocalDate, List<Slot>> byDay = new LinkedHashMap<>();
            Instant previous = null;
            for (Slot slot : bookings.freeSlots(new SiteId(siteId), kind)) {
                if (slot.start().equals(previous)) {
                    continue; // one time, whichever operator is free then
                }
                previous = slot.start();
                byDay.computeIfAbsent(slot.start().atZone(zone).toLocalDate(), day -> new ArrayList<>())
                        .add(slot);
            }
            model.addAttribute("slotsByDay", byDay);
            model.addAttribute("zone", zone);
        }
        return "portal/appointments";
    }

    /** The form as typed; {@code website} is the honeypot. */
    record BookingForm(UUID siteId, String type, Instant start, UUID operatorId, String fiscalCode,
            String email, Boolean privacyAccepted, String website, String formToken) {
    }

    @GetMapping("/portal/appointments/new")
    String form(@RequestParam UUID siteId, @RequestParam String type, @RequestParam Instant start,
            @RequestParam UUID operatorId, Model model, HttpSession session) {
        model.addAttribute("bookingForm", new BookingForm(siteId, type, start, operatorId, null, null, false, null,
                null));
        return formPage(siteId, type, start, model, session);
    }

    private String formPage(UUID siteId, String type, Instant start, Model model, HttpSession session) {
        model.addAttribute("activeNav", NAV);
        model.addAttribute("site", bookings.sites().stream().filter(site -> site.id().value().equals(siteId))
                .findFirst().orElseThrow(() -> new NotFoundException("site", siteId)));
        model.addAttribute("when", start == null ? null : start.atZone(zone).toLocalDateTime());
        model.addAttribute("type", type);
        model.addAttribute("formToken", tokens.issue(AppointmentRequests.purpose(new SiteId(siteId)),
                binding(session)));
        return "portal/appointment-form";
    }

    @PostMapping("/portal/appointments")
    String request(BookingForm form, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.form("booking", form, model, locale)
                .fieldNames(field -> "formToken".equals(field) || "start".equals(field) ? FormErrors.GLOBAL : field)
                .refusing(TooManyApplicationsException.class, (e, errors) -> {
                    response.setStatus(429);
                    errors.add(FormErrors.GLOBAL, "portal.application.too-many");
                })
                .submit(() -> {
                    if (!Boolean.TRUE.equals(form.privacyAccepted())) {
                        throw InvalidInputException.of("privacyAccepted",
                                "portal.application.privacy.required");
                    }
                    requests.submit(new PortalBookings.Request(form.siteId() == null ? null
                                    : new SiteId(form.siteId()), form.type(),
                            form.start(),
                            form.operatorId() == null ? null : new UserId(form.operatorId()), form.fiscalCode(),
                            form.email()), new Submission(request.getRemoteAddr(), form.formToken(),
                            binding(request.getSession()), true, form.website()),
                            ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal/appointments")
                                    .toUriString(), locale);
                    redirect.addFlashAttribute("requested", true);
                    return "redirect:/portal/appointments/requested";
                }, () -> formPage(form.siteId(), form.type(), form.start(), model, request.getSession()));
    }

    @GetMapping("/portal/appointments/requested")
    String requested(Model model) {
        if (!model.containsAttribute("requested")) {
            return "redirect:/portal/appointments";
        }
        model.addAttribute("activeNav", NAV);
        model.addAttribute("expiryHours", PortalBookings.EXPIRY.toHours());
        return "portal/appointment-requested";
    }

    @GetMapping("/portal/appointments/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        return linkPage("confirm", token, bookings.byConfirmation(token), model);
    }

    @PostMapping("/portal/appointments/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        try {
            model.addAttribute("done", bookings.confirm(token));
        } catch (ConflictException e) {
            model.addAttribute("problem", e.messageKey());
        }
        return linkPage("confirm", token, bookings.byConfirmation(token), model);
    }

    @GetMapping("/portal/appointments/cancel")
    String cancelPage(@RequestParam(required = false) String token, Model model) {
        return linkPage("cancel", token, bookings.byCancellation(token), model);
    }

    @PostMapping("/portal/appointments/cancel")
    String cancel(@RequestParam(required = false) String token, Model model) {
        if (bookings.byCancellation(token).isPresent()) {
            model.addAttribute("done", bookings.cancel(token));
        }
        return linkPage("cancel", token, bookings.byCancellation(token), model);
    }

    private String linkPage(String action, String token, Optional<PortalBookings.Booking> booking, Model model) {
        model.addAttribute("activeNav", NAV);
        model.addAttribute("action", action);
        model.addAttribute("token", token);
        model.addAttribute("booking", booking.orElse(null));
        model.addAttribute("when", booking.map(found -> found.start().atZone(zone).toLocalDateTime()).orElse(null));
        return "portal/appointment-link";
    }

    /** A random value kept in the visitor's session, to which the booking form's tokens are bound. */
    private static String binding(HttpSession session) {
        Object binding = session.getAttribute(BINDING);
        if (binding instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(BINDING, value);
        return value;
    }
}
