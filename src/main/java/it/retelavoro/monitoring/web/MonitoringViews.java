package it.retelavoro.monitoring.web;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Indicator;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.monitoring.GroupValue;
import it.retelavoro.monitoring.IndicatorValue;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tables of the monitoring pages, built once for the page and for its CSV and XLSX downloads, so
 * that a download holds exactly what the page shows.
 */
@Component
class MonitoringViews {

    /** The pathway funnel: intake, Patto, PAI, referral, hire. */
    static final List<String> FUNNEL = List.of("2.1", "2.2", "3.2", "6.2", "6.4");

    /** The longest trend shown, in months: one row per indicator and a column per month. */
    static final int MAX_TREND_MONTHS = 36;

    private final MonitoringQueries monitoring;
    private final Catalogue catalogue;
    private final NetworkManagement network;
    private final MessageSource messages;
    private final AuditLog audit;

    MonitoringViews(MonitoringQueries monitoring, Catalogue catalogue, NetworkManagement network,
            MessageSource messages, AuditLog audit) {
        this.monitoring = monitoring;
        this.catalogue = catalogue;
        this.network = network;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * The organisation a region-wide viewer asked for. An operator may name only their own: the JSON API
     * quietly answers for their organisation, but a download that named another would look like that
     * organisation's data, so it is refused.
     */
    Optional<OrganisationId> requireVisible(UUID organisationId, CurrentUser caller) {
        Optional<OrganisationId> asked = Optional.ofNullable(organisationId).map(OrganisationId::new);
        if (asked.isPresent() && !caller.seesWholeRegion() && !caller.belongsTo(asked.get())) {
            audit.denied("MONITORING_EXPORT", "ORGANISATION", organisationId);
            throw new AccessDeniedException("an operator exports their own organisation only");
        }
        return asked;
    }

    /** The period and organisation a monitoring page shows; {@code valid} false when the period ends before it starts. */
    record PageFilter(LocalDate from, LocalDate to, Optional<OrganisationId> organisation, boolean valid,
            String query) {
    }

    /**
     * The period and organisation of a monitoring page, with the quick choices of period, into the model of the
     * filter's fragment ({@code monitoring/filter}). An operator sees their organisation whatever they ask: the
     * organisation is offered and taken to the region only.
     *
     * @param from the first day asked, or the page's default
     * @param to   the last day asked, or the page's default
     */
    PageFilter pageFilter(LocalDate from, LocalDate to, UUID organisationId, CurrentUser caller, Locale locale,
            Model model) {
        LocalDate today = catalogue.today();
        Optional<OrganisationId> organisation = caller.seesWholeRegion()
                ? Optional.ofNullable(organisationId).map(OrganisationId::new) : Optional.empty();
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("region", caller.seesWholeRegion());
        model.addAttribute("organisationId", organisation.map(OrganisationId::value).orElse(null));
        model.addAttribute("scopeName", organisationName(organisation, caller, locale));
        model.addAttribute("activeNav", "monitoring");
        if (caller.seesWholeRegion()) {
            model.addAttribute("organisations", network.serviceOrganisations());
        }
        Map<String, String> quick = new LinkedHashMap<>();
        int quarterStart = (today.getMonthValue() - 1) / 3 * 3 + 1;
        quick.put("day", query(today, today, organisation));
        quick.put("month", query(today.withDayOfMonth(1), YearMonth.from(today).atEndOfMonth(), organisation));
        quick.put("quarter", query(today.withMonth(quarterStart).withDayOfMonth(1),
                YearMonth.of(today.getYear(), quarterStart + 2).atEndOfMonth(), organisation));
        quick.put("year", query(today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31), organisation));
        model.addAttribute("quick", quick);
        boolean valid = !from.isAfter(to);
        if (!valid) {
            model.addAttribute("errors", Map.of("to", List.of(messages.getMessage("monitoring.period.to-before-from",
                    null, locale))));
        }
        String query = query(from, to, organisation);
        model.addAttribute("query", query);
        return new PageFilter(from, to, organisation, valid, query);
    }

