package it.retelavoro.person;

/**
 * Italian driving licences (patenti, D.Lgs. 59/2011) and the certificates that often matter for a job:
 * the CQC (carta di qualificazione del conducente) for carrying persons or goods and the KB certificate.
 */
public enum DrivingLicence {
    AM, A1, A2, A, B1, B, BE, C1, C1E, C, CE, D1, D1E, D, DE, CQC_PERSONS, CQC_GOODS, KB;

    public String labelKey() {
        return "person.licence." + name();
    }
}
