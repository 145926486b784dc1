package it.retelavoro.desk.web;

import it.retelavoro.desk.ActionsDue;
import it.retelavoro.desk.OperatorWork;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's work on the home page (the network module's page loads it with htmx, so that the network needs
 * nothing of the desk): deadlines, DIDs to certify, applications to verify, referrals without feedback. It is a
 * page of its own too ({@code /desk/work}), reachable without scripts and as the target of "solo i miei".
 */
@Controller
class WorkPanelController {

    private final OperatorWork work;
    private final Clock clock;

    WorkPanelController(OperatorWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @GetMapping(path = "/desk/work", headers = "HX-Request")
    String panel(@RequestParam(defaultValue = "false") boolean mine, CurrentUser caller, Model model) {
        fill(mine, caller, model);
        return "desk/work :: panel";
    }

    @GetMapping("/desk/work")
    String page(@RequestParam(defaultValue = "false") boolean mine, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "home");
        fill(mine, caller, model);
        return "desk/work";
    }

    private void fill(boolean mine, CurrentUser caller, Model model) {
        model.addAttribute("work", work.of(caller, mine));
        model.addAttribute("mine", mine);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("horizonDays", ActionsDue.HORIZON_DAYS);
        model.addAttribute("recentDays", OperatorWork.RECENT_DAYS);
        model.addAttribute("feedbackDays", OperatorWork.FEEDBACK_DAYS);
    }
}
