package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one catalogue version from its YAML text.
 *
 * <p>The YAML is parsed into plain maps and lists and mapped by hand, so that every problem names the
 * field it is in. Reading never stops at the first problem: either the whole version is valid, or an
 * {@link InvalidCatalogueVersionException} lists all of them. Besides the shape of each field, a
 * version is refused when a service is missing, an access rule refers to an unknown service or forms a
 * cycle, an output is required in presence of an output the service does not carry, an indicator code
 * is repeated, refers to an unknown service or one of the base indicators is missing, or the validity
 * ends before it starts.
 *
 * <p>Only strings, whole numbers, {@code true}/{@code false} and {@code null} are recognised as scalars:
 * dates are read as text (no time zone surprises) and indicator codes such as {@code 1.1} stay text.
 */
public final class CatalogueVersionReader {

    private static final List<String> TOP_KEYS = List.of("id", "act", "validFrom", "validTo", "description", "servizi",
            "targetComplessi", "mediazioneCulturale", "funzioniEsclusiveCpi", "indicatori");
    private static final List<String> SERVICE_KEYS = List.of("title", "finalita", "attivita", "modalitaDurata",
            "modalitaAccesso", "output", "precondizioni", "modes", "access", "outputs", "siteFeatures",
            "siteFeaturesByMode");
    private static final List<String> PRECONDITION_KEYS = List.of("tecnicoStrutturali", "professionali", "operative");
    private static final List<String> PROFESSIONAL_KEYS = List.of("capacita", "conoscenze");
    private static final List<String> MODE_KEYS = List.of("mode", "minMinutes", "minMeetings", "minutesPer");
    private static final List<String> ACCESS_KEYS = List.of("after", "togetherWith", "conditions");
    private static final List<String> AFTER_KEYS = List.of("anyOf");
    private static final List<String> OUTPUT_KEYS = List.of("code", "label", "required", "requiredWhen");
    private static final List<String> TARGET_KEYS = List.of("label", "preCondizioniDiRete",
            "preCondizioniProfessionali", "serviziSpecialistici", "operatorCompetences", "cpiExclusiveFunction");
    private static final List<String> MEDIATION_KEYS = List.of("text", "operatorCompetences");
    private static final List<String> FUNCTION_KEYS = List.of("label", "legalReference");
    private static final List<String> INDICATOR_KEYS = List.of("code", "service", "counts", "label", "alsoRecords",
            "note", "mustAgreeWith");

    private static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern INTEGER = Pattern.compile("^[-+]?[0-9]+$");
    private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

