package it.retelavoro.pathway;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupCall;
import it.retelavoro.catalogue.GroupReason;
import it.retelavoro.catalogue.Meeting;
import it.retelavoro.catalogue.MeetingPart;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayEvents.AnonymousVisitorInformed;
import it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Cancellation;
import org.springframework.data.relational.core.mapping.Embedded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * A service delivered and registered: what, when, how long (meeting by meeting), where, by whom, with which
 * outputs, and the catalogue version that judged it. Never changed once registered, but for the further meetings
 * of a delivery registered meeting by meeting (A.4): such a delivery is <em>in progress</em> until it has the
 * meetings its scheda asks, and only then delivered. A mistake is undone by a later act, its cancellation
 * ({@link #cancel}), which marks it and leaves it in place (issue 13). Registers {@code PersonServiceDelivered}
 * when the delivery is complete (and, for an anonymous visitor,
 * {@code AnonymousVisitorInformed}), published when it is saved.
 */
@Table("pathway_delivery")
public class Delivery extends AbstractAggregateRoot<Delivery> {

    /** The longest text of each field (the columns' lengths). */
    public static final int NOTES_MAX = 2000;
    public static final int REFERRAL_MAX = 300;
    public static final int MEDIATOR_NAME_MAX = 200;
    public static final int MEDIATOR_ORGANISATION_MAX = 200;
    /** The longest list of language codes the form takes for an external mediator (stored one row each). */
    public static final int MEDIATOR_LANGUAGES_MAX = 300;
    public static final int GROUP_REASON_NAME_MAX = 200;
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
    /** Set when the act was cancelled as registered by mistake (issue 13): the act stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;
    @MappedCollection(idColumn = "delivery_id", keyColumn = "position")
    private List<DeliveryAdvisory> advisories;
    private UserId mediatorOperatorId;
    private String mediatorName;
    private String mediatorOrganisation;
    @MappedCollection(idColumn = "delivery_id")
    private Set<MediatorLanguage> mediatorLanguages;
    @MappedCollection(idColumn = "delivery_id", keyColumn = "position")
    private List<DeliveryMeeting> meetingRows;
    private boolean inProgress;
    private Integer meetingsRequired;
    private GroupReason groupReason;
    private String groupReasonName;
    private String programme;

    @PersistenceCreator
    Delivery(DeliveryId id, PersonId personId, GroupSessionId groupSessionId, OrganisationId organisationId,
            SiteId siteId, UserId operatorId, ServiceCode service, DeliveryMode mode, LocalDate deliveredOn,
            Integer minutes, int meetings, Set<TogetherWith> togetherWith, Set<Output> outputs,
            Set<ExercisedFunction> functions, String referral, ActionId actionId, String notes, String visitorSex,
            String visitorAgeBand, String catalogueVersion, Instant recordedAt, Integer version,
            List<DeliveryAdvisory> advisories, UserId mediatorOperatorId, String mediatorName, String mediatorOrganisation,
            Set<MediatorLanguage> mediatorLanguages, List<DeliveryMeeting> meetingRows, boolean inProgress,
            Integer meetingsRequired, GroupReason groupReason, String groupReasonName,
            String programme) {
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
        this.advisories = advisories == null ? List.of() : List.copyOf(advisories);
        this.mediatorOperatorId = mediatorOperatorId;
        this.mediatorName = mediatorName;
        this.mediatorOrganisation = mediatorOrganisation;
        this.mediatorLanguages = mediatorLanguages == null ? Set.of() : Set.copyOf(mediatorLanguages);
        this.meetingRows = meetingRows == null ? new ArrayList<>() : new ArrayList<>(meetingRows);
        this.inProgress = inProgress;
        this.meetingsRequired = meetingsRequired;
        this.groupReason = groupReason;
        this.groupReasonName = groupReasonName;
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

    static Delivery toPerson(PersonId person, GroupSessionId session, DeliveryFacts facts, Instant now) {
        Delivery delivery = new Delivery(DeliveryId.random(), person, session, facts.organisationId(), facts.siteId(),
                facts.operatorId(), facts.service(), facts.mode(), facts.date(), facts.minutes(), facts.meetings(),
                rows(facts.togetherWith(), TogetherWith::new), rows(facts.outputs(), Output::new),
                rows(facts.functions(), ExercisedFunction::new),
                blankToNull(facts.referral()), facts.actionId(), blankToNull(facts.notes()), null, null,
                facts.catalogueVersion(), now, null, facts.advisories(),
                mediatorOf(facts).flatMap(DeliveryMediator::operatorId).orElse(null),
                mediatorOf(facts).map(DeliveryMediator::name).map(Delivery::blankToNull).orElse(null),
                mediatorOf(facts).map(DeliveryMediator::organisation).map(Delivery::blankToNull).orElse(null),
                rows(mediatorOf(facts).map(DeliveryMediator::languages).orElse(Set.of()), MediatorLanguage::new),
                facts.rows(), facts.inProgress(), facts.inProgress() ? facts.meetingsRequired() : null,
                facts.groupCall() == null ? null : facts.groupCall().reason(),
                facts.groupCall() == null ? null : blankToNull(facts.groupCall().name()), blankToNull(facts.programme()));
        if (!delivery.inProgress) {
            delivery.registerEvent(delivery.delivered(delivery.deliveredOn));
        }
        return delivery;
    }

    static Delivery toAnonymousVisitor(Sex sex, AgeBand ageBand, DeliveryFacts facts, Instant now) {
        Delivery delivery = new Delivery(DeliveryId.random(), null, null, facts.organisationId(), facts.siteId(),
                facts.operatorId(), facts.service(), facts.mode(), facts.date(), facts.minutes(),
                facts.meetings(), Set.of(), rows(facts.outputs(), Output::new), Set.of(),
                blankToNull(facts.referral()), null, blankToNull(facts.notes()), sex.name(), ageBand.name(),
                facts.catalogueVersion(), now, null, facts.advisories(), null, null, null, Set.of(), facts.rows(),
                false, null, null, null, null);
        delivery.registerEvent(delivery.delivered(delivery.deliveredOn));
        delivery.registerEvent(new AnonymousVisitorInformed(delivery.id, delivery.organisationId, delivery.siteId,
                delivery.deliveredOn, sex, ageBand));
        return delivery;
    }

    private static Optional<DeliveryMediator> mediatorOf(DeliveryFacts facts) {
        return Optional.ofNullable(facts.mediator());
    }

    /**
     * Adds a further meeting to a delivery in progress; when it has the meetings its scheda asks, the delivery is
     * complete and registers {@code PersonServiceDelivered} dated on the completing meeting (the day the service
     * was delivered in full: it counts in that period's indicators, not in the first meeting's).
     */
    void addMeeting(Meeting meeting) {
        if (!inProgress) {
            throw new IllegalStateException("la prestazione non attende altri incontri: " + id);
        }
        meetingRows.add(DeliveryMeeting.of(meeting));
        meetings = meetingRows.size();
        minutes = Meeting.totalMinutes(meetingList());
        if (meetings >= meetingsRequired) {
            inProgress = false;
            registerEvent(delivered(meeting.date()));
        }
    }

    private PersonServiceDelivered delivered(LocalDate on) {
        return new PersonServiceDelivered(id, personId, organisationId, siteId, operatorId, service, mode, on,
                programme, minutes);
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

    /** The cancellation, when the act was cancelled as registered by mistake. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    private void markCancelled(Cancellation cancellation) {
        this.cancellation = Cancellation.first(this.cancellation, cancellation);
    }

    /**
     * Cancels the delivery registered by mistake: registers {@code DeliveryCancelled}.
     *
     * @throws IllegalStateException when it is already cancelled
     */
    void cancel(Cancellation cancellation) {
        markCancelled(cancellation);
        registerEvent(new PathwayEvents.DeliveryCancelled(id, personId, organisationId, service, deliveredOn));
    }

    /** The advisory findings of the rule engine the delivery was registered with, in the engine's order. */
    public List<DeliveryAdvisory> advisories() {
        return advisories;
    }

    /** The cultural mediator who supported the delivery, if one was named. */
    public Optional<DeliveryMediator> mediator() {
        if (mediatorOperatorId != null) {
            return Optional.of(DeliveryMediator.operator(mediatorOperatorId));
        }
        if (mediatorName == null) {
            return Optional.empty();
        }
        Set<String> languages = new java.util.TreeSet<>();
        mediatorLanguages.forEach(row -> languages.add(row.language()));
        return Optional.of(DeliveryMediator.external(mediatorName, mediatorOrganisation, languages));
    }

    /** The meetings one by one, in the order held; empty for a delivery of several meetings registered as a total. */
    public List<Meeting> meetingList() {
        return meetingRows.stream().map(DeliveryMeeting::meeting).toList();
    }

    /** Whether the delivery waits for further meetings (A.4 registered meeting by meeting): not delivered yet. */
    public boolean inProgress() {
        return inProgress;
    }

    /** The meetings the delivery needs to be complete, for one in progress ("1 incontro su 2"); else the count. */
    public int meetingsRequired() {
        return meetingsRequired == null ? meetings : meetingsRequired;
    }

    /** Whether the delivery is made only of back office (A.6 may be): every meeting is, or its mode is. */
    public boolean backOfficeOnly() {
        return meetingRows.isEmpty() ? mode == DeliveryMode.BACK_OFFICE
                : meetingRows.stream().allMatch(row -> row.part() == MeetingPart.BACK_OFFICE);
    }

    /** Why a group delivery is a group, and the company or project it names; empty when not recorded. */
    public Optional<GroupCall> groupCall() {
        return Optional.ofNullable(groupReason).map(reason -> new GroupCall(reason, groupReasonName));
    }

    /** The code of the regional programme the delivery was registered under, empty for none. */
    public Optional<String> programme() {
        return Optional.ofNullable(programme);
    }
}
