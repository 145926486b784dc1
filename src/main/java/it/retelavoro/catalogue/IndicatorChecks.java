package it.retelavoro.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicators of a version that a module computing them cannot compute, each problem with its place in the
 * file ({@code indicatori[26].code: ...}), as the reader writes its own.
 */
record IndicatorChecks(List<IndicatorComputability> computabilities) {

    static final IndicatorChecks NONE = new IndicatorChecks(List.of());

    IndicatorChecks {
        computabilities = List.copyOf(computabilities);
    }

    /** Every problem of the version's indicators, in the order of the file; empty when all can be computed. */
    List<String> problems(CatalogueVersion version) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < version.indicators().size(); i++) {
            Indicator indicator = version.indicators().get(i);
            String place = YamlFields.at(YamlFields.at("indicatori", i), "code");
            for (IndicatorComputability computability : computabilities) {
                computability.whyNotComputable(indicator).ifPresent(why -> problems.add(place + ": " + why));
            }
        }
        return problems;
    }
}
