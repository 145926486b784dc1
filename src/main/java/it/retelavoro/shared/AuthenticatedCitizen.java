package it.retelavoro.shared;

/** A principal that is a citizen who logged in with SPID or CIE (issue 17). */
public interface AuthenticatedCitizen {

    Citizen citizen();
}
