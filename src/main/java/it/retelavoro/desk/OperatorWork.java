package it.retelavoro.desk;

import it.retelavoro.desk.Deadline.Kind;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator has to do, for their home page: the deadlines of the next 14 days (PAI actions, with those
 * fallen due in the last 14 days; internship ends; vacancy expiries) of the persons and vacancies their organisation
 * has in charge, the persons with PAI actions overdue, the DIDs waiting for its certification,
 * the self-applications to verify and the referrals without the company's feedback for more than 15 days. Read
 * from the views the other modules publish for the desk; each list is bounded ({@value #LIMIT} rows).
 */
@Service
@Transactional(readOnly = true)
public class OperatorWork {

    /** Days after its last step a referral without feedback needs a reminder. */
    public static final int FEEDBACK_DAYS = 15;
    static final int LIMIT = 50;
    /** Days back the deadlines list still shows an overdue PAI action; all the overdue ones are counted apart. */
    public static final int RECENT_DAYS = 14;

    private final JdbcClient jdbc;
    private final DeskAccess access;
    private final MenuCounters counters;
    private final DidsToConvene didsToConvene;
    private final Clock clock;

    OperatorWork(JdbcClient jdbc, DeskAccess access, MenuCounters counters, DidsToConvene didsToConvene, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.counters = counters;
        this.didsToConvene = didsToConvene;
        this.clock = clock;
    }

    /** The first page of the DIDs to convene, which the home page lists; the page of their own lists them all. */
    private static final Paging DIDS_TO_CONVENE_SHOWN = new Paging(0, 10, "deadline", false);

    /** The caller's work; {@code mineOnly} keeps the persons assigned to the caller (vacancies stay). */
    public Work of(CurrentUser caller, boolean mineOnly) {
        access.requireOperator(caller, "DESK_READ");
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(ActionsDue.HORIZON_DAYS);
        UUID organisation = caller.organisationId().value();
        UUID me = caller.id().value();
        List<Deadline> deadlines = new ArrayList<>();
        // the open PAI actions due in the next 14 days or fallen due in the last 14 (older ones are counted apart)
        deadlines.addAll(jdbc.sql("""
                select p.person_id, p.last_name || ' ' || p.first_name as name, a.description, a.due_on,
                       p.assigned_operator = :me as mine
                  from pathway_desk_deadline a join person_desk_person p on p.person_id = a.person_id
                 where a.in_charge_of = :organisation and p.in_charge_of = :organisation
                   and a.due_on between :recent and :horizon
                   and (not :mineOnly or p.assigned_operator = :me)
                 order by a.due_on, p.search_name limit :limit""")
                .param("organisation", organisation).param("recent", today.minusDays(RECENT_DAYS))
                .param("horizon", horizon).param("me", me).param("mineOnly", mineOnly).param("limit", LIMIT)
                .query((rs, n) -> deadline(Kind.PAI_ACTION, rs.getObject("person_id", UUID.class),
                        rs.getString("name"), rs.getString("description"), rs.getObject("due_on", LocalDate.class),
                        today, rs.getBoolean("mine")))
                .list());
        deadlines.addAll(jdbc.sql("""
                select p.person_id, p.last_name || ' ' || p.first_name as name, i.host, i.ends_on,
                       p.assigned_operator = :me as mine
                  from pathway_desk_internship i join person_desk_person p on p.person_id = i.person_id
                 where i.in_charge_of = :organisation and p.in_charge_of = :organisation
                   and i.ends_on between :today and :horizon
                   and (not :mineOnly or p.assigned_operator = :me)
                 order by i.ends_on limit :limit""")
                .param("organisation", organisation).param("today", today).param("horizon", horizon)
                .param("me", me).param("mineOnly", mineOnly).param("limit", LIMIT)
                .query((rs, n) -> deadline(Kind.INTERNSHIP_END, rs.getObject("person_id", UUID.class),
                        rs.getString("name"), rs.getString("host"), rs.getObject("ends_on", LocalDate.class), today,
                        rs.getBoolean("mine")))
                .list());
        deadlines.addAll(jdbc.sql("""
                select v.vacancy_id, e.name, v.title, v.expires_on
                  from employer_desk_vacancy v join employer_desk_company e on e.employer_id = v.employer_id
                 where v.organisation_id = :organisation and v.expires_on between :today and :horizon
                 order by v.expires_on limit :limit""")
                .param("organisation", organisation).param("today", today).param("horizon", horizon)
                .param("limit", LIMIT)
                .query((rs, n) -> deadline(Kind.VACANCY_EXPIRY, rs.getObject("vacancy_id", UUID.class),
                        rs.getString("name"), rs.getString("title"), rs.getObject("expires_on", LocalDate.class),
                        today, false))
                .list());
        deadlines.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::kind));
        access.read(caller, "DESK_READ", "mine=" + mineOnly);
        return new Work(deadlines.size() > LIMIT ? deadlines.subList(0, LIMIT) : deadlines,
                counters.didRequests(caller), counters.applicationsToVerify(caller), waitingReferrals(caller, today),
                caller.isCpi(), overdueActions(organisation, me, mineOnly, today),
                caller.isCpi() ? didsToConvene.page(DIDS_TO_CONVENE_SHOWN, caller)
                        : CaseloadPage.of(List.of(), DIDS_TO_CONVENE_SHOWN, 0));
    }

    /**
     * The persons with an open PAI action overdue: the total of the caseload filtered to overdue actions, counted on
     * the kept state's index (organisation in charge, next due day); the operator's own through their assignments.
     */
    private long overdueActions(UUID organisation, UUID me, boolean mineOnly, LocalDate today) {
        String mine = mineOnly ? " join person_desk_person p on p.person_id = w.person_id and p.in_charge_of ="
                + " :organisation and p.assigned_operator = :me" : "";
        return jdbc.sql("select count(*) from pathway_desk_caseload w" + mine
                        + " where w.in_charge_of = :organisation and w.next_due < :today")
                .param("organisation", organisation).param("today", today).param("me", me)
                .query(Long.class).single();
    }

    /**
     * The oldest referrals waiting for feedback of the persons the organisation sent or of its vacancies: the oldest
     * of each side read in the order of its index, then merged (a referral of its own person to its own vacancy
     * once).
     */
    private List<WaitingReferral> waitingReferrals(CurrentUser caller, LocalDate today) {
        return jdbc.sql("""
                select r.referral_id, r.person_id, r.vacancy_id, r.status,
                       coalesce(r.last_step_on, r.referred_on) as last_step_on,
                       p.last_name || ' ' || p.first_name as person, t.title,
                       case when r.vacancy_organisation_id = :organisation then e.name end as company
                  from ((select * from referral_desk_waiting
                          where person_organisation_id = :organisation and coalesce(last_step_on, referred_on) < :before
                          order by coalesce(last_step_on, referred_on) limit :limit)
                        union
                        (select * from referral_desk_waiting
                          where vacancy_organisation_id = :organisation and coalesce(last_step_on, referred_on) < :before
                          order by coalesce(last_step_on, referred_on) limit :limit)) r
                  left join person_desk_person p on p.person_id = r.person_id and p.in_charge_of = :organisation
                  left join employer_vacancy_title t on t.id = r.vacancy_id
                  left join employer_desk_company e on e.employer_id = r.employer_id
                 order by coalesce(r.last_step_on, r.referred_on), r.referral_id limit :limit""")
                .param("organisation", caller.organisationId().value())
                .param("before", today.minusDays(FEEDBACK_DAYS)).param("limit", LIMIT)
                .query((rs, n) -> new WaitingReferral(rs.getObject("referral_id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getString("person"),
                        rs.getObject("vacancy_id", UUID.class), rs.getString("title"), rs.getString("company"),
                        rs.getString("status"), rs.getObject("last_step_on", LocalDate.class)))
                .list();
    }

    private static Deadline deadline(Kind kind, UUID subject, String name, String detail, LocalDate due,
            LocalDate today, boolean mine) {
        return new Deadline(kind, due, subject, name, detail, due.isBefore(today), mine);
    }
}
