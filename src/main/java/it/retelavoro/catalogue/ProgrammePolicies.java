package it.retelavoro.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rules a programme adds to the repertorio's ("ulteriori output specifici potranno essere indicati
 * all'interno degli Atti programmatici regionali", Premessa): the programme applies on the day and to the
 * version judging it, the person is eligible, the service is financed with its further outputs and hours. Each
 * violation names the programme and its field as source ({@code programmi.<code>.<field>}).
 */
final class ProgrammePolicies {

    static final String PREFIX = "programmi.";

    private ProgrammePolicies() {
    }

    static void check(DeliveryCheck request, CatalogueVersion version, Programmes programmes, Findings findings) {
        request.programme().ifPresent(claim -> {
            Optional<Programme> found = programmes.byCode(claim.code());
            if (found.isEmpty()) {
                findings.add(ViolationCode.PROGRAMME_NOT_APPLICABLE, "programme-unknown",
                        source(request, claim.code(), "", version), RequestField.PROGRAMME, claim.code());
                return;
            }
            Programme programme = found.get();
            if (!applies(request, programme, version, findings)) {
                return;
            }
            eligibility(request, claim, programme, version, findings);
            financing(request, claim, programme, version, findings);
        });
    }

    private static boolean applies(DeliveryCheck request, Programme programme, CatalogueVersion version,
            Findings findings) {
        if (!programme.isInForceOn(request.date())) {
            findings.add(ViolationCode.PROGRAMME_NOT_APPLICABLE, "programme-not-in-force",
                    source(request, programme.code(), "validita", version), RequestField.DATE, programme.name(),
                    request.date(), programme.validFrom(), programme.validTo().map(Object.class::cast).orElse("-"));
            return false;
        }
        if (!programme.catalogueVersion().equals(version.id())) {
            findings.add(ViolationCode.PROGRAMME_NOT_APPLICABLE, "programme-other-version",
                    source(request, programme.code(), "catalogueVersion", version), RequestField.PROGRAMME,
                    programme.name(), programme.catalogueVersion(), request.date(), version.id());
            return false;
        }
        return true;
    }

    /** Who may be served: age on the day, DID in force, NASpI, complex target, months since the DID. */
    static void eligibility(DeliveryCheck request, ProgrammeClaim claim, Programme programme,
            CatalogueVersion version, Findings findings) {
        Programme.Eligibility rule = programme.eligibility();
        EligibilityFacts person = claim.person();
        LocalDate day = request.date();
        if (rule.minAge().isPresent() || rule.maxAge().isPresent()) {
            RuleSource source = source(request, programme.code(), "eligibility.age", version);
            if (person.birthDate().isEmpty()) {
                findings.add(ViolationCode.PROGRAMME_ELIGIBILITY, "programme-age-unknown", source,
                        RequestField.PROGRAMME, programme.name());
            } else {
                int age = Period.between(person.birthDate().get(), day).getYears();
                rule.minAge().filter(min -> age < min).ifPresent(min -> findings.add(
                        ViolationCode.PROGRAMME_ELIGIBILITY, "programme-min-age", source, RequestField.PROGRAMME,
                        programme.name(), min, age, day));
                rule.maxAge().filter(max -> age > max).ifPresent(max -> findings.add(
                        ViolationCode.PROGRAMME_ELIGIBILITY, "programme-max-age", source, RequestField.PROGRAMME,
                        programme.name(), max, age, day));
            }
        }
        Optional<LocalDate> didSince = person.didInForceSince().filter(since -> !since.isAfter(day));
        if ((rule.didInForce() || rule.naspiRecipient()) && didSince.isEmpty()) {
            findings.add(ViolationCode.PROGRAMME_ELIGIBILITY, "programme-did",
                    source(request, programme.code(), "eligibility.didInForce", version), RequestField.PROGRAMME,
                    programme.name(), day);
        } else if (rule.naspiRecipient() && !person.naspiRecipient()) {
            findings.add(ViolationCode.PROGRAMME_ELIGIBILITY, "programme-naspi",
                    source(request, programme.code(), "eligibility.naspiRecipient", version), RequestField.PROGRAMME,
                    programme.name());
        }
        if (!rule.complexTargets().isEmpty()
                && Collections.disjoint(rule.complexTargets(), request.recipient().targets())) {
            // Names the programme's targets only: nothing is said of the person's own.
            findings.add(ViolationCode.PROGRAMME_ELIGIBILITY, "programme-target",
                    source(request, programme.code(), "eligibility.complexTargets", version), RequestField.PROGRAMME,
                    programme.name(), List.copyOf(rule.complexTargets()));
        }
        if (rule.minUnemploymentMonths().isPresent() && didSince.isPresent()) {
            long months = ChronoUnit.MONTHS.between(didSince.get(), day);
            if (months < rule.minUnemploymentMonths().get()) {
                findings.add(ViolationCode.PROGRAMME_ELIGIBILITY, "programme-unemployment",
                        source(request, programme.code(), "eligibility.minUnemploymentMonths", version),
                        RequestField.PROGRAMME, programme.name(), rule.minUnemploymentMonths().get(), day, months);
            }
        }
    }

    /** The service is financed, with the further outputs and within the hours the programme sets. */
    static void financing(DeliveryCheck request, ProgrammeClaim claim, Programme programme,
            CatalogueVersion version, Findings findings) {
        Optional<Programme.FinancedService> financed = programme.financed(request.service());
        if (financed.isEmpty()) {
            findings.add(ViolationCode.PROGRAMME_SERVICE, "programme-service",
                    source(request, programme.code(), "services", version), RequestField.SERVICE, request.service(),
                    programme.name(), List.copyOf(programme.services().keySet()));
            return;
        }
        Programme.FinancedService rule = financed.get();
        RuleSource outputs = source(request, programme.code(), "services." + request.service() + ".extraOutputs",
                version);
        for (OutputCode output : rule.extraOutputs()) {
            if (!request.outputs().contains(output)) {
                findings.add(ViolationCode.PROGRAMME_OUTPUT_MISSING, "programme-output", outputs,
                        RequestField.OUTPUTS, programme.name(), request.service(), output);
            }
        }
        RuleSource hours = source(request, programme.code(), "services." + request.service() + ".hours", version);
        if (request.totalMinutes() == null) {
            // The programme pays hours at the unit cost: a delivery without its duration cannot be paid.
            findings.add(ViolationCode.PROGRAMME_HOURS, "programme-minutes-missing", hours, RequestField.MINUTES,
                    programme.name(), request.service());
            return;
        }
        // a delivery opened meeting by meeting reaches its minimum hours with the meetings still to come
        rule.minHours().filter(min -> !request.opening() && minutes(min) > request.totalMinutes()).ifPresent(min -> findings.add(
                ViolationCode.PROGRAMME_HOURS, "programme-min-hours", hours, RequestField.MINUTES, programme.name(),
                request.service(), min.stripTrailingZeros().toPlainString(), request.totalMinutes()));
        rule.maxHours().filter(max -> minutes(max) < claim.priorMinutes() + request.totalMinutes()).ifPresent(max ->
                findings.add(ViolationCode.PROGRAMME_HOURS, "programme-max-hours", hours, RequestField.MINUTES,
                        programme.name(), request.service(), max.stripTrailingZeros().toPlainString(),
                        hours(claim.priorMinutes()), hours(request.totalMinutes())));
    }

    private static long minutes(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static RuleSource source(DeliveryCheck request, String programme, String field, CatalogueVersion version) {
        return new RuleSource(Optional.of(request.service()), PREFIX + programme + (field.isEmpty() ? "" : "." + field),
                Optional.of(version.id()));
    }
}
