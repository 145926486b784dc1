package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.UserAccount;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator responsible for a person in charge (the Patto's "operatore responsabile", issue 14): one enabled
 * operator of the organisation that has the person in charge, or nobody. An assignment counts only while that
 * organisation keeps the person: after a transfer or a taking over nobody is assigned. Changes are audited as
 * {@code PERSON_ASSIGN}; only operators of the organisation in charge read or change it.
 */
@Service
@Transactional
public class CaseAssignments {

    private final PersonAccess access;
    private final NetworkManagement network;
    private final SpecialCategoryVisibility visibility;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CaseAssignments(PersonAccess access, NetworkManagement network, SpecialCategoryVisibility visibility,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.access = access;
        this.network = network;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Assigns the person to an operator of the organisation in charge, or clears the assignment ({@code null}).
     *
     * @return the operator now assigned, empty when cleared
     * @throws AccessDeniedException  when the caller is not an operator of the organisation in charge
     * @throws InvalidInputException  when the operator is not an enabled operator of that organisation
     */
    public Optional<UserId> assign(PersonId id, UserId operator, CurrentUser caller) {
        Person person = access.inChargeOf(id, caller, "PERSON_ASSIGN");
        if (operator == null) {
            jdbc.sql("delete from person_assignment where person_id = :person").param("person", id.value()).update();
            audit.success("PERSON_ASSIGN", PersonAccess.OBJECT, id, "none");
            return Optional.empty();
        }
        boolean eligible = network.findUser(operator)
                .filter(user -> user.enabled() && user.role() == Role.OPERATOR
                        && user.organisationId().equals(person.inChargeOf()))
                .isPresent();
        if (!eligible) {
            throw InvalidInputException.of("operatorId", "person.assignment.operator.invalid");
        }
        jdbc.sql("""
                insert into person_assignment (person_id, organisation_id, operator_id, assigned_at, assigned_by)
                values (:person, :organisation, :operator, :at, :by)
                on conflict (person_id) do update set organisation_id = excluded.organisation_id,
                    operator_id = excluded.operator_id, assigned_at = excluded.assigned_at,
                    assigned_by = excluded.assigned_by""")
                .param("person", id.value()).param("organisation", person.inChargeOf().value())
                .param("operator", operator.value()).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", caller.id().value()).update();
        audit.success("PERSON_ASSIGN", PersonAccess.OBJECT, id, operator.toString());
        return Optional.of(operator);
    }

    /** The operator assigned to the person, for an operator of the organisation in charge. */
    @Transactional(readOnly = true)
    public Optional<UserId> assignedOperator(PersonId id, CurrentUser caller) {
        access.requireInCharge(id, caller);
        return jdbc.sql("select assigned_operator from person_desk_person where person_id = :person")
                .param("person", id.value()).query(UUID.class).optional().map(UserId::new);
    }

    /** The enabled operators of the caller's organisation, by name: who a person may be assigned to. */
    @Transactional(readOnly = true)
    public List<UserAccount> assignableOperators(CurrentUser caller) {
        if (caller.role() != Role.OPERATOR) {
            return List.of();
        }
        return network.usersOf(caller.organisationId(), caller).stream()
                .filter(user -> user.enabled() && user.role() == Role.OPERATOR)
                .sorted(Comparator.comparing(UserAccount::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The complex targets the caller may see of the persons their organisation has in charge: the only targets
     * a list may be filtered by for them (special-category data, never shown in a list).
     */
    @Transactional(readOnly = true)
    public Set<ComplexTarget> visibleTargets(CurrentUser caller) {
        return caller.role() == Role.OPERATOR ? visibility.of(caller, caller.organisationId()).targets() : Set.of();
    }
}
