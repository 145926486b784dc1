package it.retelavoro.pathway;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DeliveryRepository extends ListCrudRepository<Delivery, UUID> {

    @Query("select * from pathway_delivery where person_id = :personId order by delivered_on, recorded_at")
    List<Delivery> findByPerson(UUID personId);
}

interface DidRepository extends ListCrudRepository<Did, UUID> {

    /** The DID in force (not revoked), if the person has one. */
    @Query("select * from pathway_did where person_id = :personId and state <> 'REVOKED'")
    Optional<Did> findInForce(UUID personId);

    @Query("select * from pathway_did where person_id = :personId order by declared_on")
    List<Did> findByPerson(UUID personId);

    @Query("select * from pathway_did where cpi_id = :cpiId and state = 'CERTIFICATION_REQUESTED' order by declared_on")
    List<Did> findRequestsTo(UUID cpiId);
}

interface PactRepository extends ListCrudRepository<Pact, UUID> {

    @Query("select * from pathway_pact where person_id = :personId order by decided_on, recorded_at")
    List<Pact> findByPerson(UUID personId);
}

interface ActionPlanRepository extends ListCrudRepository<ActionPlan, UUID> {

    @Query("select * from pathway_action_plan where person_id = :personId order by decided_on, recorded_at")
    List<ActionPlan> findByPerson(UUID personId);
}

interface TrainingEventRepository extends ListCrudRepository<TrainingEvent, UUID> {

    @Query("select * from pathway_training_event where person_id = :personId order by occurred_on, recorded_at")
    List<TrainingEvent> findByPerson(UUID personId);
}

interface InternshipRepository extends ListCrudRepository<Internship, UUID> {

    @Query("select * from pathway_internship where person_id = :personId order by starts_on, recorded_at")
    List<Internship> findByPerson(UUID personId);
}
