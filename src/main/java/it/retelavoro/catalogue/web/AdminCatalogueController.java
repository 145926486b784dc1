package it.retelavoro.catalogue.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.CatalogueVersionUploads;
import it.retelavoro.catalogue.Programme;
import it.retelavoro.catalogue.ProgrammeUploads;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the catalogue versions and programmes, with the upload of a new one of each (ADMIN,
 * under /admin).
 */
@Controller
@RequestMapping("/admin/catalogue")
class AdminCatalogueController {

    private final Catalogue catalogue;
    private final CatalogueVersionUploads uploads;
    private final MessageSource messages;
    private final Clock clock;
    private final PageForms forms;
    private final ProgrammeUploads programmeUploads;

    AdminCatalogueController(Catalogue catalogue, CatalogueVersionUploads uploads, MessageSource messages,
            Clock clock, PageForms forms, ProgrammeUploads programmeUploads) {
        this.forms = forms;
        this.programmeUploads = programmeUploads;
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("activeNav", "admin-catalogue");
        CataloguePagesController.addVersions(model, catalogue, uploads, clock);
        model.addAttribute("skippedUploads", catalogue.skippedUploads());
        model.addAttribute("programmes", catalogue.programmes().all());
        return "admin/catalogue";
    }

    @PostMapping("/programmes")
    String uploadProgramme(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        String yaml = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        return forms.form("programmeUpload", null, model, locale)
                .refusing(InvalidInputException.class, (e, errors) -> e.problems().forEach(p -> errors.addText("file",
                        (p.field().equals("yaml") ? "" : p.field() + ": ")
                                + messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))))
                .refusing(ConflictException.class,
                        (e, errors) -> errors.add("file", e.messageKey(), e.arguments().toArray()))
                .submit(() -> {
                    Programme programme = programmeUploads.upload(yaml, caller);
                    redirect.addFlashAttribute("flash", "catalogue.admin.programme.uploaded");
                    redirect.addFlashAttribute("uploadedProgramme", programme.code());
                    return "redirect:/admin/catalogue";
                }, () -> page(model));
    }

    @PostMapping("/versions")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) throws IOException {
        String yaml = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        // The places are those of the file: shown as a list next to the file field.
        return forms.form("upload", null, model, locale)
                .refusing(InvalidInputException.class, (e, errors) -> e.problems().forEach(p -> errors.addText("file",
                        (p.field().equals("yaml") ? "" : p.field() + ": ")
                                + messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))))
                .refusing(ConflictException.class,
                        (e, errors) -> errors.add("file", e.messageKey(), e.arguments().toArray()))
                .submit(() -> {
                    CatalogueVersion version = uploads.upload(yaml, caller);
                    redirect.addFlashAttribute("flash", "catalogue.admin.uploaded");
                    redirect.addFlashAttribute("uploadedVersion", version.id());
                    return "redirect:/admin/catalogue";
                }, () -> page(model));
    }
}