    /**
     * Reads a version.
     *
     * @param yaml   the text of the file
     * @param source where the text comes from, for the messages (e.g. the file name)
     * @return the version, complete and consistent
     * @throws InvalidCatalogueVersionException listing every problem found
     */
    public CatalogueVersion read(String yaml, String source) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Object document;
        try {
            document = parser().load(yaml);
        } catch (MarkedYAMLException e) {
            throw new InvalidCatalogueVersionException(source, List.of(describe(e)));
        } catch (YAMLException e) {
            throw new InvalidCatalogueVersionException(source, List.of("YAML non valido: " + e.getMessage()));
        }
        if (document == null) {
            throw new InvalidCatalogueVersionException(source, List.of("il file è vuoto"));
        }
        YamlFields fields = new YamlFields();
        Optional<CatalogueVersion> version = fields.asMap(document, "(radice)").flatMap(root -> version(root, fields));
        if (fields.hasProblems() || version.isEmpty()) {
            throw new InvalidCatalogueVersionException(source, fields.problems());
        }
        return version.get();
    }

    /** Reads a version from a UTF-8 stream; the stream is read to the end but not closed. */
    public CatalogueVersion read(InputStream yaml, String source) {
        try {
            return read(new String(yaml.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new InvalidCatalogueVersionException(source, List.of("impossibile leggere il file: " + e.getMessage()));
        }
    }

    private static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(2 * 1024 * 1024);
        DumperOptions dumperOptions = new DumperOptions();
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOLEAN, "tfTF");
                addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
                addImplicitResolver(Tag.NULL, NULL, "~nN");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options, resolver);
    }

    private static String describe(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = mark == null ? "" : " alla riga " + (mark.getLine() + 1) + ", colonna " + (mark.getColumn() + 1);
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
        return "YAML non valido" + where + ": " + problem + context;
    }

    private Optional<CatalogueVersion> version(Map<String, Object> root, YamlFields fields) {
        fields.onlyKeys(root, "", TOP_KEYS);
        Optional<String> id = fields.text(root, "id", "");
        Optional<String> act = fields.text(root, "act", "");
        Optional<LocalDate> validFrom = fields.date(root, "validFrom", "");
        Optional<LocalDate> validTo = root.get("validTo") == null ? Optional.empty() : fields.date(root, "validTo", "");
        boolean validToReadable = root.get("validTo") == null || validTo.isPresent();
        Optional<String> description = fields.text(root, "description", "");

        Map<ServiceCode, ServiceStandard> services = new EnumMap<>(ServiceCode.class);
        fields.map(root, "servizi", "").ifPresent(section -> keyedSection(section, "servizi", ServiceCode.class, fields,
                (code, value, path) -> service(code, value, path, fields).ifPresent(s -> services.put(code, s))));
        Map<ComplexTarget, TargetPreconditions> targets = new EnumMap<>(ComplexTarget.class);
        fields.map(root, "targetComplessi", "").ifPresent(section -> keyedSection(section, "targetComplessi",
                ComplexTarget.class, fields,
                (target, value, path) -> target(target, value, path, fields).ifPresent(t -> targets.put(target, t))));
        Map<CpiExclusiveFunction, CpiFunctionRule> functions = new EnumMap<>(CpiExclusiveFunction.class);
        fields.map(root, "funzioniEsclusiveCpi", "").ifPresent(section -> keyedSection(section, "funzioniEsclusiveCpi",
                CpiExclusiveFunction.class, fields,
                (function, value, path) -> function(function, value, path, fields)
                        .ifPresent(f -> functions.put(function, f))));
        Optional<CulturalMediation> mediation = fields.map(root, "mediazioneCulturale", "")
                .flatMap(section -> mediation(section, "mediazioneCulturale", fields));
        List<Indicator> indicators = new ArrayList<>();
        boolean indicatorsReadable = fields.list(root, "indicatori", "").map(list -> {
            boolean all = true;
            for (int i = 0; i < list.size(); i++) {
                Optional<Indicator> indicator = indicator(list.get(i), YamlFields.at("indicatori", i), fields);
                indicator.ifPresent(indicators::add);
                all &= indicator.isPresent();
            }
            return all;
        }).orElse(false);

        // Cross-field checks run on the parts that could be read, so they are reported even when others
        // are broken; "missing" is not said of a part that is present but unreadable (already reported).
        Set<String> present = new java.util.HashSet<>();
        for (String section : List.of("servizi", "targetComplessi", "funzioniEsclusiveCpi")) {
            if (root.get(section) instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> present.add(section + "." + key + ":"));
            }
        }
        for (String problem : CatalogueConsistency.problemsOf(id.orElse(null), validFrom.orElse(null), validTo,
                services, targets, functions, indicators)) {
            int colon = problem.indexOf(": ");
            String where = problem.substring(0, colon);
            boolean presentButUnreadable = present.contains(where + ":") && problem.contains("mancante")
                    || where.startsWith("indicatori") && !indicatorsReadable;
            if (!presentButUnreadable) {
                fields.problem(where, problem.substring(colon + 2));
            }
        }
        if (fields.hasProblems() || id.isEmpty() || act.isEmpty() || validFrom.isEmpty() || !validToReadable
                || description.isEmpty() || mediation.isEmpty() || !indicatorsReadable) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CatalogueVersion(id.get(), act.get(), validFrom.get(), validTo, description.get(),
                    services, targets, functions, indicators, mediation.get()));
        } catch (IllegalArgumentException e) {
            fields.problem("(versione)", e.getMessage());
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Entry<E> {
        void accept(E key, Object value, String path);
    }

    /** A section keyed by enum constants (servizi.A1, targetComplessi.DISABLED, ...). */
    private static <E extends Enum<E>> void keyedSection(Map<String, Object> section, String path, Class<E> type,
            YamlFields fields, Entry<E> entry) {
        for (Map.Entry<String, Object> item : section.entrySet()) {
            String where = YamlFields.at(path, item.getKey());
            Optional<E> key = enumKey(item.getKey(), type);
            if (key.isEmpty()) {
                fields.problem(where, "codice sconosciuto (codici ammessi: "
                        + CatalogueConsistency.allowed(type.getEnumConstants()) + ")");
            } else {
                entry.accept(key.get(), item.getValue(), where);
            }
        }
    }

    private static <E extends Enum<E>> Optional<E> enumKey(String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private Optional<ServiceStandard> service(ServiceCode code, Object value, String path, YamlFields fields) {
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

    private Optional<Preconditions> preconditions(Map<String, Object> map, String path, YamlFields fields) {
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

    private List<ModeRule> modes(Map<String, Object> service, String path, YamlFields fields) {
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
                    if (mode.isPresent() && modes.stream().anyMatch(m -> m.mode() == mode.get())) {
                        fields.problem(YamlFields.at(itemPath, "mode"), "modalità " + mode.get() + " ripetuta");
                    } else if (mode.isPresent() && minutes.isPresent() && meetings.isPresent() && basis.isPresent()) {
                        OptionalInt min = minutes.get().map(OptionalInt::of).orElse(OptionalInt.empty());
                        modes.add(new ModeRule(mode.get(), min, meetings.get(), basis.get()));
                    }
                });
            }
        });
        return modes;
    }

    private Optional<AccessRule> access(ServiceCode code, Map<String, Object> map, String path, YamlFields fields) {
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

    private List<OutputRule> outputs(Map<String, Object> service, String path, YamlFields fields) {
        List<OutputRule> outputs = new ArrayList<>();
        String where = YamlFields.at(path, "outputs");
        List<Object> list = fields.list(service, "outputs", path).orElse(List.of());
        List<OutputCode> carried = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && map.get("code") instanceof String name) {
                enumKey(name, OutputCode.class).ifPresent(carried::add);
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
                if (code.isPresent() && outputs.stream().anyMatch(o -> o.code() == code.get())) {
                    fields.problem(YamlFields.at(itemPath, "code"), "output " + code.get() + " ripetuto");
                    valid = false;
                }
                if (valid) {
                    outputs.add(new OutputRule(code.get(), label.get(), required.get(), requiredWhen));
                }
            });
        }
        return outputs;
    }

    private Map<DeliveryMode, Set<SiteFeature>> siteFeaturesByMode(Map<String, Object> service, String path,
            List<ModeRule> modes, YamlFields fields) {
        Map<DeliveryMode, Set<SiteFeature>> byMode = new EnumMap<>(DeliveryMode.class);
        if (service.get("siteFeaturesByMode") == null) {
            return byMode;
        }
        fields.map(service, "siteFeaturesByMode", path).ifPresent(section -> {
            String where = YamlFields.at(path, "siteFeaturesByMode");
            keyedSection(section, where, DeliveryMode.class, fields, (mode, value, modePath) -> {
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

    private Optional<TargetPreconditions> target(ComplexTarget target, Object value, String path, YamlFields fields) {
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
            if (label.isEmpty() || network.isEmpty() || operator.isEmpty() || specialist.isEmpty()
                    || competences.isEmpty() || !functionReadable) {
                return Optional.empty();
            }
            return Optional.of(new TargetPreconditions(target, label.get(), network.get(), operator.get(),
                    specialist.get(), competences.get(), function));
        });
    }

    private Optional<CulturalMediation> mediation(Map<String, Object> map, String path, YamlFields fields) {
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

    private Optional<CpiFunctionRule> function(CpiExclusiveFunction function, Object value, String path,
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

    private Optional<Indicator> indicator(Object value, String path, YamlFields fields) {
        return fields.asMap(value, path).flatMap(map -> {
            fields.onlyKeys(map, path, INDICATOR_KEYS);
            Optional<String> code = fields.text(map, "code", path);
            boolean codeValid = code.isPresent();
            if (code.isPresent() && !Indicator.CODE.matcher(code.get()).matches()) {
                fields.problem(YamlFields.at(path, "code"), "«" + code.get()
                        + "» non è un codice di indicatore (numero.numero, ad esempio 2.1)");
                codeValid = false;
            }
            Optional<ServiceCode> service = fields.enumValue(map, "service", path, ServiceCode.class);
            Optional<IndicatorCounting> counts = fields.enumValue(map, "counts", path, IndicatorCounting.class);
            Optional<String> label = fields.text(map, "label", path);
            Optional<List<String>> alsoRecords = fields.optionalTexts(map, "alsoRecords", path);
            Optional<String> note = fields.optionalText(map, "note", path);
            boolean noteReadable = map.get("note") == null || note.isPresent();
            Optional<String> mustAgreeWith = fields.optionalText(map, "mustAgreeWith", path);
            boolean agreeReadable = map.get("mustAgreeWith") == null || mustAgreeWith.isPresent();
            if (code.isPresent() && mustAgreeWith.equals(code)) {
                fields.problem(YamlFields.at(path, "mustAgreeWith"), "un indicatore non può concordare con sé stesso");
                agreeReadable = false;
            }
            if (!codeValid || service.isEmpty() || counts.isEmpty() || label.isEmpty() || alsoRecords.isEmpty()
                    || !noteReadable || !agreeReadable) {
                return Optional.empty();
            }
            return Optional.of(new Indicator(code.get(), service.get(), counts.get(), label.get(), alsoRecords.get(),
                    note, mustAgreeWith));
        });
    }
}
