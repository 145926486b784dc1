package it.retelavoro.person.web;

import it.retelavoro.reference.Occupations;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The occupations (CP2021) proposed as the operator types one in a field of the person's profile. */
@Controller
class OccupationOptionsController {

    private final Occupations occupations;

    OccupationOptionsController(Occupations occupations) {
        this.occupations = occupations;
    }

    /**
     * htmx sends the field that asks, by its name: a row's {@code experiences[0].occupation} or
     * {@code desiredOccupations} (and the names the page used before, {@code experienceOccupation} and
     * {@code desiredOccupation}).
     */
    @GetMapping("/persons/fragments/occupations")
    String occupationOptions(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        String query = parameters.entrySet().stream()
                .filter(parameter -> parameter.getKey().endsWith("ccupation")
                        || parameter.getKey().endsWith("ccupations"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        model.addAttribute("options", occupations.entries(query, locale, 20).stream()
                .map(entry -> new PersonPagesController.Option(entry.code(), entry.label())).toList());
        return "person/fragments :: options";
    }
}
