package it.retelavoro.pathway.web;

import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.DidId;
import it.retelavoro.pathway.PathwayCommands.DidDeclaration;
import it.retelavoro.pathway.PathwayCommands.DidStatusChange;
import it.retelavoro.pathway.DidCertification;
import it.retelavoro.pathway.DidDeclarations;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DID on a person's pathway page (declaration, certification, suspension, reinstatement, revocation) and
 * the CPI's queue of DIDs to certify ({@code /did-requests}).
 */
@Controller
class DidPagesController {

    private final DidCertification certification;
    private final DidDeclarations declarations;
    private final PathwayPage page;
    private final PageForms forms;

    DidPagesController(DidCertification certification, DidDeclarations declarations,
            PathwayPage page, PageForms forms) {
        this.certification = certification;
        this.declarations = declarations;
        this.page = page;
        this.forms = forms;
    }

    record DidForm(@DateTimeFormat(iso = ISO.DATE) LocalDate declaredOn, DidChannel channel, UUID cpiId) {
    }

    @PostMapping("/persons/{id}/pathway/did")
    String declareDid(@PathVariable UUID id, DidForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("did", form, model, locale).submit(() -> {
            declarations.declareDid(new PersonId(id), new DidDeclaration(form.declaredOn(), form.channel(),
                    form.cpiId() == null ? null : new OrganisationId(form.cpiId())), caller);
            redirect.addFlashAttribute("flash", "pathway.did.declared");
            return PathwaySection.redirect(id, model, "did");
        }, () -> page.show(id, caller, model));
    }

    @PostMapping("/persons/{id}/pathway/did/certification")
    String certifyDid(@PathVariable UUID id, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        certification.certifyDid(new PersonId(id), null, caller, locale);
        redirect.addFlashAttribute("flash", "pathway.did.certified");
        return PathwaySection.redirect(id, model, "did");
    }

    record DidStatusForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, String reason) {
    }

    /** Suspension, reinstatement or revocation, as the page posts it ({@code change} names which). */
    @PostMapping("/persons/{id}/pathway/did/{change:suspension|reinstatement|revocation}")
    String changeDidStatus(@PathVariable UUID id, @PathVariable String change, DidStatusForm form,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        PersonId personId = new PersonId(id);
        DidStatusChange status = new DidStatusChange(form.date(), form.reason());
        return forms.form("didStatus", form, model, locale).submit(() -> {
            switch (change) {
                case "suspension" -> certification.suspendDid(personId, status, caller, locale);
                case "reinstatement" -> certification.reinstateDid(personId, status, caller, locale);
                default -> certification.revokeDid(personId, status, caller, locale);
            }
            redirect.addFlashAttribute("flash", "pathway.did." + change + ".done");
            return PathwaySection.redirect(id, model, "did");
        }, () -> page.show(id, caller, model));
    }

    @GetMapping("/did-requests")
    String didRequests(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "did-requests");
        model.addAttribute("requests", certification.didRequests(caller));
        return "pathway/did-requests";
    }

    @PostMapping("/did-requests/{didId}/certification")
    String certifyRequest(@PathVariable UUID didId, CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        certification.certifyRequest(new DidId(didId), null, caller, locale);
        redirect.addFlashAttribute("flash", "pathway.did.certified");
        return "redirect:/did-requests";
    }
}
