package it.retelavoro.pathway;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayEvents.AnonymousVisitorInformed;
import it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service delivered and registered: what, when, how long, where, by whom, with which outputs, and the
 * catalogue version that judged it. Never changed once registered: a mistake is a matter for a later
 * correction act, not an edit. Registers {@code PersonServiceDelivered} (and, for an anonymous visitor,
 * {@code AnonymousVisitorInformed}), published when it is saved.
 */
@Table("pathway_delivery")
public class Delivery extends AbstractAggregateRoot<Delivery> {

    /** The longest text of each field (the columns' lengths). */
    public static final int NOTES_MAX = 2000;
    public static final int REFERRAL_MAX = 300;
    /** The longest code of a programme. */
    public static final int PROGRAMME_MAX = 40;

    @Id
    private DeliveryId id;
    private PersonId personId;
    private GroupSessionId groupSessionId;
    private OrganisationId organisationId;
    private SiteId siteId;
    private UserId operatorId;
    private ServiceCode service;
    private DeliveryMode mode;
    private LocalDate deliveredOn;
    private Integer minutes;
    private int meetings;
    @MappedCollection(idColumn = "delivery_id")
    private Set<TogetherWith> togetherWith;
    @MappedCollection(idColumn = "delivery_id")
    private Set<Output> outputs;
    @MappedCollection(idColumn = "delivery_id")
    private Set<ExercisedFunction> functions;
    private String referral;
    private ActionId actionId;
    private String notes;
    private String visitorSex;
    private String visitorAgeBand;
    private String catalogueVersion;
    private Instant recordedAt;
    @Version
    private Integer version;
    private String programme;

    @PersistenceCreator
    Delivery(DeliveryId id, PersonId personId, GroupSessionId groupSessionId, OrganisationId organisationId,
            SiteId siteId, UserId operatorId, ServiceCode service, DeliveryMode mode, LocalDate deliveredOn,
            Integer minutes, int meetings, Set<TogetherWith> togetherWith, Set<Output> outputs,
            Set<ExercisedFunction> functions, String referral, ActionId actionId, String notes, String visitorSex,
            String visitorAgeBand, String catalogueVersion, Instant recordedAt, Integer version, String programme) {
        this.id = id;
        this.personId = personId;
        this.groupSessionId = groupSessionId;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.operatorId = operatorId;
        this.service = service;
        this.mode = mode;
        this.deliveredOn = deliveredOn;
        this.minutes = minutes;
        this.meetings = meetings;
        this.togetherWith = togetherWith == null ? Set.of() : Set.copyOf(togetherWith);
        this.outputs = outputs == null ? Set.of() : Set.copyOf(outputs);
        this.functions = functions == null ? Set.of() : Set.copyOf(functions);
        this.referral = referral;
        this.actionId = actionId;
        this.notes = notes;
        this.visitorSex = visitorSex;
        this.visitorAgeBand = visitorAgeBand;
        this.catalogueVersion = catalogueVersion;
        this.recordedAt = recordedAt;
        this.version = version;
        this.programme = programme;
    }

    /** A service delivered in the same sitting. */
    @Table("pathway_delivery_together_with")
    record TogetherWith(ServiceCode service) {
    }

    /** An output the delivery carries. */
    @Table("pathway_delivery_output")
    record Output(OutputCode output) {
    }

    /** A CPI-exclusive function the delivery exercised. */
    @Table("pathway_delivery_function")
    record ExercisedFunction(CpiExclusiveFunction cpiFunction) {
    }

    /** The facts of a delivery the rule engine has allowed. */
    record Facts(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, int meetings,
            OrganisationId organisationId, SiteId siteId, UserId operatorId, Set<ServiceCode> togetherWith,
            Set<OutputCode> outputs, Set<CpiExclusiveFunction> functions, String referral, ActionId actionId,
            String notes, String catalogueVersion, String programme) {

        /** The facts of a delivery under no programme. */
        Facts(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, int meetings,
                OrganisationId organisationId, SiteId siteId, UserId operatorId, Set<ServiceCode> togetherWith,
                Set<OutputCode> outputs, Set<CpiExclusiveFunction> functions, String referral, ActionId actionId,
                String notes, String catalogueVersion) {
            this(service, mode, date, minutes, meetings, organisationId, siteId, operatorId, togetherWith, outputs,
                    functions, referral, actionId, notes, catalogueVersion, null);
        }
    }

