package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks that span more than one field of a version. The reader runs them to report every problem
 * with its place in the file; {@link CatalogueVersion} runs them again so that no inconsistent version
 * can exist, however it is built.
 */
final class CatalogueConsistency {

    /** The indicators of the first repertorio: a later act may add indicators, never drop one of these. */
    static final List<String> BASE_INDICATOR_CODES = List.of("1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5",
            "3.6", "4.1", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "8.3", "8.4", "9.1",
            "10.1", "10.2", "10.3");

    static final Pattern VERSION_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private CatalogueConsistency() {
    }

    static List<String> problemsOf(String id, LocalDate validFrom, Optional<LocalDate> validTo,
            Map<ServiceCode, ServiceStandard> services, Map<ComplexTarget, TargetPreconditions> targets,
            Map<CpiExclusiveFunction, CpiFunctionRule> functions, List<Indicator> indicators) {
        List<String> problems = new ArrayList<>();
        if (id != null && !VERSION_ID.matcher(id).matches()) {
            problems.add("id: deve contenere solo lettere minuscole, cifre, '.', '_' o '-' (è anche il nome del file)");
        }
        if (validFrom != null && validTo.filter(end -> end.isBefore(validFrom)).isPresent()) {
            problems.add("validTo: la data di fine validità (" + validTo.get()
                    + ") è precedente alla data di inizio (" + validFrom + ")");
        }
        serviceProblems(services, problems);
        for (ComplexTarget target : ComplexTarget.values()) {
            TargetPreconditions found = targets.get(target);
            if (found == null) {
                problems.add("targetComplessi." + target + ": target mancante");
            } else if (found.target() != target) {
                problems.add("targetComplessi." + target + ": descrive il target " + found.target());
            }
        }
        for (CpiExclusiveFunction function : CpiExclusiveFunction.values()) {
            CpiFunctionRule found = functions.get(function);
            if (found == null) {
                problems.add("funzioniEsclusiveCpi." + function + ": funzione mancante");
            } else if (found.function() != function) {
                problems.add("funzioniEsclusiveCpi." + function + ": descrive la funzione " + found.function());
            }
        }
        indicatorProblems(indicators, problems);
        return problems;
    }

    private static void serviceProblems(Map<ServiceCode, ServiceStandard> services, List<String> problems) {
        for (ServiceCode code : ServiceCode.values()) {
            ServiceStandard found = services.get(code);
            if (found == null) {
                problems.add("servizi." + code + ": servizio mancante (la versione deve descrivere tutti e dieci i servizi)");
            } else if (found.code() != code) {
                problems.add("servizi." + code + ": descrive il servizio " + found.code());
            }
        }
        accessCycle(services).ifPresent(cycle -> problems.add("servizi." + cycle.get(0)
                + ".access.after: le regole di accesso formano un ciclo: "
                + cycle.stream().map(ServiceCode::name).collect(Collectors.joining(" → "))));
    }

    /** A cycle in the "comes after" graph makes every service on it unreachable. */
    static Optional<List<ServiceCode>> accessCycle(Map<ServiceCode, ServiceStandard> services) {
        Map<ServiceCode, Set<ServiceCode>> after = new EnumMap<>(ServiceCode.class);
        services.forEach((code, service) -> after.put(code, service.access().afterAnyOf()));
        return findCycle(after);
    }

    static Optional<List<ServiceCode>> findCycle(Map<ServiceCode, Set<ServiceCode>> edges) {
        Map<ServiceCode, Integer> state = new EnumMap<>(ServiceCode.class);
        for (ServiceCode start : ServiceCode.values()) {
            List<ServiceCode> path = new ArrayList<>();
            Optional<List<ServiceCode>> cycle = visit(start, edges, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<ServiceCode>> visit(ServiceCode node, Map<ServiceCode, Set<ServiceCode>> edges,
            Map<ServiceCode, Integer> state, List<ServiceCode> path) {
        int seen = state.getOrDefault(node, 0);
        if (seen == 2) {
            return Optional.empty();
        }
        if (seen == 1) {
            List<ServiceCode> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (ServiceCode next : edges.getOrDefault(node, Set.of())) {
            Optional<List<ServiceCode>> cycle = visit(next, edges, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    private static void indicatorProblems(List<Indicator> indicators, List<String> problems) {
        Map<String, Indicator> byCode = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                problems.add("indicatori[" + i + "].code: il codice " + indicator.code() + " è ripetuto");
            }
        }
        Set<String> missing = new LinkedHashSet<>(BASE_INDICATOR_CODES);
        missing.removeAll(byCode.keySet());
        if (!missing.isEmpty()) {
            problems.add("indicatori: mancano gli indicatori " + String.join(", ", missing)
                    + " (una versione successiva può aggiungere indicatori, non toglierli)");
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.mustAgreeWith().isEmpty()) {
                continue;
            }
            String other = indicator.mustAgreeWith().get();
            Indicator partner = byCode.get(other);
            String where = "indicatori[" + i + "].mustAgreeWith";
            if (partner == null) {
                problems.add(where + ": l'indicatore " + other + " non esiste");
            } else if (!partner.mustAgreeWith().equals(Optional.of(indicator.code()))) {
                problems.add(where + ": l'indicatore " + other + " deve a sua volta concordare con " + indicator.code());
            } else if (partner.counts() != indicator.counts()) {
                problems.add(where + ": gli indicatori " + indicator.code() + " e " + other
                        + " devono contare la stessa cosa per poter concordare");
            }
        }
    }

    static String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
