package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.employer.EmployerEvents.EmployerTakenOver;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.support.RegisteredEvents;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Taking a company over on its choice (B.2): "L'impresa vi accede da qualsiasi punto della rete pubblico/privata regionale". */
class EmployerTakeoverTest {

    private static final OrganisationId CHOSEN = new OrganisationId(UUID.randomUUID());

    @Test
    @DisplayName("«L'impresa vi accede da qualsiasi punto della rete»: the chosen organisation serves the company at once")
    void a_taking_over_moves_the_company_and_tells_the_previous_organisation() {
        Employer company = EmployerAggregates.aCompany();

        company.takeOverByChoice(CHOSEN, EmployerAggregates.TODAY.minusDays(1), EmployerAggregates.TODAY);

        assertThat(company.isServedBy(CHOSEN)).isTrue();
        assertThat(company.isServedBy(EmployerAggregates.AGENCY)).isFalse();
        assertThat(RegisteredEvents.of(company, EmployerTakenOver.class)).containsExactly(new EmployerTakenOver(
                company.id(), EmployerAggregates.AGENCY, CHOSEN, EmployerAggregates.TODAY.minusDays(1),
                EmployerAggregates.TODAY));
    }

    @Test
    void the_serving_organisation_cannot_take_the_company_over_again() {
        Employer company = EmployerAggregates.aCompany();

        assertThatThrownBy(() -> company.takeOverByChoice(EmployerAggregates.AGENCY, EmployerAggregates.TODAY,
                EmployerAggregates.TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegisteredEvents.of(company, EmployerTakenOver.class)).isEmpty();
    }
}
