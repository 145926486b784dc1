package it.retelavoro.catalogue;

import java.util.Objects;

/**
 * What a job told by the Comunicazioni Obbligatorie does to a person's DID, as a version of the repertorio sets it
 * ({@code effettiOccupazioneDid} in the file; issue 15). The repertorio itself is silent: the rules come from the
 * national frame (D.Lgs. 150/2015 art. 19, as amended by D.L. 4/2019) and are the version's data, so that a later
 * act changes them without code.
 *
 * <ul>
 * <li>a contract whose planned length is at most {@link #suspensionMaxMonths} months suspends the DID, which is back
 * in force when the contract ceases or reaches its end;</li>
 * <li>a longer or open-ended one closes it "per occupazione".</li>
 * </ul>
 * The income thresholds under which a person keeps the state of unemployment while working are not in the CO: the
 * CPI may reverse a change with a reason.
 *
 * @param suspensionMaxMonths the longest planned length, in months, of a contract that suspends rather than closes
 * @param toBeConfirmed       whether the Region has yet to confirm the rules (shown wherever they are applied)
 * @param basis               the legal basis, as the file states it
 */
public record DidEmploymentRules(int suspensionMaxMonths, boolean toBeConfirmed, String basis) {

    /** The rules of a version whose file does not state them: six months, to be confirmed with the Region. */
    public static final DidEmploymentRules DEFAULT = new DidEmploymentRules(6, true,
            "D.Lgs. 150/2015, art. 19, c. 3, come modificato dal D.L. 4/2019");

    public DidEmploymentRules {
        if (suspensionMaxMonths < 1) {
            throw new IllegalArgumentException("effettiOccupazioneDid.sospensioneFinoAMesi deve essere almeno 1: "
                    + suspensionMaxMonths);
        }
        Copies.requireText(basis, "effettiOccupazioneDid.fonte");
        Objects.requireNonNull(basis);
    }
}
