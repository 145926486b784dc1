package it.retelavoro.employer.web;

import it.retelavoro.employer.EmployerCommands.ContactDetails;
import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.NewEmployer;
import it.retelavoro.employer.EmployerCommands.SiteDetails;
import it.retelavoro.employer.LegalForm;
import it.retelavoro.employer.SizeClass;
import java.util.List;

/** The registration form: the record, one operating site and one contact person. */
record EmployerForm(String fiscalCode, String name, LegalForm legalForm, String ateco, SizeClass sizeClass,
        String comune, String address, String siteComune, String siteAddress, String contactName,
        String contactRole, String contactPhone, String contactEmail) {

    static EmployerForm empty() {
        return new EmployerForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    NewEmployer toCommand() {
        List<SiteDetails> sites = isBlank(siteComune) && isBlank(siteAddress) ? List.of()
                : List.of(new SiteDetails(siteComune, siteAddress));
        List<ContactDetails> contacts = isBlank(contactName) && isBlank(contactRole) && isBlank(contactPhone)
                && isBlank(contactEmail) ? List.of()
                : List.of(new ContactDetails(contactName, contactRole, contactPhone, contactEmail));
        return new NewEmployer(fiscalCode, new EmployerDetails(name, legalForm, ateco, sizeClass, comune, address,
                sites, contacts));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
