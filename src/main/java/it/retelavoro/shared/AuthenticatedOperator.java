package it.retelavoro.shared;

/**
 * A principal that is a user of the network (an operator, an analyst, an administrator, a system of the flows),
 * however they logged in: with the form, a token, or an identity provider linked to their account.
 */
public interface AuthenticatedOperator {

    CurrentUser user();
}
