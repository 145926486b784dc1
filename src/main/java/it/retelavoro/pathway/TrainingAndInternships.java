package it.retelavoro.pathway;

import it.retelavoro.pathway.PathwayCommands.InternshipPlan;
import it.retelavoro.pathway.PathwayCommands.TrainingRecord;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's training (referred to a course, enrolled, completed) and internships (agreed, then
 * activated): each may belong to an action of the PAI in force, which then moves and logs it. Only
 * operators of the organisation that has the person in charge act on and read them; every write and read
 * is audited.
 */
@Service
@Transactional
public class TrainingAndInternships {

    private final PathwayAccess access;
    private final TrainingEventRepository training;
    private final InternshipRepository internships;
    private final ActionPlanRepository plans;
    private final Clock clock;

    TrainingAndInternships(PathwayAccess access, TrainingEventRepository training, InternshipRepository internships,
            ActionPlanRepository plans, Clock clock) {
        this.access = access;
        this.training = training;
        this.internships = internships;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Records a step of the person's training; when it belongs to an action of the PAI in force, the action
     * moves (in progress on referral and enrolment, done on completion) and the plan logs it. Publishes
     * {@code TrainingEventRecorded}.
     */
    public TrainingEvent recordTraining(PersonId personId, TrainingRecord record, CurrentUser caller) {
        access.requireInChargeAndLock(personId, caller);
        var problems = new InvalidInputException.Collector();
        problems.require(record.event() != null, "event", "validation.required");
        PathwayChecks.requirePastDate(problems, record.date(), "date", clock);
        PathwayChecks.requireText(problems, record.course(), "course");
        PathwayChecks.requireLength(problems, record.course(), TrainingEvent.COURSE_MAX, "course");
        PathwayChecks.requireLength(problems, record.provider(), TrainingEvent.PROVIDER_MAX, "provider");
        problems.require(record.hours() == null || (record.hours() >= 0 && record.hours() <= 10_000), "hours",
                "pathway.training.hours-range");
        problems.require(record.event() != TrainingEventKind.COMPLETED || record.hours() != null, "hours",
                "validation.required");
        problems.throwIfAny();
        access.requireRegistrable(record.date());
        Optional<ActionPlan> plan = record.actionId() == null ? Optional.empty()
                : Optional.of(planInForceWithOrInvalid(personId, record.actionId()));
        TrainingEvent event = training.save(TrainingEvent.record(personId, caller.organisationId(), record.event(),
                record.date(), record.course(), record.provider(), record.hours(), record.actionId(), caller.id(),
                clock.instant()));
        plan.ifPresent(found -> {
            found.note(ActionPlan.EventKind.TRAINING_RECORDED, record.date(), caller.id(), record.actionId(),
                    record.event().actionState(), record.course(), clock.instant());
            plans.save(found);
        });
        access.done("PATHWAY_TRAINING_CREATE", personId, "event=" + record.event());
        return event;
    }

    /** The person's training steps, oldest first (to a former organisation, those it registered). Audited. */
    public List<TrainingEvent> training(PersonId personId, CurrentUser caller) {
        return access.read(personId, caller, "training").filter(training.findByPerson(personId),
                TrainingEvent::organisationId);
    }

    /** Records an internship agreed with a host; it is activated later. */
    public Internship planInternship(PersonId personId, InternshipPlan plan, CurrentUser caller) {
        access.requireInChargeAndLock(personId, caller);
        var problems = new InvalidInputException.Collector();
        problems.require(plan.start() != null, "start", "validation.required");
        problems.require(plan.end() != null, "end", "validation.required");
        problems.sensibleDate(plan.start(), "start").sensibleDate(plan.end(), "end");
        problems.require(plan.start() == null || plan.end() == null || !plan.end().isBefore(plan.start()), "end",
                "pathway.internship.end-before-start");
        PathwayChecks.requireText(problems, plan.host(), "host");
        PathwayChecks.requireLength(problems, plan.host(), Internship.HOST_MAX, "host");
        PathwayChecks.requireText(problems, plan.tutor(), "tutor");
        PathwayChecks.requireLength(problems, plan.tutor(), Internship.TUTOR_MAX, "tutor");
        problems.throwIfAny();
        Optional<ActionPlan> actionPlan = plan.actionId() == null ? Optional.empty()
                : Optional.of(planInForceWithOrInvalid(personId, plan.actionId()));
        Internship internship = internships.save(Internship.plan(personId, caller.organisationId(), plan.start(),
                plan.end(), plan.host(), plan.tutor(), plan.actionId(), caller.id(), clock.instant()));
        actionPlan.ifPresent(found -> {
            found.note(ActionPlan.EventKind.INTERNSHIP_RECORDED, LocalDate.now(clock), caller.id(), plan.actionId(),
                    null, plan.host(), clock.instant());
            plans.save(found);
        });
        access.done("PATHWAY_INTERNSHIP_CREATE", personId, "internship=" + internship.id());
        return internship;
    }

    /**
     * Activates an internship on a day: publishes {@code InternshipActivated} (tirocini attivati).
     *
     * @throws ConflictException when it is already active
     */
    public Internship activateInternship(PersonId personId, InternshipId internshipId, LocalDate on,
            CurrentUser caller) {
        access.requireInChargeAndLock(personId, caller);
        Internship internship = internships.findById(internshipId)
                .filter(found -> found.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("internship", internshipId));
        var problems = new InvalidInputException.Collector();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        PathwayChecks.requirePastDate(problems, day, "date", clock);
        problems.throwIfAny();
        access.requireRegistrable(day);
        if (internship.state() == InternshipState.ACTIVE) {
            throw new ConflictException("pathway.internship.already-active", List.of(), null);
        }
        internship.activate(day, caller.organisationId());
        Internship saved = internships.save(internship);
        internship.actionId().ifPresent(actionId -> plans.findInForce(personId)
                .filter(plan -> plan.action(actionId).isPresent())
                .ifPresent(plan -> {
                    plan.note(ActionPlan.EventKind.INTERNSHIP_RECORDED, day, caller.id(), actionId,
                            ActionState.IN_PROGRESS, internship.host(), clock.instant());
                    plans.save(plan);
                }));
        access.done("PATHWAY_INTERNSHIP_ACTIVATE", personId, "internship=" + internshipId);
        return saved;
    }

    /** The person's internships (to a former organisation, those it registered). Audited. */
    public List<Internship> internships(PersonId personId, CurrentUser caller) {
        return access.read(personId, caller, "internships").filter(internships.findByPerson(personId),
                Internship::organisationId);
    }

    private ActionPlan planInForceWithOrInvalid(PersonId personId, ActionId actionId) {
        return plans.findInForce(personId).filter(plan -> plan.action(actionId).isPresent())
                .orElseThrow(() -> InvalidInputException.of("actionId", "pathway.action.unknown"));
    }
}
