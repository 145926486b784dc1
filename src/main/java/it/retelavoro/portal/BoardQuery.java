package it.retelavoro.portal;

import it.retelavoro.employer.ContractType;

/**
 * A search of the job board; every criterion optional.
 *
 * @param q            words that must all appear in the title or the description
 * @param occupation   a CP2021 code or its leading levels (5.1.2), or words of the occupation's name
 * @param comune       cadastral code of the workplace
 * @param province     two-letter province of the workplace
 * @param contractType the contract type
 */
public record BoardQuery(String q, String occupation, String comune, String province, ContractType contractType) {

    public static BoardQuery all() {
        return new BoardQuery(null, null, null, null, null);
    }
}
