package it.retelavoro.citizen.web;

import it.retelavoro.citizen.CitizenArea;
import it.retelavoro.citizen.ContactRequests;
import it.retelavoro.citizen.DataExport;
import it.retelavoro.citizen.DataExports;
import it.retelavoro.citizen.MyArea;
import it.retelavoro.person.Address;
import it.retelavoro.person.ConsentPurpose;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.RectifiableField;
import it.retelavoro.shared.PageForms;
import it.retelavoro.reference.BirthPlaces;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Countries;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.platform.PdfDocuments;
import it.retelavoro.shared.Citizen;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen's own area (issue 17): their data, pathway, consents, the download and the access log. */
@Controller
class CitizenPagesController {

    private static final String STYLES = java.util.Objects.requireNonNull(
            CitizenPagesController.class.getResource("/static/css/pathway-document.css")).toExternalForm();

    private final CitizenArea area;
    private final DataExports exports;
    private final PdfDocuments pdf;
    private final Clock clock;
    private final Comuni comuni;
    private final BirthPlaces birthPlaces;
    private final Countries countries;
    private final EducationLevels educationLevels;
    private final PageForms forms;
    private final ContactRequests contacts;

    CitizenPagesController(CitizenArea area, DataExports exports, PdfDocuments pdf, Clock clock, Comuni comuni,
            BirthPlaces birthPlaces, Countries countries, EducationLevels educationLevels, PageForms forms,
            ContactRequests contacts) {
        this.forms = forms;
        this.contacts = contacts;
        this.area = area;
        this.exports = exports;
        this.pdf = pdf;
        this.clock = clock;
        this.comuni = comuni;
        this.birthPlaces = birthPlaces;
        this.countries = countries;
        this.educationLevels = educationLevels;
    }

    @GetMapping("/me")
    String me(Citizen citizen, Model model, Locale locale) {
        MyArea my = area.area(citizen);
        model.addAttribute("activeNav", "me");
        model.addAttribute("area", my);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("fields", RectifiableField.values());
        my.record().ifPresent(record -> {
            Person person = record.person();
            PersonDetails details = person.details();
            model.addAttribute("person", person);
            model.addAttribute("details", details);
            model.addAttribute("birthPlace", birthPlaces.labelOf(person.birthPlace()));
            model.addAttribute("citizenship", countries.nameOf(person.citizenship(), locale));
            model.addAttribute("residence", address(details.residence()));
            model.addAttribute("domicile", address(details.domicile()));
            model.addAttribute("education", details.educationLevel() == null ? null
                    : educationLevels.labelOf(details.educationLevel()));
            model.addAttribute("siteAddresses", my.inChargeAt().stream().collect(java.util.stream.Collectors.toMap(
                    site -> site.id(), site -> comuni.addressOf(site.address(), site.comuneCode()))));
        });
        return "citizen/me";
    }

    private String address(Address address) {
        if (address == null) {
            return null;
        }
        return address.comune() == null ? address.address() : comuni.addressOf(address.address(), address.comune());
    }

    @PostMapping("/me/consents")
    String consent(Citizen citizen, @RequestParam ConsentPurpose purpose, @RequestParam boolean given,
            RedirectAttributes redirect) {
        area.consent(citizen, purpose, given);
        redirect.addFlashAttribute("flash", given ? "citizen.consent.given" : "citizen.consent.withdrawn");
        return "redirect:/me#consents";
    }

    @PostMapping("/me/rectification-requests")
    String rectification(Citizen citizen, @RequestParam(required = false) RectifiableField field,
            @RequestParam(required = false) String proposedValue, @RequestParam(required = false) String note,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("rectification", new RectificationForm(field, proposedValue, note), model, locale)
                .submit(() -> {
                    area.requestRectification(citizen, field, proposedValue, note);
                    redirect.addFlashAttribute("flash", "citizen.rectification.sent");
                    return "redirect:/me#rectification";
                }, () -> me(citizen, model, locale));
    }

    /** The request of rectification as the form sends it, shown again with its problems. */
    record RectificationForm(RectifiableField field, String proposedValue, String note) {
    }

    @PostMapping("/me/applications/{id}/erase")
    String eraseApplication(Citizen citizen, @org.springframework.web.bind.annotation.PathVariable java.util.UUID id,
            RedirectAttributes redirect) {
        area.eraseApplication(citizen, id);
        redirect.addFlashAttribute("flash", "citizen.erasure.application-erased");
        return "redirect:/me#applications";
    }

    @PostMapping("/me/appointments/{id}/cancel")
    String cancelAppointment(Citizen citizen,
            @org.springframework.web.bind.annotation.PathVariable java.util.UUID id, RedirectAttributes redirect) {
        area.cancelAppointment(citizen, new it.retelavoro.agenda.AppointmentId(id));
        redirect.addFlashAttribute("flash", "citizen.appointments.cancelled");
        return "redirect:/me#appointments";
    }

    @PostMapping("/me/contact-request")
    String contactRequest(Citizen citizen, @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String comune,
            @RequestParam(required = false) String message, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("contact", new ContactForm(email, phone, comune, message), model, locale).submit(() -> {
            contacts.declare(citizen, email, phone, comune, message);
            redirect.addFlashAttribute("flash", "citizen.contact.sent");
            return "redirect:/me#contact";
        }, () -> me(citizen, model, locale));
    }

    /** The wish to be contacted as the form sends it, shown again with its problems. */
    record ContactForm(String email, String phone, String comune, String message) {
    }

    @PostMapping("/me/contact-request/erase")
    String eraseContactRequests(Citizen citizen, RedirectAttributes redirect) {
        contacts.erase(citizen);
        redirect.addFlashAttribute("flash", "citizen.contact.erased");
        return "redirect:/me#contact";
    }

    @PostMapping("/me/consents/erase")
    String eraseConsents(Citizen citizen, RedirectAttributes redirect) {
        area.eraseConsents(citizen);
        redirect.addFlashAttribute("flash", "citizen.erasure.consents-erased");
        return "redirect:/me#erasure";
    }

    @GetMapping("/me/access-log")
    String accessLog(Citizen citizen, Model model) {
        model.addAttribute("activeNav", "me");
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("accesses", area.accessLog(citizen));
        return "citizen/access-log";
    }

    @GetMapping("/me/export.json")
    ResponseEntity<DataExport> exportJson(Citizen citizen) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName("json")).build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(exports.export(citizen));
    }

    @GetMapping("/me/export.pdf")
    ResponseEntity<byte[]> exportPdf(Citizen citizen, Locale locale) {
        DataExport export = exports.export(citizen);
        byte[] document = pdf.render("citizen/export-pdf", Map.of("export", export, "zone", clock.getZone(),
                "styles", STYLES), locale, null);
        return PdfDocuments.response(document, fileName("pdf"), true);
    }

    private String fileName(String extension) {
        return "i-miei-dati-" + LocalDate.now(clock) + "." + extension;
    }
}
