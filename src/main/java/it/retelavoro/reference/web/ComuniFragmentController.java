package it.retelavoro.reference.web;

import it.retelavoro.reference.Comuni;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Options for the comune fields of the pages, fetched by htmx as the person types. */
@Controller
class ComuniFragmentController {

    private final Comuni comuni;

    ComuniFragmentController(Comuni comuni) {
        this.comuni = comuni;
    }

    @GetMapping("/fragments/comuni")
    String options(@RequestParam(name = "comune", required = false) String query, Model model) {
        model.addAttribute("comuniFound", comuni.search(query, 20));
        return "fragments/comuni :: options";
    }
}
