package it.retelavoro.pathway;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.ConditionalityRules;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Condizionalità (issue 16, point 3; D.Lgs. 150/2015 art. 21 c. 7): a benefit recipient's unjustified absence from a
 * convocation proposes a measure (the step counts the measures confirmed since the DID in force was declared:
 * first, second, further absence); the CPI confirms it, asked to the rule engine as part of its exclusive function on
 * the DID and the status professionale, and the communication to INPS is then due (its record, as PDF and as CSV for
 * the regional transmission). The last step ends the benefit and the state of unemployment: the DID is revoked. An
 * absence justified in time withdraws the proposal. The rules are the catalogue version's, marked to be confirmed.
 */
@Service
@Transactional
public class ConditionalityMeasures {

    static final String OBJECT = "CONDITIONALITY";

    private final ConditionalityMeasureRepository measures;
    private final DidRepository dids;
    private final PathwayAccess access;
    private final PersonDirectory persons;
    private final NetworkManagement network;
    private final Catalogue catalogue;
    private final Clock clock;

    ConditionalityMeasures(ConditionalityMeasureRepository measures, DidRepository dids, PathwayAccess access,
            PersonDirectory persons, NetworkManagement network, Catalogue catalogue, Clock clock) {
        this.measures = measures;
        this.dids = dids;
        this.access = access;
        this.persons = persons;
        this.network = network;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Proposes the measure of a benefit recipient's unjustified absence from the appointment (once per appointment:
     * the same proposal is answered again).
     *
     * @throws AccessDeniedException the caller is not an operator of a CPI that has the person in charge
     * @throws ConflictException     the absence was justified and its proposal withdrawn
     */
    public ConditionalityMeasure propose(PersonId person, UUID appointment, LocalDate absenceOn, CurrentUser caller) {
        requireCpiOperator(caller, "CONDITIONALITY_PROPOSE", person);
        access.requireInChargeAndLock(person, caller);
        var existing = measures.findByPersonAndAppointment(person, appointment);
        if (existing.isPresent()) {
            if (existing.get().status() == ConditionalityMeasure.Status.WITHDRAWN) {
                throw new ConflictException("pathway.conditionality.withdrawn", List.of(), null);
            }
            return existing.get();
        }
        ConditionalityMeasure measure = ConditionalityMeasure.propose(person, caller.organisationId(), appointment,
                absenceOn, confirmedSinceDid(person), rulesOn(absenceOn), caller.id(), clock.instant());
        ConditionalityMeasure saved = measures.save(measure);
        access.done("CONDITIONALITY_PROPOSE", person, "measure=" + saved.id() + " step=" + saved.step());
        return saved;
    }

    /**
     * Withdraws the proposal of the absence from the appointment, now justified; nothing when there is none.
     *
     * @throws ConflictException the measure was confirmed already
     */
    public void withdraw(PersonId person, UUID appointment, String reason, CurrentUser caller) {
        var found = measures.findByPersonAndAppointment(person, appointment);
        if (found.isEmpty() || found.get().status() == ConditionalityMeasure.Status.WITHDRAWN) {
            return;
        }
        requireCpiOperator(caller, "CONDITIONALITY_WITHDRAW", person);
        if (found.get().status() == ConditionalityMeasure.Status.CONFIRMED) {
            throw new ConflictException("pathway.conditionality.already-confirmed", List.of(), null);
        }
        ConditionalityMeasure measure = found.get();
        measure.withdraw(cut(reason), caller.id(), clock.instant());
        measures.save(measure);
        access.done("CONDITIONALITY_WITHDRAW", person, "measure=" + measure.id());
    }

    /**
     * Confirms a proposed measure: only a CPI confirms, as the rule engine says of its exclusive function on the
     * DID and the status professionale; the last step revokes the DID in force.
     *
     * @throws AccessDeniedException not an operator of the measure's CPI, or a function the catalogue denies
     * @throws ConflictException     the measure is not proposed any more
     */
    public ConditionalityMeasure confirm(ConditionalityMeasureId id, CurrentUser caller, Locale locale) {
        ConditionalityMeasure measure = measures.findById(id)
                .orElseThrow(() -> new NotFoundException("conditionality-measure", id.value()));
        requireCpiOperator(caller, "CONDITIONALITY_CONFIRM", measure.personId());
        if (!caller.belongsTo(measure.cpiId())) {
            access.denied("CONDITIONALITY_CONFIRM", OBJECT, id);
            throw new AccessDeniedException("La misura è di un altro Centro per l'Impiego");
        }
        LocalDate today = LocalDate.now(clock);
        Verdict verdict = catalogue.ruleEngine(locale).checkFunction(CpiExclusiveFunction.DID_CERTIFICATION,
                caller.organisationKind(), today);
        if (!verdict.isAllowed()) {
            access.denied("CONDITIONALITY_CONFIRM", OBJECT, id);
            throw new AccessDeniedException(verdict.blocking().get(0).message());
        }
        if (measure.status() != ConditionalityMeasure.Status.PROPOSED) {
            throw new ConflictException("pathway.conditionality.not-proposed", List.of(), null);
        }
        access.lockPathwayOf(measure.personId());
        Instant now = clock.instant();
        measure.confirm(confirmedSinceDid(measure.personId()), rulesOn(measure.absenceOn()), caller.id(), now);
        ConditionalityMeasure saved = measures.save(measure);
        if (saved.endsBenefit()) {
            dids.findInForce(saved.personId()).filter(Did::canBeRevoked).ifPresent(did -> {
                did.revoke(today, "Decadenza per condizionalità (D.Lgs. 150/2015, art. 21, c. 7): mancata "
                        + "presentazione alla convocazione del " + saved.absenceOn(), caller.organisationId(),
                        caller.id(), now);
                dids.save(did);
            });
        }
        access.done("CONDITIONALITY_CONFIRM", saved.personId(), "measure=" + saved.id() + " step=" + saved.step());
        return saved;
    }