    static Delivery toPerson(PersonId person, GroupSessionId session, Facts facts, Instant now) {
        Delivery delivery = new Delivery(DeliveryId.random(), person, session, facts.organisationId(), facts.siteId(),
                facts.operatorId(), facts.service(), facts.mode(), facts.date(), facts.minutes(), facts.meetings(),
                rows(facts.togetherWith(), TogetherWith::new), rows(facts.outputs(), Output::new),
                rows(facts.functions(), ExercisedFunction::new),
                blankToNull(facts.referral()), facts.actionId(), blankToNull(facts.notes()), null, null,
                facts.catalogueVersion(), now, null, blankToNull(facts.programme()));
        delivery.registerEvent(delivery.delivered());
        return delivery;
    }

    static Delivery toAnonymousVisitor(Sex sex, AgeBand ageBand, Facts facts, Instant now) {
        Delivery delivery = new Delivery(DeliveryId.random(), null, null, facts.organisationId(), facts.siteId(),
                facts.operatorId(), facts.service(), facts.mode(), facts.date(), facts.minutes(),
                facts.meetings(), Set.of(), rows(facts.outputs(), Output::new), Set.of(),
                blankToNull(facts.referral()), null, blankToNull(facts.notes()), sex.name(), ageBand.name(), facts.catalogueVersion(), now, null, null);
        delivery.registerEvent(delivery.delivered());
        delivery.registerEvent(new AnonymousVisitorInformed(delivery.id, delivery.organisationId, delivery.siteId,
                delivery.deliveredOn, sex, ageBand));
        return delivery;
    }

    private PersonServiceDelivered delivered() {
        return new PersonServiceDelivered(id, personId, organisationId, siteId, operatorId, service, mode,
                deliveredOn, programme, minutes);
    }

    private static <C, R> Set<R> rows(Set<C> codes, Function<C, R> row) {
        return codes.stream().map(row).collect(Collectors.toSet());
    }

    private static <R, C extends Enum<C>> Set<C> codes(Set<R> rows, Function<R, C> code, Class<C> type) {
        Set<C> codes = EnumSet.noneOf(type);
        rows.stream().map(code).forEach(codes::add);
        return codes;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public DeliveryId id() {
        return id;
    }

    /** The person served; empty for an anonymous visitor of A.1. */
    public Optional<PersonId> personId() {
        return Optional.ofNullable(personId);
    }

    public Optional<GroupSessionId> groupSessionId() {
        return Optional.ofNullable(groupSessionId);
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public SiteId siteId() {
        return siteId;
    }

    public UserId operatorId() {
        return operatorId;
    }

    public ServiceCode service() {
        return service;
    }

    public DeliveryMode mode() {
        return mode;
    }

    public LocalDate date() {
        return deliveredOn;
    }

    public Integer minutes() {
        return minutes;
    }

    public int meetings() {
        return meetings;
    }

    public Set<ServiceCode> togetherWith() {
        return codes(togetherWith, TogetherWith::service, ServiceCode.class);
    }

    public Set<OutputCode> outputs() {
        return codes(outputs, Output::output, OutputCode.class);
    }

    public Set<CpiExclusiveFunction> functions() {
        return codes(functions, ExercisedFunction::cpiFunction, CpiExclusiveFunction.class);
    }

    public String referral() {
        return referral;
    }

    public Optional<ActionId> actionId() {
        return Optional.ofNullable(actionId);
    }

    public String notes() {
        return notes;
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The code of the regional programme the delivery was registered under, empty for none. */
    public Optional<String> programme() {
        return Optional.ofNullable(programme);
    }
}
