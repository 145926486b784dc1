package it.retelavoro.interop.did;

import it.retelavoro.interop.did.NationalDidResult.Problem;
import it.retelavoro.interop.did.NationalDidResult.Status;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.NationalDids;
import it.retelavoro.pathway.NationalDids.Recorded;
import it.retelavoro.person.Address;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonRegistration;
import it.retelavoro.person.PersonRegistry;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.reference.Countries;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.InvalidInputException.FieldProblem;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives the DIDs the national portal collected (issue 15, point 2): for each, the person is found by codice
 * fiscale or registered in charge of the CPI of the domicile's province, and the DID is recorded as received by
 * the CPI that has the person in charge (else the domicile's), which finds it in its worklist "DID da convocare". Each DID is applied in a transaction of its own, so
 * that a refused one leaves the others recorded; a DID sent again (its {@code nationalId}) changes nothing.
 */
@Service
public class NationalDidImport {

    /** The longest id of the flow (the column's length). */
    static final int NATIONAL_ID_MAX = 64;
    /** The most DIDs in one request. */
    public static final int BATCH_MAX = 1_000;

    private final PersonRegistry persons;
    private final NationalDids dids;
    private final Countries countries;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NationalDidImport(PersonRegistry persons, NationalDids dids, Countries countries, MessageSource messages,
            PlatformTransactionManager transactions, Clock clock) {
        this.persons = persons;
        this.dids = dids;
        this.countries = countries;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Applies each DID of the flow, in order.
     *
     * @throws InvalidInputException when the request holds no DID or more than {@value #BATCH_MAX}
     */
    public List<NationalDidResult> receive(List<NationalDidDeclaration> declarations, CurrentUser caller) {
        if (declarations == null || declarations.isEmpty() || declarations.size() > BATCH_MAX) {
            throw InvalidInputException.of("body", "interop.did.batch-size", BATCH_MAX);
        }
        List<NationalDidResult> results = new ArrayList<>();
        for (NationalDidDeclaration declaration : declarations) {
            results.add(receive(declaration, caller));
        }
        return results;
    }

    private NationalDidResult receive(NationalDidDeclaration declaration, CurrentUser caller) {
        String nationalId = declaration == null ? null : declaration.nationalId();
        try {
            return transactions.execute(status -> apply(declaration, caller));
        } catch (InvalidInputException refused) {
            return NationalDidResult.refused(nationalId, refused.problems().stream().map(this::problem).toList());
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // the same DID applied meanwhile by another request: it is recorded
            return transactions.execute(status -> dids.byNationalId(nationalId)
                    .map(did -> new NationalDidResult(nationalId, Status.ALREADY_RECORDED, did.personId().value(),
                            false, did.id().value(), did.cpiId().map(OrganisationId::value).orElse(null), List.of()))
                    .orElseThrow(() -> sentTwiceAtOnce));
        }
    }

    private NationalDidResult apply(NationalDidDeclaration declaration, CurrentUser caller) {
        if (declaration == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        var problems = new InvalidInputException.Collector();
        String nationalId = declaration.nationalId();
        problems.require(nationalId != null && !nationalId.isBlank(), "nationalId", "validation.required");
        problems.maxLength(nationalId, NATIONAL_ID_MAX, "nationalId");
        DidChannel channel = channel(declaration.channel());
        problems.require(channel != null, "channel", "interop.did.channel");
        LocalDate declaredOn = declaration.declaredOn();
        problems.require(declaredOn != null, "declaredOn", "validation.required");
        problems.require(declaredOn == null || !declaredOn.isAfter(LocalDate.now(clock)), "declaredOn",
                "interop.did.declared-on.future");
        String comune = declaration.domicile() == null ? null : declaration.domicile().comune();
        problems.require(comune != null && !comune.isBlank(), "domicile.comune", "validation.required");
        Optional<OrganisationId> cpi = comune == null || comune.isBlank() ? Optional.empty()
                : dids.competentCpi(comune.strip().toUpperCase(Locale.ROOT));
        problems.require(comune == null || comune.isBlank() || cpi.isPresent(), "domicile.comune",
                "interop.did.no-cpi");
        problems.throwIfAny();
        String id = nationalId.strip();
        Optional<PersonSummary> known = persons.byFiscalCodeForFlow(declaration.fiscalCode(), caller);
        PersonId person = known.map(PersonSummary::id)
                .orElseGet(() -> persons.registerFromFlow(registration(declaration), cpi.get(), caller).id());
        // a person a CPI has in charge is convened by it; else by the CPI of the domicile
        OrganisationId receiving = known.map(PersonSummary::inChargeOf).filter(dids::isCpi).orElse(cpi.get());
        Recorded recorded = dids.record(person, declaredOn, channel, id, receiving, caller);
        Status status = switch (recorded.outcome()) {
            case RECORDED -> Status.RECORDED;
            case ALREADY_RECORDED -> Status.ALREADY_RECORDED;
            case DID_IN_FORCE -> Status.DID_IN_FORCE;
        };
        return new NationalDidResult(id, status, person.value(), known.isEmpty(), recorded.didId().value(),
                recorded.cpiId() == null ? null : recorded.cpiId().value(), List.of());
    }

    private static DidChannel channel(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ONLINE" -> DidChannel.ONLINE;
            case "NASPI_APPLICATION" -> DidChannel.NASPI_APPLICATION;
            default -> null;
        };
    }

    /** The person as the flow declares them, domiciled where the DID says; the citizenship from birth if absent. */
    private PersonRegistration registration(NationalDidDeclaration declaration) {
        String birthPlace = declaration.birthPlace() == null ? null : declaration.birthPlace().strip()
                .toUpperCase(Locale.ROOT);
        String citizenship = declaration.citizenship();
        if ((citizenship == null || citizenship.isBlank()) && birthPlace != null) {
            citizenship = birthPlace.startsWith("Z")
                    ? countries.foreignState(birthPlace).map(Countries.ForeignState::alpha2).orElse(null) : "IT";
        }
        Address domicile = new Address(declaration.domicile().address(), declaration.domicile().comune().strip()
                .toUpperCase(Locale.ROOT));
        PersonDetails details = new PersonDetails(null, domicile, null, null, null, false, null, null);
        return new PersonRegistration(declaration.fiscalCode(), declaration.firstName(), declaration.lastName(),
                declaration.birthDate(), declaration.sex(), birthPlace, citizenship, details);
    }

    private Problem problem(FieldProblem problem) {
        return new Problem(problem.field(), messages.getMessage(problem.messageKey(),
                problem.arguments().toArray(), problem.messageKey(), Locale.ITALIAN));
    }
}
