package it.retelavoro.catalogue.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.CatalogueVersionUpload;
import it.retelavoro.catalogue.CatalogueVersionUploads;
import it.retelavoro.catalogue.ServiceStandard;
import it.retelavoro.catalogue.ServiceType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the repertorio, laid out like the regional document: the index of the ten
 * services, one scheda per service with the rules the system applies, the complex targets, the
 * indicators and the versions. Every page reads the version in force today or the one in {@code ?version=}.
 */
@Controller
@RequestMapping("/catalogue")
class CataloguePagesController {

    private final Catalogue catalogue;
    private final CatalogueVersionUploads uploads;
    private final Clock clock;

    CataloguePagesController(Catalogue catalogue, CatalogueVersionUploads uploads, Clock clock) {
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping({"", "/"})
    String index(@RequestParam(required = false) String version, Model model) {
        CatalogueVersion chosen = choose(version, model);
        List<ServiceStandard> services = List.copyOf(chosen.services().values());
        model.addAttribute("personServices", services.stream().filter(s -> s.type() == ServiceType.PERSON).toList());
        model.addAttribute("employerServices",
                services.stream().filter(s -> s.type() == ServiceType.EMPLOYER).toList());
        return "catalogue/index";
    }

    @GetMapping("/services/{code}")
    String service(@PathVariable String code, @RequestParam(required = false) String version, Model model) {
        CatalogueVersion chosen = choose(version, model);
        ServiceStandard service = chosen.service(VersionChoice.serviceCode(code));
        model.addAttribute("service", service);
        // The regional text breaks "modalità e durata" into lines (group / individual): kept as lines.
        model.addAttribute("modeLines", List.of(service.modeAndDuration().split("\n")));
        return "catalogue/service";
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String version, Model model) {
        CatalogueVersion chosen = choose(version, model);
        model.addAttribute("targets", List.copyOf(chosen.targets().values()));
        return "catalogue/targets";
    }

    @GetMapping("/indicators")
    String indicators(@RequestParam(required = false) String version, Model model) {
        choose(version, model);
        return "catalogue/indicators";
    }

    @GetMapping("/versions")
    String versions(Model model) {
        model.addAttribute("activeNav", "catalogue");
        addVersions(model, catalogue, uploads, clock);
        return "catalogue/versions";
    }

    /** The version shown, the versions to choose from, and the one in force today. */
    private CatalogueVersion choose(String version, Model model) {
        CatalogueVersion chosen = VersionChoice.of(catalogue, version, null);
        model.addAttribute("activeNav", "catalogue");
        model.addAttribute("version", chosen);
        model.addAttribute("versions", catalogue.versions().all());
        model.addAttribute("inForce", catalogue.current().map(CatalogueVersion::id).orElse(null));
        // Links keep the version only when the reader picked one, so that bookmarks follow today's rules.
        model.addAttribute("versionParam", version == null || version.isBlank() ? null : chosen.id());
        return chosen;
    }

    /** The versions table: every version, and when the uploaded ones were uploaded (local time). */
    static void addVersions(Model model, Catalogue catalogue, CatalogueVersionUploads uploads, Clock clock) {
        Map<String, LocalDateTime> uploaded = uploads.uploads().stream()
                .collect(Collectors.toMap(CatalogueVersionUpload::versionId,
                        upload -> LocalDateTime.ofInstant(upload.uploadedAt(), clock.getZone())));
        model.addAttribute("versions", catalogue.versions().all());
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("inForce", catalogue.current().map(CatalogueVersion::id).orElse(null));
        model.addAttribute("today", catalogue.today());
    }
}
