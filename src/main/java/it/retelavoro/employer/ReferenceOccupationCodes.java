package it.retelavoro.employer;

import it.retelavoro.reference.Occupation;
import it.retelavoro.reference.Occupations;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Vacancies are coded with the platform's CP2021 occupations, so an administrator's import of the
 * official ISTAT file applies to them too.
 */
@Component
class ReferenceOccupationCodes implements OccupationCodes {

    private final Occupations occupations;

    ReferenceOccupationCodes(Occupations occupations) {
        this.occupations = occupations;
    }

    @Override
    public boolean exists(String code) {
        return unit(code).isPresent();
    }

    @Override
    public Optional<String> name(String code) {
        return unit(code).map(Occupation::name);
    }

    private Optional<Occupation> unit(String code) {
        return code == null ? Optional.empty() : occupations.byCode(code.strip()).filter(Occupation::isUnit);
    }
}
