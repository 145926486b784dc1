package it.retelavoro.interop;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UniLav document written for a test, in the shape of {@code src/test/resources/co/unilav-*.xml}: a new code of 16
 * digits each time, sent a minute after the one written before it (so that the order of writing is the order of
 * sending), for the worker and employer the test chooses. Public for the tests of the modules that act on the
 * communications (monitoring's outcomes).
 */
public record UniLavDocument(String code, String previousCode, String type, String employer, String worker,
        String domicile, String sentAt, String event) {

    private static final LocalDateTime FIRST_SENT = LocalDateTime.of(2024, 3, 1, 10, 0);
    private static final AtomicInteger SENT = new AtomicInteger();

    public static String newCode() {
        StringBuilder code = new StringBuilder("15");
        for (int i = 0; i < 14; i++) {
            code.append(ThreadLocalRandom.current().nextInt(10));
        }
        return code.toString();
    }

    /** An employer's codice fiscale of 11 digits, new for each test. */
    public static String newEmployer() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            code.append(ThreadLocalRandom.current().nextInt(10));
        }
        return code.toString();
    }

    private static UniLavDocument of(String employer, String worker, String event) {
        return new UniLavDocument(newCode(), null, "01", employer, worker, "L219", nextSentAt(), event);
    }

    private static String nextSentAt() {
        return FIRST_SENT.plusMinutes(SENT.incrementAndGet()).toString();
    }

    public static UniLavDocument hire(String employer, String worker, LocalDate start, LocalDate end,
            String contractType, String workingTime) {
        return of(employer, worker, """
                <InizioRapporto dataInizio="%s"%s TipologiaContrattuale="%s" entePrevidenziale="01">
                    <ccnl>M020</ccnl>
                    <tipoOrario codice="%s" oreSettimaniliMedie="20"/>
                    <qualificaProfessionale>6.2.1.3.1</qualificaProfessionale>
                  </InizioRapporto>""".formatted(start, end == null ? "" : " dataFine=\"" + end + "\"", contractType,
                workingTime));
    }

    public static UniLavDocument extension(String employer, String worker, LocalDate start, LocalDate extendedTo) {
        return of(employer, worker, """
                <Proroga dataFineProroga="%s">
                    <Contratto dataInizio="%s" TipologiaContrattuale="A.02.00"/>
                  </Proroga>""".formatted(extendedTo, start));
    }

    public static UniLavDocument transformation(String employer, String worker, LocalDate start, LocalDate on,
            String contractType, String workingTime) {
        return of(employer, worker, """
                <Trasformazione dataTrasformazione="%s" codiceTrasformazione="DI">
                    <Contratto dataInizio="%s" TipologiaContrattuale="%s"><tipoOrario codice="%s"/></Contratto>
                  </Trasformazione>""".formatted(on, start, contractType, workingTime));
    }

    public static UniLavDocument cessation(String employer, String worker, LocalDate start, LocalDate on,
            String cause) {
        return of(employer, worker, """
                <Cessazione dataCessazione="%s" codiceCausa="%s">
                    <Contratto dataInizio="%s"/>
                  </Cessazione>""".formatted(on, cause, start));
    }

    /** A rectification of the communication given, saying what this document says. */
    public UniLavDocument rectifying(String previous) {
        return new UniLavDocument(newCode(), previous, "03", employer, worker, domicile, nextSentAt(), event);
    }

    /** The cancellation of this communication (it repeats its data, as the model asks). */
    public UniLavDocument cancellation() {
        return new UniLavDocument(newCode(), code, "04", employer, worker, domicile, nextSentAt(), event);
    }

    public UniLavDocument withCode(String other) {
        return new UniLavDocument(other, previousCode, type, employer, worker, domicile, sentAt, event);
    }

    public UniLavDocument domiciledIn(String comune) {
        return new UniLavDocument(code, previousCode, type, employer, worker, comune, sentAt, event);
    }

    public String xml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <UniLav xmlns="http://servizi.lavoro.gov.it/unilav" codiceComunicazione="%s"%s dataInvio="%s" versione="CO160201R1">
                  <DatoreLavoro codiceFiscale="%s" denominazione="OFFICINE %s SRL">
                    <SedeLegale><Comune>L219</Comune><cap>10121</cap><Indirizzo>Via Roma 1</Indirizzo></SedeLegale>
                    <SedeLavoro><Comune>F952</Comune><cap>28100</cap><Indirizzo>Corso Italia 10</Indirizzo></SedeLavoro>
                    <Settore>25.62.00</Settore>
                    <PubblicaAmministrazione>NO</PubblicaAmministrazione>
                  </DatoreLavoro>
                  <Lavoratore>
                    <AnagraficaCompleta>
                      <cognome>Rossi</cognome>
                      <nome>Maria</nome>
                      <codice-fiscale>%s</codice-fiscale>
                      <cittadinanza>000</cittadinanza>
                      <sesso>F</sesso>
                      <nascita><comune>L219</comune><data>1985-12-10</data></nascita>
                    </AnagraficaCompleta>
                    <IndirizzoLavoratore><Comune>%s</Comune><cap>10100</cap><Indirizzo>Via dei Mille 5</Indirizzo></IndirizzoLavoratore>
                  </Lavoratore>
                  %s
                  <TipoComunicazione>%s</TipoComunicazione>
                </UniLav>
                """.formatted(code, previousCode == null ? "" : " codiceComunicazionePrecedente=\"" + previousCode + "\"",
                sentAt, employer, employer, worker, domicile, event, type);
    }

    public byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }
}
