package it.retelavoro.person;

import java.util.List;
import java.util.Optional;

/**
 * Everything the page of a person shows, read after one access check.
 *
 * @param person          the person's record
 * @param inCharge        who has them in charge
 * @param special         the special categories the caller may see; empty when they may see none
 * @param recordable      what of them the caller may record; empty when nothing
 * @param transfers       the transfers, oldest first
 * @param transferTargets the organisations the person may be transferred to
 */
public record PersonPage(Person person, InCharge inCharge, Optional<SpecialCategories> special,
        Optional<SpecialCategories> recordable, List<PersonTransfer> transfers, List<InCharge> transferTargets) {

    public PersonPage {
        transfers = List.copyOf(transfers);
        transferTargets = List.copyOf(transferTargets);
    }
}
