package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one programme from its YAML text ({@code catalogue/programmes/<code>.yaml}), as
 * {@link CatalogueVersionReader} reads a version: every problem found, each with its place in the file, or a
 * programme complete in itself. Whether it fits the registered versions (its base version exists, its
 * outputs are the service's) is checked by {@link Programmes#problemsAgainst}.
 *
 * <p>Amounts and hours are decimals written as text ({@code "35.50"}) or whole numbers, at most two decimals.
 */
public final class ProgrammeReader {

    private static final List<String> TOP_KEYS = List.of("code", "name", "act", "validFrom", "validTo",
            "catalogueVersion", "description", "eligibility", "services", "hourlyRate", "toBeConfirmed");
    private static final List<String> ELIGIBILITY_KEYS = List.of("minAge", "maxAge", "didInForce",
            "naspiRecipient", "complexTargets", "minUnemploymentMonths");
    private static final List<String> SERVICE_KEYS = List.of("extraOutputs", "minHours", "maxHours");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");

    /**
     * Reads a programme.
     *
     * @throws InvalidCatalogueVersionException listing every problem found
     */
    public Programme read(String yaml, String source) {
        Objects.requireNonNull(yaml, "yaml");
        Object document = CatalogueVersionReader.parse(yaml, source);
        YamlFields fields = new YamlFields();
        Optional<Programme> programme = fields.asMap(document, "(radice)").flatMap(root -> programme(root, fields));
        if (fields.hasProblems() || programme.isEmpty()) {
            throw new InvalidCatalogueVersionException(source, fields.problems());
        }
        return programme.get();
    }

    /** Reads a programme from a UTF-8 stream, read to the end and not closed. */
    public Programme read(InputStream yaml, String source) {
        try {
            return read(new String(yaml.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new InvalidCatalogueVersionException(source, List.of("impossibile leggere il file: " + e.getMessage()));
        }
    }

    private Optional<Programme> programme(Map<String, Object> root, YamlFields fields) {
        fields.onlyKeys(root, "", TOP_KEYS);
        Optional<String> code = fields.text(root, "code", "");
        code.filter(text -> !CODE.matcher(text).matches()).ifPresent(text -> fields.problem("code",
                "«" + text + "» non è un codice valido (lettere maiuscole, cifre, - e _, da 2 a 40 caratteri)"));
        Optional<String> name = fields.text(root, "name", "");
        Optional<String> act = fields.text(root, "act", "");
        Optional<LocalDate> validFrom = fields.date(root, "validFrom", "");
        Optional<LocalDate> validTo = root.get("validTo") == null ? Optional.empty() : fields.date(root, "validTo", "");
        if (validFrom.isPresent() && validTo.filter(end -> end.isBefore(validFrom.get())).isPresent()) {
            fields.problem("validTo", "la fine (" + validTo.get() + ") precede l'inizio (" + validFrom.get() + ")");
        }
        Optional<String> version = fields.text(root, "catalogueVersion", "");
        Optional<String> description = fields.text(root, "description", "");
        Optional<Programme.Eligibility> eligibility = fields.map(root, "eligibility", "")
                .flatMap(section -> eligibility(section, fields));
        Map<ServiceCode, Programme.FinancedService> services = new EnumMap<>(ServiceCode.class);
        fields.map(root, "services", "").ifPresent(section -> {
            if (section.isEmpty()) {
                fields.problem("services", "almeno un servizio finanziato");
            }
            KeyedSection.read(section, "services", ServiceCode.class, fields, (service, value, path) ->
                    financed(service, value, path, fields).ifPresent(found -> services.put(service, found)));
        });
        Optional<BigDecimal> rate = decimal(root, "hourlyRate", "", fields, true);
        Optional<List<String>> confirm = fields.optionalTexts(root, "toBeConfirmed", "");
        if (fields.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Programme(code.get(), name.get(), act.get(), validFrom.get(), validTo,
                    version.get(), description.get(), eligibility.get(), services, rate.get(), confirm.get()));
        } catch (IllegalArgumentException e) {
            fields.problem("(programma)", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Programme.Eligibility> eligibility(Map<String, Object> section, YamlFields fields) {
        String path = "eligibility";
        fields.onlyKeys(section, path, ELIGIBILITY_KEYS);
        fields.required(section, path, List.of("didInForce", "naspiRecipient"));
        Optional<Integer> minAge = wholeNumber(section, "minAge", path, fields);
        Optional<Integer> maxAge = wholeNumber(section, "maxAge", path, fields);
        if (minAge.isPresent() && maxAge.isPresent() && maxAge.get() < minAge.get()) {
            fields.problem(path + ".maxAge", "l'età massima (" + maxAge.get() + ") è minore della minima ("
                    + minAge.get() + ")");
        }
        Optional<Boolean> did = fields.bool(section, "didInForce", path);
        Optional<Boolean> naspi = fields.bool(section, "naspiRecipient", path);
        Optional<Set<ComplexTarget>> targets = section.get("complexTargets") == null ? Optional.of(Set.of())
                : fields.enumSet(section, "complexTargets", path, ComplexTarget.class);
        Optional<Integer> months = wholeNumber(section, "minUnemploymentMonths", path, fields);
        if (months.isPresent() && Boolean.FALSE.equals(did.orElse(null))) {
            // Months of unemployment are counted from the DID: without one there is nothing to count.
            fields.problem(path + ".minUnemploymentMonths", "richiede didInForce: true (i mesi si contano dalla DID)");
        }
        if (did.isEmpty() || naspi.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Programme.Eligibility(minAge, maxAge, did.get(), naspi.get(), targets.get(), months));
    }

    private static Optional<Programme.FinancedService> financed(ServiceCode service, Object value, String path,
            YamlFields fields) {
        Optional<Map<String, Object>> section = fields.asMap(value, path);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> map = section.get();
        fields.onlyKeys(map, path, SERVICE_KEYS);
        Optional<Set<OutputCode>> outputs = map.get("extraOutputs") == null ? Optional.of(Set.of())
                : fields.enumSet(map, "extraOutputs", path, OutputCode.class);
        Optional<BigDecimal> min = decimal(map, "minHours", path, fields, false);
        Optional<BigDecimal> max = decimal(map, "maxHours", path, fields, false);
        if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
            fields.problem(YamlFields.at(path, "maxHours"), "le ore massime (" + max.get()
                    + ") sono meno delle minime (" + min.get() + ")");
            return Optional.empty();
        }
        return outputs.map(found -> new Programme.FinancedService(service, found, min, max));
    }

    /** A non-negative whole number, empty when absent or null (and a problem when of another kind). */
    private static Optional<Integer> wholeNumber(Map<String, Object> map, String key, String path, YamlFields fields) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer number && number >= 0) {
            return Optional.of(number);
        }
        fields.problem(YamlFields.at(path, key), "deve essere un numero intero non negativo (o null)");
        return Optional.empty();
    }

    /** A non-negative decimal with at most two decimals, written as a whole number or as text. */
    private static Optional<BigDecimal> decimal(Map<String, Object> map, String key, String path, YamlFields fields,
            boolean required) {
        Object value = map.get(key);
        String where = YamlFields.at(path, key);
        if (value == null) {
            if (required) {
                fields.problem(where, "importo mancante (per esempio \"35.50\")");
            }
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(value instanceof Integer whole ? whole.toString() : (String) value);
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 2) {
                fields.problem(where, "deve essere un numero non negativo con al più due decimali");
                return Optional.empty();
            }
            return Optional.of(number);
        } catch (NumberFormatException | ClassCastException e) {
            fields.problem(where, "«" + value + "» non è un numero (scrivere per esempio \"35.50\")");
            return Optional.empty();
        }
    }
}
