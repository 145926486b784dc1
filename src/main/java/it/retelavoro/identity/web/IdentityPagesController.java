package it.retelavoro.identity.web;

import it.retelavoro.identity.IdentityProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page a refused login through an identity provider lands on: why, and what to do (issue 17). */
@Controller
class IdentityPagesController {

    @GetMapping("/login/identity-problem")
    String problem(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("problem", IdentityProblems.labelKey(reason));
        model.addAttribute("unlinked", IdentityProblems.isUnlinked(reason));
        return "identity/problem";
    }
}
