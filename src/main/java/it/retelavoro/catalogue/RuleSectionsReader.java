package it.retelavoro.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the sections of a version file about who may deliver what beyond the services: the complex targets
 * ({@code targetComplessi}), the cultural mediation ({@code mediazioneCulturale}) and the CPI-exclusive
 * functions ({@code funzioniEsclusiveCpi}). Every problem names its place in the file.
 */
final class RuleSectionsReader {

    private static final List<String> TARGET_KEYS = List.of("label", "preCondizioniDiRete",
            "preCondizioniProfessionali", "serviziSpecialistici", "operatorCompetences", "cpiExclusiveFunction", "linguaDellaPersona");
    private static final List<String> MEDIATION_KEYS = List.of("text", "operatorCompetences");
    private static final List<String> FUNCTION_KEYS = List.of("label", "legalReference");

    private RuleSectionsReader() {
    }

    static Optional<TargetPreconditions> target(ComplexTarget target, Object value, String path, YamlFields fields) {
        return fields.asMap(value, path).flatMap(map -> {
            fields.onlyKeys(map, path, TARGET_KEYS);
            Optional<String> label = fields.text(map, "label", path);
            Optional<String> network = fields.text(map, "preCondizioniDiRete", path);
            Optional<List<String>> operator = fields.texts(map, "preCondizioniProfessionali", path, true);
            Optional<List<String>> specialist = fields.texts(map, "serviziSpecialistici", path, true);
            Optional<Set<Competence>> competences = fields.enumSet(map, "operatorCompetences", path, Competence.class);
            Optional<CpiExclusiveFunction> function = Optional.empty();
            boolean functionReadable = true;
            if (map.get("cpiExclusiveFunction") != null) {
                function = fields.enumValue(map, "cpiExclusiveFunction", path, CpiExclusiveFunction.class);
                functionReadable = function.isPresent();
            }
            Optional<Boolean> personLanguage = map.get("linguaDellaPersona") == null ? Optional.of(false)
                    : fields.bool(map, "linguaDellaPersona", path);
            if (label.isEmpty() || network.isEmpty() || operator.isEmpty() || specialist.isEmpty()
                    || competences.isEmpty() || !functionReadable || personLanguage.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TargetPreconditions(target, label.get(), network.get(), operator.get(),
                    specialist.get(), competences.get(), function, personLanguage.get()));
        });
    }

    static Optional<CulturalMediation> mediation(Map<String, Object> map, String path, YamlFields fields) {
        fields.onlyKeys(map, path, MEDIATION_KEYS);
        Optional<String> text = fields.text(map, "text", path);
        Optional<Set<Competence>> competences = fields.enumSet(map, "operatorCompetences", path, Competence.class);
        if (competences.filter(Set::isEmpty).isPresent()) {
            fields.problem(YamlFields.at(path, "operatorCompetences"), "deve indicare almeno una competenza");
            return Optional.empty();
        }
        return text.isPresent() && competences.isPresent()
                ? Optional.of(new CulturalMediation(text.get(), competences.get()))
                : Optional.empty();
    }

    static Optional<CpiFunctionRule> function(CpiExclusiveFunction function, Object value, String path,
            YamlFields fields) {
        return fields.asMap(value, path).flatMap(map -> {
            fields.onlyKeys(map, path, FUNCTION_KEYS);
            Optional<String> label = fields.text(map, "label", path);
            Optional<String> reference = fields.text(map, "legalReference", path);
            return label.isPresent() && reference.isPresent()
                    ? Optional.of(new CpiFunctionRule(function, label.get(), reference.get()))
                    : Optional.empty();
        });
    }
}
