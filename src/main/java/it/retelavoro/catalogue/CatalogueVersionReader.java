package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Each section has its reader ({@link ServiceSectionReader}, {@link RuleSectionsReader},
 * {@link IndicatorSectionReader}); this class parses the text, reads the top-level fields and runs the
 * cross-field checks of {@link CatalogueConsistency}.
 *
 * <p>Only strings, whole numbers, {@code true}/{@code false} and {@code null} are recognised as scalars:
 * dates are read as text (no time zone surprises) and indicator codes such as {@code 1.1} stay text.
 */
public final class CatalogueVersionReader {

    private static final List<String> TOP_KEYS = List.of("id", "act", "validFrom", "validTo", "description", "servizi",
            "targetComplessi", "mediazioneCulturale", "funzioniEsclusiveCpi", "indicatori",
            SeveritySectionReader.SEVERITIES, SeveritySectionReader.TARGET_EXEMPT, "backdatedRegistrationDays",
            "effettiOccupazioneDid", "condizionalita");

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
        Object document = parse(yaml, source);
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

    /**
     * The YAML text as plain maps, lists and scalars, with the recognised scalars only; shared by the readers of
     * versions and programmes.
     *
     * @throws InvalidCatalogueVersionException when the text is not YAML or is empty
     */
    static Object parse(String yaml, String source) {
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
        return document;
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
        int backdatedDays = CatalogueVersion.DEFAULT_BACKDATED_REGISTRATION_DAYS;
        if (root.get("backdatedRegistrationDays") != null) {
            if (root.get("backdatedRegistrationDays") instanceof Integer days && days >= 0) {
                backdatedDays = days;
            } else {
                fields.problem("backdatedRegistrationDays", "deve essere un numero intero di giorni, 0 o più");
            }
        }
        Optional<DidEmploymentRules> didRules = root.get("effettiOccupazioneDid") == null
                ? Optional.of(DidEmploymentRules.DEFAULT)
                : fields.map(root, "effettiOccupazioneDid", "").flatMap(section -> didEmploymentRules(section, fields));
        Optional<ConditionalityRules> conditionality = root.get("condizionalita") == null
                ? Optional.of(ConditionalityRules.DEFAULT)
                : fields.map(root, "condizionalita", "").flatMap(section -> conditionality(section, fields));

        Map<ServiceCode, ServiceStandard> services = new EnumMap<>(ServiceCode.class);
        fields.map(root, "servizi", "").ifPresent(section -> KeyedSection.read(section, "servizi", ServiceCode.class, fields,
                (code, value, path) -> ServiceSectionReader.service(code, value, path, fields).ifPresent(s -> services.put(code, s))));
        Map<ComplexTarget, TargetPreconditions> targets = new EnumMap<>(ComplexTarget.class);
        fields.map(root, "targetComplessi", "").ifPresent(section -> KeyedSection.read(section, "targetComplessi",
                ComplexTarget.class, fields,
                (target, value, path) -> RuleSectionsReader.target(target, value, path, fields).ifPresent(t -> targets.put(target, t))));
        Map<CpiExclusiveFunction, CpiFunctionRule> functions = new EnumMap<>(CpiExclusiveFunction.class);
        fields.map(root, "funzioniEsclusiveCpi", "").ifPresent(section -> KeyedSection.read(section, "funzioniEsclusiveCpi",
                CpiExclusiveFunction.class, fields,
                (function, value, path) -> RuleSectionsReader.function(function, value, path, fields)
                        .ifPresent(f -> functions.put(function, f))));
        Optional<CulturalMediation> mediation = fields.map(root, "mediazioneCulturale", "")
                .flatMap(section -> RuleSectionsReader.mediation(section, "mediazioneCulturale", fields));
        Optional<Severities> severities = SeveritySectionReader.severities(root, fields);
        Optional<Set<ServiceCode>> targetExempt = SeveritySectionReader.targetExempt(root, fields);
        List<Indicator> indicators = new ArrayList<>();
        boolean indicatorsReadable = IndicatorSectionReader.read(root, fields, indicators);

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
                || description.isEmpty() || mediation.isEmpty() || !indicatorsReadable || severities.isEmpty()
                || targetExempt.isEmpty() || didRules.isEmpty() || conditionality.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CatalogueVersion(id.get(), act.get(), validFrom.get(), validTo, description.get(),
                    services, targets, functions, indicators, mediation.get(), severities.get(), targetExempt.get(),
                    backdatedDays, didRules.get(), conditionality.get()));
        } catch (IllegalArgumentException e) {
            fields.problem("(versione)", e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code effettiOccupazioneDid}: {@code sospensioneFinoAMesi}, {@code daConfermare}, {@code fonte}. */
    private static Optional<DidEmploymentRules> didEmploymentRules(Map<String, Object> section, YamlFields fields) {
        String path = "effettiOccupazioneDid";
        fields.onlyKeys(section, path, List.of("sospensioneFinoAMesi", "daConfermare", "fonte"));
        boolean readable = true;
        int months = 0;
        if (section.get("sospensioneFinoAMesi") instanceof Integer value && value >= 1) {
            months = value;
        } else {
            fields.problem(path + ".sospensioneFinoAMesi", "deve essere un numero intero di mesi, 1 o più");
            readable = false;
        }
        Optional<Boolean> toBeConfirmed = toBeConfirmed(section, path, fields);
        readable &= toBeConfirmed.isPresent();
        Optional<String> basis = fields.text(section, "fonte", path);
        return readable && basis.isPresent() ? Optional.of(new DidEmploymentRules(months, toBeConfirmed.get(), basis.get()))
                : Optional.empty();
    }

    private static Optional<ConditionalityRules> conditionality(Map<String, Object> section, YamlFields fields) {
        String path = "condizionalita";
        fields.onlyKeys(section, path, List.of("misure", "motiviGiustificati", "giorniLavorativiGiustificazione",
                "daConfermare", "fonte"));
        boolean readable = true;
        List<ConditionalityRules.Step> steps = new ArrayList<>();
        if (section.get("misure") instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                String at = YamlFields.at(path + ".misure", i);
                if (list.get(i) instanceof Map<?, ?> raw) {
                    Map<String, Object> step = fields.asMap(raw, at).orElse(Map.of());
                    Optional<String> measure = fields.text(step, "misura", at);
                    Optional<String> label = fields.text(step, "descrizione", at);
                    BigDecimal fraction = step.get("quotaMensilita") instanceof String text && text.matches("[0-9]+(\\.[0-9]+)?")
                            ? new BigDecimal(text) : step.get("quotaMensilita") instanceof Integer whole
                                    ? BigDecimal.valueOf(whole) : null;
                    try {
                        steps.add(new ConditionalityRules.Step(measure.orElse(""), fraction, label.orElse("")));
                    } catch (IllegalArgumentException e) {
                        fields.problem(at, e.getMessage());
                        readable = false;
                    }
                } else {
                    fields.problem(at, "deve essere una misura (misura, quotaMensilita, descrizione)");
                    readable = false;
                }
            }
        } else {
            fields.problem(path + ".misure", "deve elencare almeno una misura");
            readable = false;
        }
        List<ConditionalityRules.JustifiedReason> reasons = new ArrayList<>();
        if (section.get("motiviGiustificati") instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof String code && entry.getValue() instanceof String label
                        && !label.isBlank()) {
                    reasons.add(new ConditionalityRules.JustifiedReason(code, label));
                } else {
                    fields.problem(path + ".motiviGiustificati", "codice: descrizione");
                    readable = false;
                }
            }
        } else {
            fields.problem(path + ".motiviGiustificati", "deve essere una mappa codice: descrizione");
            readable = false;
        }
        int days = 2;
        if (section.get("giorniLavorativiGiustificazione") instanceof Integer value && value >= 0) {
            days = value;
        } else {
            fields.problem(path + ".giorniLavorativiGiustificazione", "deve essere un numero intero di giorni, 0 o più");
            readable = false;
        }
        Optional<Boolean> toBeConfirmed = toBeConfirmed(section, path, fields);
        readable &= toBeConfirmed.isPresent();
        Optional<String> basis = fields.text(section, "fonte", path);
        return readable && basis.isPresent()
                ? Optional.of(new ConditionalityRules(steps, reasons, days, toBeConfirmed.get(), basis.get()))
                : Optional.empty();
    }

    /** A section's {@code daConfermare}: true when absent; empty (and a problem) when it is not true or false. */
    private static Optional<Boolean> toBeConfirmed(Map<String, Object> section, String path, YamlFields fields) {
        Object value = section.get("daConfermare");
        if (value == null || value instanceof Boolean) {
            return Optional.of(value == null || (Boolean) value);
        }
        fields.problem(path + ".daConfermare", "deve essere true o false");
        return Optional.empty();
    }
}
