package it.retelavoro.portal.web;

import it.retelavoro.portal.BoardQuery;
import it.retelavoro.portal.JobBoard;
import it.retelavoro.reference.Comuni;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The citizens' landing page (issue 14): what a visitor without login sees at {@code /} (the security
 * configuration forwards an anonymous {@code /} here; a logged-in user keeps their home). It searches the job
 * board, shows the latest offers, and leads to "Dove andare", the catalogue of services, the status of an
 * application and the operators' login.
 */
@Controller
class PortalLandingController {

    /** The latest offers the landing page shows. */
    static final int LATEST = 4;

    private final JobBoard board;
    private final Comuni comuni;

    PortalLandingController(JobBoard board, Comuni comuni) {
        this.board = board;
        this.comuni = comuni;
    }

    @GetMapping("/portal/welcome")
    String landing(Model model, Locale locale) {
        model.addAttribute("activeNav", "landing");
        model.addAttribute("latest", board.search(BoardQuery.all(), LATEST, locale));
        model.addAttribute("comuni", comuni);
        return "portal/landing";
    }
}
