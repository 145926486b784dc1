package it.retelavoro.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the {@code servizi} section of a version file: each service with its preconditions, modes and
 * durations, access rule, outputs and site features. Every problem names its place in the file.
 */
final class ServiceSectionReader {

    private static final List<String> SERVICE_KEYS = List.of("title", "finalita", "attivita", "modalitaDurata",
            "modalitaAccesso", "output", "precondizioni", "modes", "access", "outputs", "siteFeatures",
            "siteFeaturesByMode");
    private static final List<String> PRECONDITION_KEYS = List.of("tecnicoStrutturali", "professionali", "operative");
    private static final List<String> PROFESSIONAL_KEYS = List.of("capacita", "conoscenze");
    private static final List<String> MODE_KEYS = List.of("mode", "minMinutes", "minMeetings", "minutesPer",
            "groupReasons");
    private static final List<String> ACCESS_KEYS = List.of("after", "togetherWith", "conditions");
    private static final List<String> AFTER_KEYS = List.of("anyOf");
    private static final List<String> OUTPUT_KEYS = List.of("code", "label", "required", "requiredWhen",
            "notRequiredInModes");

    private ServiceSectionReader() {
    }

    /** The service {@code code} read from {@code value}; empty when it has problems (all reported). */
    static Optional<ServiceStandard> service(ServiceCode code, Object value, String path, YamlFields fields) {
        Optional<Map<String, Object>> maybeMap = fields.asMap(value, path);
        if (maybeMap.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> map = maybeMap.get();
        int before = fields.problems().size();
        fields.onlyKeys(map, path, SERVICE_KEYS);
        Optional<String> title = fields.text(map, "title", path);
        Optional<String> purpose = fields.text(map, "finalita", path);
        Optional<List<String>> activities = fields.texts(map, "attivita", path, false);
        Optional<String> modeAndDuration = fields.text(map, "modalitaDurata", path);
        Optional<List<String>> accessText = fields.texts(map, "modalitaAccesso", path, true);
        Optional<List<String>> outputText = fields.texts(map, "output", path, true);
        Optional<Preconditions> preconditions = fields.map(map, "precondizioni", path)
                .flatMap(section -> preconditions(section, YamlFields.at(path, "precondizioni"), fields));
        List<ModeRule> modes = modes(map, path, fields);
        Optional<AccessRule> access = fields.map(map, "access", path)
                .flatMap(section -> access(code, section, YamlFields.at(path, "access"), fields));
        List<OutputRule> outputs = outputs(map, path, fields);
        Optional<Set<SiteFeature>> siteFeatures = fields.enumSet(map, "siteFeatures", path, SiteFeature.class);
        Map<DeliveryMode, Set<SiteFeature>> byMode = siteFeaturesByMode(map, path, modes, fields);
        if (fields.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ServiceStandard(code, title.get(), purpose.get(), activities.get(), modeAndDuration.get(),
                accessText.get(), outputText.get(), preconditions.get(), modes, access.get(), outputs,
                siteFeatures.get(), byMode));
    }

    private static Optional<Preconditions> preconditions(Map<String, Object> map, String path, YamlFields fields) {
        fields.onlyKeys(map, path, PRECONDITION_KEYS);
        Optional<List<String>> technical = fields.texts(map, "tecnicoStrutturali", path, false);
        Optional<ProfessionalPreconditions> professional = fields.map(map, "professionali", path).flatMap(section -> {
            String where = YamlFields.at(path, "professionali");
            fields.onlyKeys(section, where, PROFESSIONAL_KEYS);
            Optional<List<String>> capacities = fields.texts(section, "capacita", where, false);
            Optional<List<String>> knowledge = fields.texts(section, "conoscenze", where, false);
            return capacities.isPresent() && knowledge.isPresent()
                    ? Optional.of(new ProfessionalPreconditions(capacities.get(), knowledge.get()))
                    : Optional.empty();
        });
        Optional<List<String>> operational = fields.texts(map, "operative", path, false);
        if (technical.isEmpty() || professional.isEmpty() || operational.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Preconditions(technical.get(), professional.get(), operational.get()));
    }

    private static List<ModeRule> modes(Map<String, Object> service, String path, YamlFields fields) {
        List<ModeRule> modes = new ArrayList<>();
        String where = YamlFields.at(path, "modes");
        fields.list(service, "modes", path).ifPresent(list -> {
            if (list.isEmpty()) {
                fields.problem(where, "deve indicare almeno una modalità di erogazione");
            }
            for (int i = 0; i < list.size(); i++) {
                String itemPath = YamlFields.at(where, i);
                fields.asMap(list.get(i), itemPath).ifPresent(map -> {
                    fields.onlyKeys(map, itemPath, MODE_KEYS);
                    Optional<DeliveryMode> mode = fields.enumValue(map, "mode", itemPath, DeliveryMode.class);
                    Optional<Optional<Integer>> minutes = fields.nullableNonNegativeInt(map, "minMinutes", itemPath);
                    Optional<Integer> meetings = fields.positiveInt(map, "minMeetings", itemPath, 1);
                    Optional<MinutesBasis> basis = map.get("minutesPer") == null ? Optional.of(MinutesBasis.MEETING)
                            : fields.enumValue(map, "minutesPer", itemPath, MinutesBasis.class);
                    Optional<Set<GroupReason>> reasons = map.get("groupReasons") == null ? Optional.of(Set.of())
                            : fields.enumSet(map, "groupReasons", itemPath, GroupReason.class);
                    if (mode.isPresent() && modes.stream().anyMatch(m -> m.mode() == mode.get())) {
                        fields.problem(YamlFields.at(itemPath, "mode"), "modalità " + mode.get() + " ripetuta");
                    } else if (mode.isPresent() && minutes.isPresent() && meetings.isPresent() && basis.isPresent()
                            && reasons.isPresent()) {
                        OptionalInt min = minutes.get().map(OptionalInt::of).orElse(OptionalInt.empty());
                        modes.add(new ModeRule(mode.get(), min, meetings.get(), basis.get(), reasons.get()));
                    }
                });
            }
        });
        return modes;
    }

    private static Optional<AccessRule> access(ServiceCode code, Map<String, Object> map, String path, YamlFields fields) {
        fields.onlyKeys(map, path, ACCESS_KEYS);
        Optional<Set<ServiceCode>> after = fields.map(map, "after", path).flatMap(section -> {
            String where = YamlFields.at(path, "after");
            fields.onlyKeys(section, where, AFTER_KEYS);
            return fields.enumSet(section, "anyOf", where, ServiceCode.class);
        });
        Optional<Set<ServiceCode>> together = fields.enumSet(map, "togetherWith", path, ServiceCode.class);
        Optional<Set<AccessCondition>> conditions = fields.enumSet(map, "conditions", path, AccessCondition.class);
        boolean valid = after.isPresent() && together.isPresent() && conditions.isPresent();
        if (after.filter(set -> set.contains(code)).isPresent()) {
            fields.problem(YamlFields.at(path, "after.anyOf"), "il servizio " + code + " non può seguire sé stesso");
            valid = false;
        }
        if (together.filter(set -> set.contains(code)).isPresent()) {
            fields.problem(YamlFields.at(path, "togetherWith"), "il servizio " + code
                    + " non può essere contestuale a sé stesso");
            valid = false;
        }
        return valid ? Optional.of(new AccessRule(after.get(), together.get(), conditions.get())) : Optional.empty();
    }

    private static List<OutputRule> outputs(Map<String, Object> service, String path, YamlFields fields) {
        List<OutputRule> outputs = new ArrayList<>();
        String where = YamlFields.at(path, "outputs");
        List<Object> list = fields.list(service, "outputs", path).orElse(List.of());
        List<OutputCode> carried = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && map.get("code") instanceof String name) {
                KeyedSection.enumKey(name, OutputCode.class).ifPresent(carried::add);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            String itemPath = YamlFields.at(where, i);
            fields.asMap(list.get(i), itemPath).ifPresent(map -> {
                fields.onlyKeys(map, itemPath, OUTPUT_KEYS);
                Optional<OutputCode> code = fields.enumValue(map, "code", itemPath, OutputCode.class);
                Optional<String> label = fields.text(map, "label", itemPath);
                Optional<Boolean> required = fields.bool(map, "required", itemPath);
                Optional<OutputCode> requiredWhen = Optional.empty();
                boolean valid = code.isPresent() && label.isPresent() && required.isPresent();
                if (map.get("requiredWhen") != null) {
                    requiredWhen = fields.enumValue(map, "requiredWhen", itemPath, OutputCode.class);
                    valid &= requiredWhen.isPresent();
                    if (requiredWhen.isPresent() && !carried.contains(requiredWhen.get())) {
                        fields.problem(YamlFields.at(itemPath, "requiredWhen"), "l'output " + requiredWhen.get()
                                + " non è tra gli output di questo servizio");
                        valid = false;
                    } else if (requiredWhen.isPresent() && code.equals(requiredWhen)) {
                        fields.problem(YamlFields.at(itemPath, "requiredWhen"),
                                "un output non può dipendere da sé stesso");
                        valid = false;
                    }
                }
                Optional<Set<DeliveryMode>> notInModes = map.get("notRequiredInModes") == null ? Optional.of(Set.of())
                        : fields.enumSet(map, "notRequiredInModes", itemPath, DeliveryMode.class);
                valid &= notInModes.isPresent();
                if (code.isPresent() && outputs.stream().anyMatch(o -> o.code() == code.get())) {
                    fields.problem(YamlFields.at(itemPath, "code"), "output " + code.get() + " ripetuto");
                    valid = false;
                }
                if (valid) {
                    outputs.add(new OutputRule(code.get(), label.get(), required.get(), requiredWhen, notInModes.get()));
                }
            });
        }
        return outputs;
    }

    private static Map<DeliveryMode, Set<SiteFeature>> siteFeaturesByMode(Map<String, Object> service, String path,
            List<ModeRule> modes, YamlFields fields) {
        Map<DeliveryMode, Set<SiteFeature>> byMode = new EnumMap<>(DeliveryMode.class);
        if (service.get("siteFeaturesByMode") == null) {
            return byMode;
        }
        fields.map(service, "siteFeaturesByMode", path).ifPresent(section -> {
            String where = YamlFields.at(path, "siteFeaturesByMode");
            KeyedSection.read(section, where, DeliveryMode.class, fields, (mode, value, modePath) -> {
                // When a mode could not be read, that problem is already reported: do not guess here.
                boolean modesReadable = service.get("modes") instanceof List<?> declared && declared.size() == modes.size();
                if (modesReadable && modes.stream().noneMatch(rule -> rule.mode() == mode)) {
                    fields.problem(modePath, "la modalità " + mode + " non è tra le modalità del servizio");
                }
                fields.enumSet(section, mode.name(), where, SiteFeature.class)
                        .ifPresent(features -> byMode.put(mode, features));
            });
        });
        return byMode;
    }
}