    /** {@link #pageFilter} over the year so far when no period is asked: from its first day to today. */
    PageFilter yearToDate(LocalDate from, LocalDate to, UUID organisationId, CurrentUser caller, Locale locale,
            Model model) {
        LocalDate today = catalogue.today();
        return pageFilter(from == null ? today.withDayOfYear(1) : from, to == null ? today : to, organisationId,
                caller, locale, model);
    }

    /** The query string of a period and organisation. */
    static String query(LocalDate from, LocalDate to, Optional<OrganisationId> organisation) {
        var builder = UriComponentsBuilder.newInstance().queryParam("from", from).queryParam("to", to);
        organisation.ifPresent(id -> builder.queryParam("organisationId", id.value()));
        return builder.build().getQuery();
    }

    /** The repertorio's label of each indicator, from the catalogue version in force on the day. */
    Map<String, String> labels(LocalDate day) {
        return catalogue.inForceOn(day).or(catalogue::current)
                .map(version -> version.indicators().stream()
                        .collect(Collectors.toMap(Indicator::code, Indicator::label, (a, b) -> a)))
                .orElse(Map.of());
    }

    /**
     * The heading of the dates behind an indicator's value: the dimension of analysis the repertorio names for
     * it ("Data della firma del Patto", "Data di apertura del PAI", "Data avvio contratto"), else the generic one.
     */
    String recordDateHeading(String code, LocalDate day, Locale locale) {
        return catalogue.inForceOn(day).or(catalogue::current)
                .flatMap(version -> version.indicators().stream().filter(indicator -> indicator.code().equals(code))
                        .findFirst())
                .flatMap(Indicator::recordDate)
                .orElseGet(() -> messages.getMessage("monitoring.records.dates", null, locale));
    }

    /** One line of the indicator table. */
    record Line(String code, String label, long value) {
    }

    List<Line> lines(LocalDate from, LocalDate to, Optional<OrganisationId> organisation, CurrentUser caller) {
        Map<String, String> labels = labels(to);
        return monitoring.values(from, to, organisation, caller).stream()
                .map(value -> new Line(value.code(), labels.getOrDefault(value.code(), value.code()), value.value()))
                .toList();
    }

    /**
     * One line of the grouped table: the value of an indicator for one value of the dimension; by
     * organisation, the organisation's id, so that the value drills down to that organisation's records.
     */
    record GroupLine(String code, String label, String group, Long value, UUID organisationId) {

        /** A small count of a special-category breakdown, not shown. */
        public boolean suppressed() {
            return value == null;
        }
    }

    List<GroupLine> groupLines(LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            Dimension dimension, CurrentUser caller, Locale locale) {
        Map<String, String> labels = labels(to);
        Map<String, String> names = new LinkedHashMap<>();
        List<GroupValue> groups = monitoring.groups(from, to, organisation, List.of(dimension), caller);
        return groups.stream()
                .map(value -> new GroupLine(value.code(), labels.getOrDefault(value.code(), value.code()),
                        names.computeIfAbsent(String.valueOf(value.group().get(dimension.parameter())),
                                key -> groupName(dimension, value.group().get(dimension.parameter()), locale)),
                        value.value(), dimension == Dimension.ORGANISATION
                                ? uuid(value.group().get(dimension.parameter())) : null))
                .toList();
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A dimension's value as a reader knows it: the name of an organisation or site, else the code. */
    String groupName(Dimension dimension, String value, Locale locale) {
        if (value == null) {
            return messages.getMessage("monitoring.group.none", null, locale);
        }
        try {
            return switch (dimension) {
                case ORGANISATION -> network.findOrganisation(new OrganisationId(UUID.fromString(value)))
                        .map(Organisation::name).orElse(value);
                case SITE -> network.findSite(new SiteId(UUID.fromString(value))).map(Site::name).orElse(value);
                case COMPLEX_TARGET -> messages.getMessage("NONE".equals(value) ? "monitoring.group.no-target"
                        : "vocabulary.complex-target." + value, null, value, locale);
                case SOURCE -> messages.getMessage("monitoring.source." + value, null, value, locale);
                default -> value;
            };
        } catch (IllegalArgumentException notAnId) {
            return value;
        }
    }

    /**
     * A dimension's value as a reader knows it, with the names of sexes, age bands and citizenship groups (the
     * outcome report); the other values as {@link #groupName} gives them.
     */
    String groupLabel(Dimension dimension, String value, Locale locale) {
        if (value == null) {
            return groupName(dimension, null, locale);
        }
        return switch (dimension) {
            case SEX -> messages.getMessage("person.sex." + value, null, value, locale);
            case AGE_BAND -> messages.getMessage("pathway.age-band." + value, null, value, locale);
            case CITIZENSHIP_GROUP -> messages.getMessage("monitoring.citizenship-group." + value, null, value, locale);
            default -> groupName(dimension, value, locale);
        };
    }

    /**
     * The monthly trend: the months of the period, each clipped to the period, and per indicator the value
     * of each month.
     */
    record Trend(List<YearMonth> months, List<Month> periods, List<TrendLine> lines) {
    }

    /** A month of the trend within the period: its first and last day counted. */
    record Month(LocalDate from, LocalDate to) {

        /**
         * Whether the month's value is not that of a whole month: the month is not over on {@code today} (the
         * current month, still growing) or the period cuts it.
         */
        boolean partial(LocalDate today) {
            return from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth()) || !to.isBefore(today);
        }
    }

