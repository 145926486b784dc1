package it.retelavoro.portal.web;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.network.NetworkCompliance;
import it.retelavoro.network.PublicSite;
import it.retelavoro.portal.BoardQuery;
import it.retelavoro.portal.FormTokens;
import it.retelavoro.portal.JobBoard;
import it.retelavoro.portal.NewApplication;
import it.retelavoro.portal.PublicVacancy;
import it.retelavoro.portal.SelfApplications;
import it.retelavoro.portal.Submission;
import it.retelavoro.portal.TooManyApplicationsException;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public portal's pages, without login: the job board ({@code /portal}), a vacancy with the
 * application form ({@code /portal/vacancies/{id}}), the receipt, and "where to go"
 * ({@code /portal/where-to-go}).
 */
@Controller
class PortalPagesController {

    private static final String NAV = "portal";
    private static final String BINDING = PortalPagesController.class.getName() + ".formBinding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JobBoard board;
    private final SelfApplications applications;
    private final FormTokens tokens;
    private final NetworkCompliance network;
    private final Comuni comuni;
    private final Occupations occupations;
    private final PageForms forms;

    PortalPagesController(JobBoard board, SelfApplications applications, FormTokens tokens, NetworkCompliance network,
            Comuni comuni, Occupations occupations, PageForms forms) {
        this.forms = forms;
        this.board = board;
        this.applications = applications;
        this.tokens = tokens;
        this.network = network;
        this.comuni = comuni;
        this.occupations = occupations;
    }

    /** The application form as typed; {@code website} is the honeypot. */
    record ApplicationForm(String fiscalCode, String firstName, String lastName, String email, String phone,
            String cvText, Boolean privacyAccepted, String website, String formToken) {

        static ApplicationForm empty() {
            return new ApplicationForm(null, null, null, null, null, null, false, null, null);
        }
    }

    @GetMapping("/portal")
    String board(@RequestParam(required = false) String q, @RequestParam(required = false) String occupation,
            @RequestParam(required = false) String comune, @RequestParam(required = false) String province,
            @RequestParam(required = false) String contractType, Model model, Locale locale) {
        ContractType type = Arrays.stream(ContractType.values()).filter(each -> each.name().equals(contractType))
                .findFirst().orElse(null);
        List<PublicVacancy> found = board.search(new BoardQuery(q, occupation, comune, province, type),
                JobBoard.MAX_RESULTS, locale);
        model.addAttribute("activeNav", NAV);
        model.addAttribute("q", q);
        model.addAttribute("occupation", occupation);
        model.addAttribute("comune", comune);
        model.addAttribute("province", province);
        // what the place words were taken for, so that an empty result says where it looked
        model.addAttribute("place", comune == null || comune.isBlank() ? null
                : comuni.place(comune).orElse(null));
        model.addAttribute("contractType", type);
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("vacancies", found);
        model.addAttribute("comuni", comuni);
        model.addAttribute("occupations", occupations);
        return "portal/board";
    }

    @GetMapping("/portal/vacancies/{id}")
    String vacancy(@PathVariable UUID id, Model model, Locale locale, HttpSession session) {
        model.addAttribute("applicationForm", ApplicationForm.empty());
        return vacancyPage(id, model, locale, session);
    }

    @PostMapping("/portal/vacancies/{id}/applications")
    String apply(@PathVariable UUID id, ApplicationForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("application", form, model, locale)
                // A token problem concerns the whole form: it is said above it.
                .fieldNames(field -> "formToken".equals(field) ? FormErrors.GLOBAL : field)
                .refusing(TooManyApplicationsException.class, (e, errors) -> {
                    response.setStatus(429);
                    errors.add(FormErrors.GLOBAL, "portal.application.too-many");
                })
                .submit(() -> {
                    String reference = applications.submit(new VacancyId(id), new NewApplication(form.fiscalCode(),
                            form.firstName(), form.lastName(), form.email(), form.phone(), form.cvText(),
                            Boolean.TRUE.equals(form.privacyAccepted())), new Submission(request.getRemoteAddr(),
                            form.formToken(), sessionBinding(request.getSession()), true, form.website()));
                    redirect.addFlashAttribute("reference", reference);
                    return "redirect:/portal/vacancies/" + id + "/received";
                }, () -> vacancyPage(id, model, locale, request.getSession()));
    }

    @GetMapping("/portal/vacancies/{id}/received")
    String received(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/portal/vacancies/" + id;
        }
        PublicVacancy vacancy = board.vacancy(new VacancyId(id)).orElseThrow(() -> new NotFoundException("vacancy", id));
        model.addAttribute("activeNav", NAV);
        model.addAttribute("vacancy", vacancy);
        return "portal/received";
    }

    @GetMapping("/portal/where-to-go")
    String whereToGo(Model model) {
        List<PublicSite> sites = network.publicDirectory();
        model.addAttribute("activeNav", NAV);
        model.addAttribute("sites", sites);
        model.addAttribute("comuni", comuni);
        model.addAttribute("personServices", List.of(ServiceCode.A1, ServiceCode.A2, ServiceCode.A3, ServiceCode.A4,
                ServiceCode.A5, ServiceCode.A6));
        return "portal/where-to-go";
    }

    private String vacancyPage(UUID id, Model model, Locale locale, HttpSession session) {
        PublicVacancy vacancy = board.vacancy(new VacancyId(id)).orElseThrow(() -> new NotFoundException("vacancy", id));
        model.addAttribute("activeNav", NAV);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("occupationLabel", occupations.labelOf(vacancy.occupationCode(), locale));
        model.addAttribute("comuneLabel", comuni.labelOf(vacancy.comuneCode()));
        model.addAttribute("formToken", tokens.issue(new VacancyId(id), sessionBinding(session)));
        return "portal/vacancy";
    }

    /**
     * A random value kept in the visitor's session, to which the form tokens are bound: a token taken from
     * another session is not good here.
     */
    private static String sessionBinding(HttpSession session) {
        Object binding = session.getAttribute(BINDING);
        if (binding instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(BINDING, value);
        return value;
    }
}