    /** The person's measures, for the organisation in charge; audited. */
    @Transactional(readOnly = true)
    public List<ConditionalityMeasure> ofPerson(PersonId person, CurrentUser caller) {
        access.requireInCharge(person, caller);
        access.done("CONDITIONALITY_READ", person, null);
        return measures.findByPerson(person);
    }

    /** The measures the caller's CPI has to decide, oldest absence first. */
    @Transactional(readOnly = true)
    public List<Proposed> proposed(CurrentUser caller) {
        requireCpiOperator(caller, "CONDITIONALITY_LIST", null);
        List<ConditionalityMeasure> found = measures.findProposedOf(caller.organisationId());
        Map<PersonId, PersonSummary> names = persons.summaries(found.stream().map(ConditionalityMeasure::personId)
                .toList());
        access.done("CONDITIONALITY_LIST", OBJECT, null, "rows=" + found.size());
        return found.stream().map(m -> new Proposed(m, names.get(m.personId()))).toList();
    }

    /** A proposed measure with its person. */
    public record Proposed(ConditionalityMeasure measure, PersonSummary person) {
    }

    /**
     * The communication to INPS of a confirmed measure: who, which absence, which measure under which rule, which
     * CPI decided it and when.
     */
    public record InpsCommunication(ConditionalityMeasureId measureId, String fiscalCode, String lastName,
            String firstName, String cpi, LocalDate absenceOn, int step, String measure, BigDecimal monthlyFraction,
            String label, String basis, boolean rulesToConfirm, Instant confirmedAt, String confirmedBy) {
    }

    /** The communication of a confirmed measure, for an operator of its CPI; audited. */
    @Transactional(readOnly = true)
    public InpsCommunication communication(ConditionalityMeasureId id, CurrentUser caller) {
        ConditionalityMeasure measure = measures.findById(id)
                .orElseThrow(() -> new NotFoundException("conditionality-measure", id.value()));
        requireCpiOperator(caller, "CONDITIONALITY_INPS_READ", measure.personId());
        if (!caller.belongsTo(measure.cpiId())) {
            access.denied("CONDITIONALITY_INPS_READ", OBJECT, id);
            throw new AccessDeniedException("La misura è di un altro Centro per l'Impiego");
        }
        if (measure.status() != ConditionalityMeasure.Status.CONFIRMED) {
            throw new ConflictException("pathway.conditionality.not-confirmed", List.of(), null);
        }
        InpsCommunication communication = communicationOf(measure,
                persons.summaries(List.of(measure.personId())).get(measure.personId()));
        access.done("CONDITIONALITY_INPS_READ", OBJECT, id, null);
        return communication;
    }

    /** The communications of the measures the caller's CPI confirmed from day to day (included); audited. */
    @Transactional(readOnly = true)
    public List<InpsCommunication> communications(LocalDate from, LocalDate to, CurrentUser caller) {
        requireCpiOperator(caller, "CONDITIONALITY_INPS_EXPORT", null);
        var problems = new InvalidInputException.Collector();
        problems.require(from != null, "from", "validation.required");
        problems.require(to != null, "to", "validation.required");
        problems.throwIfAny();
        problems.require(!to.isBefore(from), "to", "pathway.conditionality.to-before-from");
        problems.throwIfAny();
        List<ConditionalityMeasure> found = measures.findConfirmedOf(caller.organisationId(),
                from.atStartOfDay(clock.getZone()).toInstant(), to.plusDays(1).atStartOfDay(clock.getZone())
                        .toInstant());
        Map<PersonId, PersonSummary> names = persons.summaries(found.stream().map(ConditionalityMeasure::personId)
                .toList());
        access.done("CONDITIONALITY_INPS_EXPORT", OBJECT, null, "rows=" + found.size());
        return found.stream().map(m -> communicationOf(m, names.get(m.personId()))).toList();
    }

    /** The rules in force on the day of the absence. */
    public ConditionalityRules rulesOn(LocalDate day) {
        return catalogue.inForceOn(day).map(CatalogueVersion::conditionality).orElse(ConditionalityRules.DEFAULT);
    }

    private InpsCommunication communicationOf(ConditionalityMeasure m, PersonSummary person) {
        String cpi = persons.organisationName(m.cpiId());
        String by = m.decidedBy().flatMap(network::findUser).map(UserAccount::fullName).orElse("");
        return new InpsCommunication(m.id(), person.fiscalCode(), person.lastName(), person.firstName(), cpi,
                m.absenceOn(), m.step(), m.measure(), m.monthlyFraction().orElse(null), m.label(), m.basis(),
                m.rulesToConfirm(), m.decidedAt().orElseThrow(), by);
    }

    private int confirmedSinceDid(PersonId person) {
        LocalDate from = dids.findInForce(person).map(Did::declaredOn).orElse(LocalDate.of(1900, 1, 1));
        return measures.countConfirmedSince(person, from);
    }

    private void requireCpiOperator(CurrentUser caller, String action, PersonId person) {
        if (caller.role() != Role.OPERATOR || !caller.isCpi()) {
            access.denied(action, OBJECT, person);
            throw new AccessDeniedException("La condizionalità è dei Centri per l'Impiego");
        }
    }

    private static String cut(String reason) {
        if (reason == null) {
            return null;
        }
        String text = reason.strip();
        return text.length() > ConditionalityMeasure.REASON_MAX ? text.substring(0, ConditionalityMeasure.REASON_MAX)
                : text;
    }
}