    record TrendLine(String code, String label, List<Long> values) {
    }

    Trend trend(LocalDate from, LocalDate to, Optional<OrganisationId> organisation, CurrentUser caller) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        if (months.size() > MAX_TREND_MONTHS) {
            throw InvalidInputException.of("to", "monitoring.trend.too-long", MAX_TREND_MONTHS);
        }
        Map<String, List<Long>> values = new LinkedHashMap<>();
        List<Month> periods = new ArrayList<>();
        for (YearMonth month : months) {
            LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            periods.add(new Month(start, end));
            for (IndicatorValue value : monitoring.values(start, end, organisation, caller)) {
                values.computeIfAbsent(value.code(), code -> new ArrayList<>()).add(value.value());
            }
        }
        Map<String, String> labels = labels(to);
        List<TrendLine> lines = monitoring.codes(to).stream()
                .map(code -> new TrendLine(code, labels.getOrDefault(code, code),
                        values.getOrDefault(code, months.stream().map(month -> 0L).toList())))
                .toList();
        return new Trend(months, periods, lines);
    }

    String organisationName(UUID id) {
        return network.findOrganisation(new OrganisationId(id)).map(Organisation::name).orElse(id.toString());
    }

    /** Whose values: the organisation asked for or the caller's, or the region. */
    String organisationName(Optional<OrganisationId> organisation, CurrentUser caller, Locale locale) {
        if (!caller.seesWholeRegion()) {
            return organisationName(caller.organisationId().value());
        }
        return organisation.map(id -> organisationName(id.value()))
                .orElseGet(() -> messages.getMessage("monitoring.scope.region-name", null, locale));
    }

    /** The dimensions a page offers to group by: the complex target only to who sees the whole region. */
    static List<Dimension> dimensions(CurrentUser caller) {
        return java.util.Arrays.stream(Dimension.values())
                .filter(dimension -> dimension.isVisibleTo(caller)).toList();
    }

    static Function<String, Optional<Dimension>> dimension() {
        return name -> name == null || name.isBlank() ? Optional.empty() : Dimension.fromParameter(name);
    }

    /**
     * The breakdown a request for records names: its {@code groupBy} dimensions, and the complex target when it
     * names one. Unknown dimensions are refused.
     */
    static List<Dimension> breakdown(List<String> groupBy, String complexTarget) {
        var problems = new InvalidInputException.Collector();
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : groupBy == null ? List.<String>of() : groupBy) {
            Optional<Dimension> dimension = Dimension.fromParameter(name.trim());
            problems.require(dimension.isPresent(), "groupBy", "monitoring.group-by.unknown", name);
            dimension.filter(found -> !dimensions.contains(found)).ifPresent(dimensions::add);
        }
        problems.throwIfAny();
        if (complexTarget != null && !dimensions.contains(Dimension.COMPLEX_TARGET)) {
            dimensions.add(Dimension.COMPLEX_TARGET);
        }
        return dimensions;
    }
}
