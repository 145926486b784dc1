package it.retelavoro.pathway.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;

/**
 * A section of a person's pathway, one task at a time, each at its own address
 * ({@code /persons/{id}/pathway/{path}}) so that links and the browser's back button reach it. The whole pathway
 * stays at {@code /persons/{id}/pathway}, every section one below the other.
 *
 * <p>A form posted from a section page carries {@code returnTo} (the section): it comes back to that section,
 * redirected when done and shown again with its problems when refused; posted from the whole pathway, it comes
 * back there at the form's anchor.
 */
enum PathwaySection {

    DID("did", "pathway.did.title"),
    PACT("pact", "pathway.pact.title"),
    PLAN("plan", "pathway.plan.title"),
    DELIVERIES("deliveries", "pathway.delivery.title"),
    TRAINING("training", "pathway.training.title"),
    INTERNSHIPS("internships", "pathway.internship.title"),
    REFERRALS("referrals", "referral.person.title"),
    TIMELINE("timeline", "pathway.timeline.title");

    /** The model attribute holding the section shown, null on the whole pathway. */
    static final String ATTRIBUTE = "section";

    /** The paths of the sections, as a request mapping's pattern. */
    static final String PATHS = "did|pact|plan|deliveries|training|internships|referrals|timeline";

    private final String path;
    private final String labelKey;

    PathwaySection(String path, String labelKey) {
        this.path = path;
        this.labelKey = labelKey;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The section at {@code path}, empty for none or one unknown. */
    static Optional<PathwaySection> at(String path) {
        return Arrays.stream(values()).filter(section -> section.path.equals(path)).findFirst();
    }

    /**
     * Where a form done on the pathway goes: the section it was posted from ({@code returnTo}), else the whole
     * pathway at {@code anchor}.
     */
    static String redirect(UUID person, Model model, String anchor) {
        return model.getAttribute(ATTRIBUTE) instanceof PathwaySection section
                ? "redirect:/persons/" + person + "/pathway/" + section.path
                : "redirect:/persons/" + person + "/pathway#" + anchor;
    }
}
