package it.retelavoro.agenda;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.platform.DemoData;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo network's agenda, alive from the first start (issue 16): every operator of the demo receives on weekday
 * mornings, 9 to 13, at their first site, and on Tuesday and Thursday afternoons, 14 to 17, at their last (the
 * same one for an operator of one site). Once, while no hours
 * exist at all, where the demo data is enabled; recorded in the name of the network's administrator.
 */
@Component
@Order(30)
class AgendaDemoHours implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgendaDemoHours.class);
    private static final List<DayOfWeek> MORNINGS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> AFTERNOONS = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    private final DemoData demoData;
    private final NetworkManagement network;
    private final AvailabilityRepository hours;
    private final JdbcAggregateTemplate aggregates;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AgendaDemoHours(DemoData demoData, NetworkManagement network, AvailabilityRepository hours,
            JdbcAggregateTemplate aggregates, TransactionTemplate transactions, Clock clock) {
        this.demoData = demoData;
        this.network = network;
        this.hours = hours;
        this.aggregates = aggregates;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled() || hours.count() > 0) {
            return;
        }
        Optional<UserId> admin = network.findUserByUsername("admin").filter(user -> user.role() == Role.ADMIN)
                .map(UserAccount::id);
        if (admin.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<UserId, List<SiteId>> sitesOfOperators = new LinkedHashMap<>();
        for (Organisation organisation : network.serviceOrganisations()) {
            for (Site site : network.sitesOf(organisation.id())) {
                network.operatorsAt(site.id()).forEach(operator -> sitesOfOperators
                        .computeIfAbsent(operator.id(), id -> new ArrayList<>()).add(site.id()));
            }
        }
        List<Availability> added = new ArrayList<>();
        sitesOfOperators.forEach((operator, sites) -> {
            MORNINGS.forEach(day -> added.add(Availability.of(sites.get(0), operator, day, LocalTime.of(9, 0),
                    LocalTime.of(13, 0), today, null, admin.get(), clock.instant())));
            AFTERNOONS.forEach(day -> added.add(Availability.of(sites.get(sites.size() - 1), operator, day,
                    LocalTime.of(14, 0), LocalTime.of(17, 0), today, null, admin.get(), clock.instant())));
        });
        transactions.executeWithoutResult(status -> added.forEach(aggregates::insert));
        log.info("Agenda demo: {} orari settimanali di ricevimento", added.size());
    }
}
