package it.retelavoro.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The condizionalità of a benefit recipient who misses a convocation (issue 16), as a version of the repertorio
 * sets it ({@code condizionalita} in the file). The repertorio of 2012 predates it: the rules come from D.Lgs.
 * 150/2015 art. 21 c. 7 and are the version's data, marked to be confirmed with the Region, so that a later act
 * changes them without code.
 *
 * @param steps                    the measure of each unjustified absence, first, second, third (the last applies
 *                                 to any further one)
 * @param justifiedReasons         the reasons that justify an absence, each to be documented
 * @param justificationWorkingDays the working days after the appointment within which a justification is accepted
 * @param toBeConfirmed            whether the Region has yet to confirm the rules (shown wherever they are applied)
 * @param basis                    the legal basis, as the file states it
 */
public record ConditionalityRules(List<Step> steps, List<JustifiedReason> justifiedReasons,
        int justificationWorkingDays, boolean toBeConfirmed, String basis) {

    /**
     * The measure of an unjustified absence.
     *
     * @param measure           its code: {@code REDUCTION} of a share of a monthly payment, or {@code LOSS} of the
     *                          benefit and of the state of unemployment
     * @param monthlyFraction   for a reduction, the share of one monthly payment (0.25, 1)
     * @param label             as the file names it
     */
    public record Step(String measure, BigDecimal monthlyFraction, String label) {

        public Step {
            Copies.requireText(measure, "misura");
            Copies.requireText(label, "descrizione");
            if (!measure.equals("REDUCTION") && !measure.equals("LOSS")) {
                throw new IllegalArgumentException("misura: REDUCTION o LOSS, non " + measure);
            }
            if (measure.equals("REDUCTION") && (monthlyFraction == null || monthlyFraction.signum() <= 0)) {
                throw new IllegalArgumentException("quotaMensilita: una quota positiva di una mensilità");
            }
        }

        /** Whether it ends the benefit and the state of unemployment. */
        public boolean endsBenefit() {
            return measure.equals("LOSS");
        }
    }

    /** A reason that justifies an absence. */
    public record JustifiedReason(String code, String label) {

        public JustifiedReason {
            Copies.requireText(code, "codice");
            Copies.requireText(label, "descrizione");
        }
    }

    /** The rules of a version whose file does not state them: art. 21 c. 7 as written, to be confirmed. */
    public static final ConditionalityRules DEFAULT = new ConditionalityRules(List.of(
            new Step("REDUCTION", new BigDecimal("0.25"), "Decurtazione di un quarto di una mensilità"),
            new Step("REDUCTION", BigDecimal.ONE, "Decurtazione di una mensilità"),
            new Step("LOSS", null, "Decadenza dalla prestazione e dallo stato di disoccupazione")),
            List.of(new JustifiedReason("ILLNESS", "Malattia o infortunio documentati"),
                    new JustifiedReason("FAMILY", "Gravi motivi familiari documentati"),
                    new JustifiedReason("PUBLIC_SUMMONS", "Convocazione di un'autorità pubblica o giudiziaria"),
                    new JustifiedReason("WORK_OR_TRAINING", "Attività di lavoro o di formazione documentata"),
                    new JustifiedReason("FORCE_MAJEURE", "Causa di forza maggiore o impedimento oggettivo")),
            2, true, "D.Lgs. 150/2015, art. 21, c. 7");

    public ConditionalityRules {
        steps = List.copyOf(steps);
        justifiedReasons = List.copyOf(justifiedReasons);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("condizionalita.misure: almeno una misura");
        }
        if (justificationWorkingDays < 0) {
            throw new IllegalArgumentException("condizionalita.giorniLavorativiGiustificazione: 0 o più");
        }
        Copies.requireText(basis, "condizionalita.fonte");
        Objects.requireNonNull(basis);
    }

    /** The measure of the absence that comes after the given number of measures already confirmed. */
    public Step stepAfter(int confirmed) {
        return steps.get(Math.min(confirmed, steps.size() - 1));
    }

    /** The reason of the code, if the rules list it. */
    public Optional<JustifiedReason> reason(String code) {
        return justifiedReasons.stream().filter(reason -> reason.code().equals(code)).findFirst();
    }
}
