package it.retelavoro.employer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a vacancy. Each state says which states may follow it and whether candidates may be
 * put forward, so that no caller tests the state by name: {@code vacancy.state().acceptsCandidates()}.
 *
 * <pre>
 *   OPEN ⇄ SUSPENDED
 *   OPEN, SUSPENDED → FILLED | CLOSED | EXPIRED   (final)
 * </pre>
 */
public enum VacancyState {

    /** Open: the company is looking; candidates may be referred. */
    OPEN {
        @Override
        Set<VacancyState> next() {
            return EnumSet.of(SUSPENDED, FILLED, CLOSED, EXPIRED);
        }

        @Override
        public boolean acceptsCandidates() {
            return true;
        }
    },
    /** Suspended by the company: kept, but nobody is referred until it is open again. */
    SUSPENDED {
        @Override
        Set<VacancyState> next() {
            return EnumSet.of(OPEN, FILLED, CLOSED, EXPIRED);
        }
    },
    /** Every position has been filled. */
    FILLED,
    /** Withdrawn by the company or the operator before being filled. */
    CLOSED,
    /** Its expiry date has passed. */
    EXPIRED;

    /** The states this one may change into; none for a final state. */
    Set<VacancyState> next() {
        return EnumSet.noneOf(VacancyState.class);
    }

    public boolean canChangeTo(VacancyState state) {
        return next().contains(state);
    }

    /** Whether candidates may be referred to a vacancy in this state. */
    public boolean acceptsCandidates() {
        return false;
    }

    /** Whether no change may follow. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    public String labelKey() {
        return "employer.vacancy-state." + name();
    }
}
