package it.retelavoro.agenda;

import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An exception to the weekly hours: an operator away, or a whole site closed (a holiday, a strike, works), from an
 * instant to an instant, with the reason. No free slot falls in it; the appointments already booked in it stay,
 * for the operator to move.
 */
@Table("agenda_closure")
public class Closure {

    public static final int REASON_MAX = 300;

    @Id
    private final ClosureId id;
    private final SiteId siteId;
    private final UserId operatorId;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String reason;
    private final Instant createdAt;
    private final UserId createdBy;

    @PersistenceCreator
    Closure(ClosureId id, SiteId siteId, UserId operatorId, Instant startsAt, Instant endsAt, String reason,
            Instant createdAt, UserId createdBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.siteId = siteId;
        this.operatorId = operatorId;
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    static Closure ofSite(SiteId site, Instant from, Instant to, String reason, UserId by, Instant now) {
        return new Closure(ClosureId.random(), site, null, from, to, reason.strip(), now, by);
    }

    static Closure ofOperator(UserId operator, Instant from, Instant to, String reason, UserId by, Instant now) {
        return new Closure(ClosureId.random(), null, operator, from, to, reason.strip(), now, by);
    }

    /** Whether it covers any instant of [from, to). */
    boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    /** Whether it concerns the operator at the site: the site closed, or the operator away. */
    boolean concerns(SiteId site, UserId operator) {
        return site.equals(siteId) || operator.equals(operatorId);
    }

    public ClosureId id() {
        return id;
    }

    /** The site closed; null for an operator's absence. */
    public SiteId siteId() {
        return siteId;
    }

    /** The operator away; null for a site's closure. */
    public UserId operatorId() {
        return operatorId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }
}
