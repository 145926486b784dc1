package it.retelavoro.reference.web;

import it.retelavoro.reference.ReferenceData;
import it.retelavoro.reference.ReferenceFile;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page to import newer official reference files. */
@Controller
class AdminVocabulariesController {

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final PageForms forms;

    AdminVocabulariesController(ReferenceData referenceData, MessageSource messages, PageForms forms) {
        this.forms = forms;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @GetMapping("/admin/vocabularies")
    String page(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "admin-vocabularies");
        model.addAttribute("files", ReferenceFile.values());
        model.addAttribute("imports", referenceData.imports(caller));
        return "admin/vocabularies";
    }

    @PostMapping("/admin/vocabularies")
    String importFile(@RequestParam ReferenceFile file, @RequestParam("content") MultipartFile content,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] bytes = content.getBytes();
        return forms.form("import", null, model, locale)
                .fieldNames(field -> "content")
                .submit(() -> {
                    int rows = referenceData.importFile(file.vocabulary(), bytes, caller);
                    redirect.addFlashAttribute("imported", messages.getMessage("reference.import.done",
                            new Object[] {messages.getMessage("reference.vocabulary." + file.vocabulary(), null,
                                    locale), rows}, locale));
                    return "redirect:/admin/vocabularies";
                }, () -> {
                    model.addAttribute("selected", file);
                    return page(caller, model);
                });
    }
}
