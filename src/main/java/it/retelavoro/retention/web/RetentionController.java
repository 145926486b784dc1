package it.retelavoro.retention.web;

import it.retelavoro.retention.RetentionCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The retention catalogue, public: how long each category of data is kept, and why (issue 17). */
@Controller
class RetentionController {

    private final RetentionCatalogue catalogue;

    RetentionController(RetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/privacy/retention")
    String retention(Model model) {
        model.addAttribute("categories", catalogue.categories());
        return "retention/catalogue";
    }
}
