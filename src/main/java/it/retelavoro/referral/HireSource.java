package it.retelavoro.referral;

/**
 * Who told of a referral's hire (issue 15): an operator recording the company's feedback, or a Comunicazione
 * Obbligatoria of the company; the dimension "fonte" of indicators 6.4 and 10.3. An operator's hire that a CO
 * confirms counts as {@link #CO}: the CO is the authoritative proof.
 */
public enum HireSource {
    OPERATOR, CO;

    public String labelKey() {
        return "referral.hire-source." + name();
    }
}
