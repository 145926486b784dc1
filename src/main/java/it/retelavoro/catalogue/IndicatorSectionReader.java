package it.retelavoro.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code indicatori} section of a version file: the physical monitoring indicators, in order. */
final class IndicatorSectionReader {

    private static final List<String> INDICATOR_KEYS = List.of("code", "service", "counts", "label", "alsoRecords",
            "note", "mustAgreeWith", "recordDate");

    private IndicatorSectionReader() {
    }

    /**
     * Adds the indicators that can be read to {@code indicators}, in the order of the file.
     *
     * @return whether the section is there and every indicator of it could be read
     */
    static boolean read(Map<String, Object> root, YamlFields fields, List<Indicator> indicators) {
        return fields.list(root, "indicatori", "").map(list -> {
            boolean all = true;
            for (int i = 0; i < list.size(); i++) {
                Optional<Indicator> indicator = indicator(list.get(i), YamlFields.at("indicatori", i), fields);
                indicator.ifPresent(indicators::add);
                all &= indicator.isPresent();
            }
            return all;
        }).orElse(false);
    }

    private static Optional<Indicator> indicator(Object value, String path, YamlFields fields) {
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
            Optional<String> recordDate = fields.optionalText(map, "recordDate", path);
            boolean recordDateReadable = map.get("recordDate") == null || recordDate.isPresent();
            boolean agreeReadable = map.get("mustAgreeWith") == null || mustAgreeWith.isPresent();
            if (code.isPresent() && mustAgreeWith.equals(code)) {
                fields.problem(YamlFields.at(path, "mustAgreeWith"), "un indicatore non può concordare con sé stesso");
                agreeReadable = false;
            }
            if (!codeValid || service.isEmpty() || counts.isEmpty() || label.isEmpty() || alsoRecords.isEmpty()
                    || !noteReadable || !agreeReadable || !recordDateReadable) {
                return Optional.empty();
            }
            return Optional.of(new Indicator(code.get(), service.get(), counts.get(), label.get(), alsoRecords.get(),
                    note, mustAgreeWith, recordDate));
        });
    }
}
