package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.pathway.ActionPlanId;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.pathway.InternshipId;
import it.retelavoro.pathway.PactId;
import it.retelavoro.pathway.PathwayCancellations;
import it.retelavoro.pathway.TrainingEventId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.PageForms;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "annulla" action of each act on the pathway page (a delivery, the Patto, the PAI, a training step, an
 * internship), with its reason; a refusal shows the page again with the problems in the act's own form.
 */
@Controller
class CancellationPagesController {

    private final PathwayCancellations cancellations;
    private final PathwayPage page;
    private final PageForms forms;

    CancellationPagesController(PathwayCancellations cancellations, PathwayPage page, PageForms forms) {
        this.cancellations = cancellations;
        this.page = page;
        this.forms = forms;
    }

    /** The reason typed, and the act it is for (so that the page opens that act's form again on a refusal). */
    record CancellationForm(UUID actId, String reason) {
    }

    @PostMapping("/persons/{id}/pathway/{kind:deliveries|pacts|action-plans|training|internships}/{actId}/cancellation")
    String cancel(@PathVariable UUID id, @PathVariable String kind, @PathVariable UUID actId, CancellationForm form,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        CancellationForm typed = new CancellationForm(actId, form.reason());
        return forms.form("cancellation", typed, model, locale)
                .refusing(RuleViolationException.class, (e, errors) -> e.violations().stream()
                        .map(Violation::message).forEach(message -> errors.addText(FormErrors.GLOBAL, message)))
                .submit(() -> {
                    String section = switch (kind) {
                        case "deliveries" -> {
                            cancellations.cancelDelivery(new DeliveryId(actId), form.reason(), caller, locale);
                            yield "deliveries";
                        }
                        case "pacts" -> {
                            cancellations.cancelPact(new PactId(actId), form.reason(), caller, locale);
                            yield "pact";
                        }
                        case "action-plans" -> {
                            cancellations.cancelActionPlan(new ActionPlanId(actId), form.reason(), caller, locale);
                            yield "plan";
                        }
                        case "training" -> {
                            cancellations.cancelTrainingEvent(new TrainingEventId(actId), form.reason(), caller,
                                    locale);
                            yield "training";
                        }
                        default -> {
                            cancellations.cancelInternship(new InternshipId(actId), form.reason(), caller, locale);
                            yield "internships";
                        }
                    };
                    redirect.addFlashAttribute("flash", "pathway.cancellation.done");
                    return PathwaySection.redirect(id, model, section);
                }, () -> page.show(id, caller, model));
    }
}
