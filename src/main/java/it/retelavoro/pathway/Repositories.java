package it.retelavoro.pathway;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DeliveryRepository extends ListCrudRepository<Delivery, DeliveryId> {

    @Query("select * from pathway_delivery where person_id = :personId order by delivered_on, recorded_at")
    List<Delivery> findByPerson(PersonId personId);
}

interface DidRepository extends ListCrudRepository<Did, DidId> {

    /** The DID the national flow sent with this id, if any. */
    @Query("select * from pathway_did where national_id = :nationalId")
    Optional<Did> findByNationalId(String nationalId);

    /** The DID in force (not revoked), if the person has one. */
    @Query("select * from pathway_did where person_id = :personId and state <> 'REVOKED'")
    Optional<Did> findInForce(PersonId personId);

    @Query("select * from pathway_did where person_id = :personId order by declared_on")
    List<Did> findByPerson(PersonId personId);

    /** The person's DID in force, or else the last one; empty when none was declared. */
    default Optional<Did> findLast(PersonId personId) {
        return findInForce(personId).or(() -> {
            List<Did> all = findByPerson(personId);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        });
    }

    @Query("select * from pathway_did where cpi_id = :cpiId and state = 'CERTIFICATION_REQUESTED' order by declared_on")
    List<Did> findRequestsTo(OrganisationId cpiId);
}

interface PactRepository extends ListCrudRepository<Pact, PactId> {

    @Query("select * from pathway_pact where person_id = :personId order by decided_on, recorded_at")
    List<Pact> findByPerson(PersonId personId);
}

interface ActionPlanRepository extends ListCrudRepository<ActionPlan, ActionPlanId> {

    @Query("select * from pathway_action_plan where person_id = :personId order by decided_on, recorded_at")
    List<ActionPlan> findByPerson(PersonId personId);

    /** The person's signed PAI in force, if any. */
    default Optional<ActionPlan> findInForce(PersonId personId) {
        return findByPerson(personId).stream().filter(ActionPlan::isInForce).findFirst();
    }
}

interface TrainingEventRepository extends ListCrudRepository<TrainingEvent, TrainingEventId> {

    @Query("select * from pathway_training_event where person_id = :personId order by occurred_on, recorded_at")
    List<TrainingEvent> findByPerson(PersonId personId);
}

interface InternshipRepository extends ListCrudRepository<Internship, InternshipId> {

    @Query("select * from pathway_internship where person_id = :personId order by starts_on, recorded_at")
    List<Internship> findByPerson(PersonId personId);
}

interface DidEmploymentChangeRepository extends ListCrudRepository<DidEmploymentChange, DidEmploymentChangeId> {

    /** The change standing (applied or proposed) for a job, if any. */
    @Query("select * from pathway_did_employment_change where employment_key = :employmentKey"
            + " and status in ('APPLIED', 'PROPOSED')")
    Optional<DidEmploymentChange> findStanding(String employmentKey);

    /** The last change a job brought that the CPI reversed, if any: the CPI's decision stands for that job. */
    @Query("select * from pathway_did_employment_change where employment_key = :employmentKey"
            + " and status = 'REVERSED' order by decided_at desc limit 1")
    Optional<DidEmploymentChange> findReversed(String employmentKey);

    /** The proposals waiting for the CPI about a person. */
    @Query("select * from pathway_did_employment_change where person_id = :personId and status = 'PROPOSED'")
    List<DidEmploymentChange> findProposed(PersonId personId);

    /** The CPI's list: the changes of its DIDs, newest first (a page of them). */
    @Query("select * from pathway_did_employment_change where cpi_id = :cpiId"
            + " and (:status is null or status = :status) order by created_at desc, id limit :limit offset :offset")
    List<DidEmploymentChange> findForCpi(OrganisationId cpiId, String status, int limit, long offset);

    @Query("select count(*) from pathway_did_employment_change where cpi_id = :cpiId"
            + " and (:status is null or status = :status)")
    long countForCpi(OrganisationId cpiId, String status);

    /** The changes of a DID. */
    @Query("select * from pathway_did_employment_change where did_id = :didId")
    List<DidEmploymentChange> findByDid(DidId didId);

    /** The changes about a person, newest first. */
    @Query("select * from pathway_did_employment_change where person_id = :personId order by created_at desc, id")
    List<DidEmploymentChange> findByPerson(PersonId personId);

    /** The suspensions whose contract ended before the day, still applied: their DID goes back in force. */
    @Query("select * from pathway_did_employment_change where kind = 'SUSPENSION' and status = 'APPLIED'"
            + " and contract_end < :day order by contract_end limit :limit")
    List<DidEmploymentChange> findSuspensionsEndedBefore(java.time.LocalDate day, int limit);
}

interface ConditionalityMeasureRepository extends ListCrudRepository<ConditionalityMeasure, ConditionalityMeasureId> {

    @Query("select * from pathway_conditionality_measure where person_id = :person order by absence_on, proposed_at")
    List<ConditionalityMeasure> findByPerson(PersonId person);

    @Query("""
            select * from pathway_conditionality_measure where person_id = :person and appointment_ref = :appointment""")
    Optional<ConditionalityMeasure> findByPersonAndAppointment(PersonId person, UUID appointment);

    /** The measures the person has had confirmed for absences from the day on (the DID's declaration). */
    @Query("""
            select count(*) from pathway_conditionality_measure
             where person_id = :person and status = 'CONFIRMED' and absence_on >= :from""")
    int countConfirmedSince(PersonId person, LocalDate from);

    @Query("""
            select * from pathway_conditionality_measure where cpi_id = :cpi and status = 'PROPOSED'
             order by absence_on, proposed_at""")
    List<ConditionalityMeasure> findProposedOf(OrganisationId cpi);

    @Query("""
            select * from pathway_conditionality_measure where cpi_id = :cpi and status = 'CONFIRMED'
               and decided_at >= :from and decided_at < :to order by decided_at, id""")
    List<ConditionalityMeasure> findConfirmedOf(OrganisationId cpi, Instant from, Instant to);
}
