package it.retelavoro.interop.web;

import it.retelavoro.interop.co.CoAdministration;
import it.retelavoro.interop.co.CoAdministration.RejectedDocument;
import it.retelavoro.interop.co.CoBatchException;
import it.retelavoro.interop.co.CoIntake;
import it.retelavoro.interop.co.CoIntakeResult;
import it.retelavoro.interop.co.CoRejectedId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the Comunicazioni Obbligatorie ({@code /admin/co}): upload a document or a zip (the
 * same intake as the regional node's), see what became of each document, the latest communications received and the
 * documents refused, each downloadable as received.
 */
@Controller
class AdminCoPagesController {

    private final CoIntake intake;
    private final CoAdministration administration;
    private final PageForms forms;

    AdminCoPagesController(CoIntake intake, CoAdministration administration, PageForms forms) {
        this.intake = intake;
        this.administration = administration;
        this.forms = forms;
    }

    @GetMapping("/admin/co")
    String page(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "admin-co");
        model.addAttribute("overview", administration.overview(caller));
        model.addAttribute("latest", CoAdministration.LATEST);
        return "admin/co";
    }

    @PostMapping("/admin/co")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        return forms.form("upload", null, model, locale)
                .refusing(CoBatchException.class, (e, errors) -> errors.addText("file", e.getMessage()))
                .submit(() -> {
                    if (content.length == 0) {
                        throw InvalidInputException.of("file", "interop.co.upload.no-file");
                    }
                    List<CoIntakeResult> results = intake.receive(content, contentType(file), caller);
                    redirect.addFlashAttribute("upload", CoIntakeApiController.Received.of(results));
                    redirect.addFlashAttribute("uploadName", file.getOriginalFilename());
                    return "redirect:/admin/co";
                }, () -> page(caller, model));
    }

    @GetMapping("/admin/co/rejected/{id}")
    ResponseEntity<byte[]> rejected(@PathVariable UUID id, CurrentUser caller) {
        RejectedDocument document = administration.rejectedDocument(new CoRejectedId(id), caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(document.entryName(), id)).build().toString())
                .body(document.raw());
    }

    /** The part's type when it says XML or zip; else {@code null}, and the reader tells by the first bytes. */
    private static String contentType(MultipartFile file) {
        String type = file.getContentType();
        return type != null && (type.contains("xml") || type.contains("zip")) ? type : null;
    }

    /** The entry's own name, without the folders of the zip it came in. */
    static String fileName(String entryName, UUID id) {
        String name = entryName == null ? "" : entryName.substring(entryName.lastIndexOf('/') + 1)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "comunicazione-" + id + ".xml" : name;
    }
}
