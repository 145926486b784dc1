package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The reader refuses every malformed or inconsistent version, saying where and what is wrong. */
class CatalogueVersionReaderTest {

    private final CatalogueVersionReader reader = new CatalogueVersionReader();
    private final String shipped = CatalogueFixtures.shippedYaml();

    @Test
    void reads_the_shipped_version_from_a_stream() {
        CatalogueVersion version = reader.read(new ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8)),
                "piemonte-2012.yaml");

        assertThat(version.id()).isEqualTo("piemonte-2012");
        assertThat(version.services()).hasSize(10);
    }

    @Test
    void reads_what_a_job_does_to_the_did_and_refuses_a_suspension_of_no_months() {
        CatalogueVersion version = reader.read(shipped, "piemonte-2012.yaml");
        assertThat(version.didEmploymentRules().suspensionMaxMonths()).isEqualTo(6);
        assertThat(version.didEmploymentRules().toBeConfirmed()).isTrue();
        assertThat(version.didEmploymentRules().basis()).contains("D.Lgs. 150/2015");

        assertThat(problemsOf(replace(shipped, "sospensioneFinoAMesi: 6", "sospensioneFinoAMesi: 0")))
                .containsExactly("effettiOccupazioneDid.sospensioneFinoAMesi: "
                        + "deve essere un numero intero di mesi, 1 o più");
        assertThat(problemsOf(replace(shipped, "sospensioneFinoAMesi: 6\n  daConfermare: true",
                "sospensioneFinoAMesi: 6\n  daConfermare: forse")))
                .containsExactly("effettiOccupazioneDid.daConfermare: deve essere true o false");
        // a version that does not state them has the national frame's six months, to be confirmed
        String without = shipped.substring(0, shipped.indexOf("effettiOccupazioneDid:"))
                + shipped.substring(shipped.indexOf("# Functions the repertorio leaves out"));
        assertThat(reader.read(without, "senza.yaml").didEmploymentRules()).isEqualTo(DidEmploymentRules.DEFAULT);
    }

    @Test
    void reads_the_condizionalita_of_art_21_and_refuses_a_measure_it_does_not_know() {
        CatalogueVersion version = reader.read(shipped, "piemonte-2012.yaml");
        ConditionalityRules rules = version.conditionality();
        assertThat(rules.steps()).extracting(ConditionalityRules.Step::measure).containsExactly("REDUCTION",
                "REDUCTION", "LOSS");
        assertThat(rules.steps().get(0).monthlyFraction()).isEqualByComparingTo("0.25");
        assertThat(rules.steps().get(1).monthlyFraction()).isEqualByComparingTo("1");
        assertThat(rules.stepAfter(0).monthlyFraction()).isEqualByComparingTo("0.25");
        assertThat(rules.stepAfter(7).endsBenefit()).isTrue();
        assertThat(rules.justifiedReasons()).extracting(ConditionalityRules.JustifiedReason::code)
                .contains("ILLNESS", "FAMILY");
        assertThat(rules.justificationWorkingDays()).isEqualTo(2);
        assertThat(rules.toBeConfirmed()).isTrue();
        assertThat(rules.basis()).contains("art. 21");

        assertThat(problemsOf(replace(shipped, "    - misura: LOSS\n", "    - misura: WARNING\n")))
                .containsExactly("condizionalita.misure[2]: misura: REDUCTION o LOSS, non WARNING");
        assertThat(problemsOf(replace(shipped, "giorniLavorativiGiustificazione: 2", "giorniLavorativiGiustificazione: -1")))
                .containsExactly("condizionalita.giorniLavorativiGiustificazione: deve essere un numero intero di giorni, 0 o più");
        String without = shipped.substring(0, shipped.indexOf("condizionalita:"))
                + shipped.substring(shipped.indexOf("# Functions the repertorio leaves out"));
        assertThat(reader.read(without, "senza.yaml").conditionality()).isEqualTo(ConditionalityRules.DEFAULT);
    }

    @Test
    void refuses_negative_minutes_naming_the_service_the_mode_and_the_field() {
        List<String> problems = problemsOf(replace(shipped,
                "      - { mode: INDIVIDUAL, minMinutes: 60, minutesPer: MEETING }\n    access:\n      # \"dopo\"",
                "      - { mode: INDIVIDUAL, minMinutes: -5, minutesPer: MEETING }\n    access:\n      # \"dopo\""));

        assertThat(problems).containsExactly(
                "servizi.A3.modes[0].minMinutes: deve essere un numero intero non negativo (o null)");
    }

    @Test
    void refuses_minutes_that_are_not_a_whole_number() {
        List<String> problems = problemsOf(replace(shipped, "{ mode: GROUP, minMinutes: 60, minutesPer",
                "{ mode: GROUP, minMinutes: 1.5, minutesPer"));

        assertThat(problems).containsExactly(
                "servizi.A2.modes[0].minMinutes: deve essere un numero intero non negativo (o null)");
    }

    @Test
    void refuses_a_minimum_duration_left_out_rather_than_written_as_null() {
        List<String> problems = problemsOf(replace(shipped, "      - { mode: BACK_OFFICE, minMinutes: null }",
                "      - { mode: BACK_OFFICE }"));

        assertThat(problems).singleElement().asString().startsWith("servizi.B4.modes[0].minMinutes: campo obbligatorio mancante");
    }

    @Test
    void refuses_fewer_than_one_meeting() {
        List<String> problems = problemsOf(replace(shipped, "minMeetings: 2", "minMeetings: 0"));

        assertThat(problems).containsExactly(
                "servizi.A4.modes[0].minMeetings: deve essere un numero intero maggiore o uguale a 1");
    }

    @Test
    void refuses_a_version_missing_a_service() {
        List<String> problems = problemsOf(removeService(shipped, "B3", "B4"));

        assertThat(problems).containsExactly(
                "servizi.B3: servizio mancante (la versione deve descrivere tutti e dieci i servizi)");
    }

    @Test
    void refuses_an_unknown_service_code_and_reports_the_one_it_replaced_as_missing() {
        List<String> problems = problemsOf(replace(shipped, "\n  B3:\n", "\n  B5:\n"));

        assertThat(problems).containsExactlyInAnyOrder(
                "servizi.B5: codice sconosciuto (codici ammessi: A1, A2, A3, A4, A5, A6, B1, B2, B3, B4)",
                "servizi.B3: servizio mancante (la versione deve descrivere tutti e dieci i servizi)");
    }

    @Test
    void refuses_a_service_described_twice() {
        String b3 = serviceBlock(shipped, "B3", "B4");
        List<String> problems = problemsOf(replace(shipped, "\n  B4:\n", "\n" + b3 + "  B4:\n"));

        assertThat(problems).singleElement().asString().startsWith("YAML non valido alla riga").contains("duplicate key B3");
    }

    @Test
    void refuses_an_unknown_site_feature_listing_the_allowed_ones() {
        List<String> problems = problemsOf(replace(shipped,
                "siteFeatures: [PHONE_EMAIL_CONTACT, UPDATED_WEBSITE]",
                "siteFeatures: [PHONE_EMAIL_CONTACT, SWIMMING_POOL]"));

        assertThat(problems).singleElement().asString()
                .startsWith("servizi.B1.siteFeatures[1]: valore sconosciuto «SWIMMING_POOL» (valori ammessi: COUNTER_WITH_WAITING_AREA");
    }

    @Test
    void refuses_an_unknown_mode_an_unknown_condition_and_an_unknown_output() {
        String yaml = replace(shipped, "{ mode: GROUP, minMinutes: 60, minutesPer",
                "{ mode: ONLINE, minMinutes: 60, minutesPer");
        yaml = replace(yaml, "conditions: [SPECIFIC_NEED_RECORDED]", "conditions: [NEED_FELT]");
        yaml = replace(yaml, "{ code: SERVICE_REFERRAL,", "{ code: REFERRAL,");

        assertThat(problemsOf(yaml)).hasSize(3).anySatisfy(p -> assertThat(p).startsWith(
                "servizi.A2.modes[0].mode: valore sconosciuto «ONLINE» (valori ammessi: INDIVIDUAL, GROUP, BACK_OFFICE)"))
                .anySatisfy(p -> assertThat(p).startsWith("servizi.A4.access.conditions[0]: valore sconosciuto «NEED_FELT»"))
                .anySatisfy(p -> assertThat(p).startsWith("servizi.A1.outputs[0].code: valore sconosciuto «REFERRAL»"));
    }

    @Test
    void refuses_an_access_rule_referring_to_an_unknown_service() {
        List<String> problems = problemsOf(replace(shipped, "after: { anyOf: [A3] }", "after: { anyOf: [A9] }"));

        assertThat(problems).singleElement().asString()
                .startsWith("servizi.A4.access.after.anyOf[0]: valore sconosciuto «A9»");
    }

    @Test
    void refuses_access_rules_that_form_a_cycle() {
        String yaml = replace(shipped, "      after: { anyOf: [] }\n      togetherWith: [A1]",
                "      after: { anyOf: [A3] }\n      togetherWith: [A1]");

        assertThat(problemsOf(yaml)).containsExactly(
                "servizi.A2.access.after: le regole di accesso formano un ciclo: A2 → A3 → A2");
    }

    @Test
    void refuses_a_service_that_must_follow_itself() {
        List<String> problems = problemsOf(replace(shipped, "after: { anyOf: [A3] }", "after: { anyOf: [A4] }"));

        assertThat(problems).containsExactly("servizi.A4.access.after.anyOf: il servizio A4 non può seguire sé stesso");
    }

    @Test
    void refuses_an_output_required_when_an_output_the_service_does_not_carry_is_present() {
        List<String> problems = problemsOf(replace(shipped, "requiredWhen: COMPANY_PACT_SIGNED", "requiredWhen: PACT_SIGNED"));

        assertThat(problems).containsExactly(
                "servizi.B2.outputs[3].requiredWhen: l'output PACT_SIGNED non è tra gli output di questo servizio");
    }

    @Test
    void refuses_an_output_required_when_it_is_itself_present() {
        List<String> problems = problemsOf(replace(shipped,
                "{ code: COMPANY_ACTION_PLAN_OPENED, label: \"Apertura Piano d'azione dell'impresa\", required: false, requiredWhen: COMPANY_PACT_SIGNED }",
                "{ code: COMPANY_ACTION_PLAN_OPENED, label: \"Apertura Piano d'azione dell'impresa\", required: false, requiredWhen: COMPANY_ACTION_PLAN_OPENED }"));

        assertThat(problems).containsExactly("servizi.B2.outputs[3].requiredWhen: un output non può dipendere da sé stesso");
    }

    @Test
    void refuses_a_classroom_for_a_mode_the_service_does_not_allow() {
        List<String> problems = problemsOf(replace(shipped,
                "siteFeatures: [ISOLATED_WORKSTATION, PC_WITH_INTERNET]\n\n  A4:",
                "siteFeatures: [ISOLATED_WORKSTATION, PC_WITH_INTERNET]\n    siteFeaturesByMode:\n      GROUP: [GROUP_CLASSROOM]\n\n  A4:"));

        assertThat(problems).containsExactly(
                "servizi.A3.siteFeaturesByMode.GROUP: la modalità GROUP non è tra le modalità del servizio");
    }

    @Test
    void refuses_a_repeated_indicator_code() {
        List<String> problems = problemsOf(replace(shipped, "{ code: \"3.3\",", "{ code: \"3.2\","));

        assertThat(problems).containsExactly("indicatori[5].code: il codice 3.2 è ripetuto",
                "indicatori: mancano gli indicatori 3.3 (una versione successiva può aggiungere indicatori, non toglierli)");
    }

    @Test
    void refuses_an_indicator_of_an_unknown_service() {
        List<String> problems = problemsOf(replace(shipped, "{ code: \"9.1\", service: B3,", "{ code: \"9.1\", service: C1,"));

        assertThat(problems).singleElement().asString().startsWith("indicatori[22].service: valore sconosciuto «C1»");
    }

    @Test
    void refuses_a_version_that_drops_one_of_the_base_indicators() {
        String line = "  - { code: \"8.3\", service: B2, counts: DISTINCT_COMPANIES, label: \"N°aziende richiedenti profili\" }\n";
        List<String> problems = problemsOf(replace(shipped, line, ""));

        assertThat(problems).containsExactly(
                "indicatori: mancano gli indicatori 8.3 (una versione successiva può aggiungere indicatori, non toglierli)");
    }

    @Test
    void accepts_a_later_version_that_adds_an_indicator() {
        CatalogueVersion later = reader.read(CatalogueFixtures.resourceText(CatalogueFixtures.TEST_VERSION_FILE), "test");

        assertThat(later.indicators()).hasSize(27);
        assertThat(later.indicator("2.3")).isPresent();
    }

    @Test
    void refuses_an_agreement_between_indicators_that_is_not_mutual() {
        List<String> problems = problemsOf(replace(shipped, "note: \"Verificare coerenza con indicatore n.6.2\", mustAgreeWith: \"6.2\" ",
                "note: \"Verificare coerenza con indicatore n.6.2\" "));

        assertThat(problems).containsExactly("indicatori[13].mustAgreeWith: l'indicatore 10.1 deve a sua volta concordare con 6.2");
    }

    @Test
    void refuses_an_indicator_agreement_written_as_a_number_rather_than_a_code() {
        List<String> problems = problemsOf(replace(shipped, "mustAgreeWith: \"6.2\"", "mustAgreeWith: 6"));

        assertThat(problems).containsExactly("indicatori[23].mustAgreeWith: deve essere un testo non vuoto");
    }

    @Test
    void refuses_an_indicator_code_that_is_not_number_dot_number() {
        List<String> problems = problemsOf(replace(shipped, "{ code: \"5.2\",", "{ code: \"5-2\","));

        assertThat(problems).contains(
                "indicatori[11].code: «5-2» non è un codice di indicatore (numero.numero, ad esempio 2.1)");
    }

    @Test
    void refuses_a_validity_that_ends_before_it_starts() {
        List<String> problems = problemsOf(replace(shipped, "validFrom: 2012-01-01", "validFrom: 2012-01-01\nvalidTo: 2011-12-31"));

        assertThat(problems).containsExactly(
                "validTo: la data di fine validità (2011-12-31) è precedente alla data di inizio (2012-01-01)");
    }

    @Test
    void reads_an_explicit_end_of_validity() {
        CatalogueVersion version = reader.read(replace(shipped, "validFrom: 2012-01-01", "validFrom: 2012-01-01\nvalidTo: 2026-12-31"), "x");

        assertThat(version.validTo()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void refuses_a_date_that_is_not_a_calendar_date() {
        List<String> problems = problemsOf(replace(shipped, "validFrom: 2012-01-01", "validFrom: 2012-02-30"));

        assertThat(problems).containsExactly("validFrom: «2012-02-30» non è una data valida nel formato AAAA-MM-GG");
    }

    @Test
    void refuses_a_scheda_with_a_missing_text() {
        String purpose = "    finalita: \"Sostenere l'utente che necessita di servizi di supporto per l'individuazione dell'obiettivo professionale, al fine di definire il percorso personalizzato utile a promuoverne attivamente l'inserimento o il reinserimento o a migliorarne la posizione nel mercato\"\n";
        List<String> problems = problemsOf(replace(shipped, purpose, ""));

        assertThat(problems).containsExactly("servizi.A4.finalita: testo mancante");
    }

    @Test
    void refuses_empty_text_items_and_missing_professional_knowledge() {
        String yaml = replace(shipped, "        - \"Bacheca per le opportunità lavorative\"", "        - \"\"");
        yaml = replace(yaml, "        conoscenze:\n          - \"Metodologie di orientamento professionale\"\n",
                "        conoscenze_:\n          - \"Metodologie di orientamento professionale\"\n");

        assertThat(problemsOf(yaml)).hasSize(3)
                .contains("servizi.A1.precondizioni.tecnicoStrutturali[1]: deve essere un testo non vuoto",
                        "servizi.A3.precondizioni.professionali.conoscenze: testo mancante")
                .anySatisfy(p -> assertThat(p).startsWith("servizi.A3.precondizioni.professionali.conoscenze_: campo sconosciuto"));
    }

    @Test
    void refuses_a_misspelt_field_rather_than_dropping_the_rule() {
        List<String> problems = problemsOf(replace(shipped,
                "{ mode: INDIVIDUAL, minMinutes: 120, minutesPer: DELIVERY }\n      - { mode: GROUP, minMinutes: 120, minutesPer: DELIVERY }\n    access:\n      after: { anyOf: [A3, A4] }",
                "{ mode: INDIVIDUAL, minMinutes: 120, minutesPer: DELIVERY, minMeeting: 3 }\n      - { mode: GROUP, minMinutes: 120, minutesPer: DELIVERY }\n    access:\n      after: { anyOf: [A3, A4] }"));

        assertThat(problems).singleElement().asString()
                .startsWith("servizi.A5.modes[0].minMeeting: campo sconosciuto (campi ammessi: mode, minMinutes, minMeetings, minutesPer, groupReasons)");
    }

    @Test
    void refuses_a_version_missing_a_complex_target_or_a_cpi_function() {
        String yaml = replace(shipped, "  MOBILITY_LISTS:\n    label: \"Iscrizione alle liste di mobilità\"\n    legalReference: \"L. 236/93\"\n", "");
        yaml = replace(yaml, "  PRISONER:\n    label:", "  PRISONERS:\n    label:");

        assertThat(problemsOf(yaml)).contains("funzioniEsclusiveCpi.MOBILITY_LISTS: funzione mancante",
                "targetComplessi.PRISONER: target mancante")
                .anySatisfy(p -> assertThat(p).startsWith("targetComplessi.PRISONERS: codice sconosciuto"));
    }

    @Test
    void reports_every_problem_of_a_file_at_once() {
        String yaml = replace(shipped, "minMeetings: 2", "minMeetings: 0");
        yaml = replace(yaml, "after: { anyOf: [A3] }", "after: { anyOf: [A9] }");
        yaml = replace(yaml, "validFrom: 2012-01-01", "validFrom: 2012-01-01\nvalidTo: 2011-01-01");

        InvalidCatalogueVersionException refusal = refusalOf(yaml);

        assertThat(refusal.problems()).hasSize(3);
        assertThat(refusal.source()).isEqualTo("versione-di-prova.yaml");
        assertThat(refusal.getMessage()).startsWith("La versione del repertorio versione-di-prova.yaml non è valida (3 problemi):")
                .contains("servizi.A4.modes[0].minMeetings").contains("servizi.A4.access.after.anyOf[0]").contains("validTo");
    }

    @Test
    void refuses_malformed_yaml_with_a_message_and_the_line_not_a_stack_trace() {
        InvalidCatalogueVersionException refusal = refusalOf("id: \"x\"\nservizi: [A1, {\n");

        assertThat(refusal.problems()).singleElement().asString().startsWith("YAML non valido alla riga 3")
                .doesNotContain("at org.yaml");
    }

    @Test
    void refuses_an_empty_file_and_a_file_that_is_not_a_section() {
        assertThat(refusalOf("").problems()).containsExactly("il file è vuoto");
        assertThat(refusalOf("- just\n- a list\n").problems())
                .containsExactly("(radice): deve essere una sezione con campi (chiave: valore)");
    }

    @Test
    void refuses_a_version_id_that_cannot_be_a_file_name() {
        List<String> problems = problemsOf(replace(shipped, "id: \"piemonte-2012\"", "id: \"Piemonte 2012/bis\""));

        assertThat(problems).containsExactly(
                "id: deve contenere solo lettere minuscole, cifre, '.', '_' o '-' (è anche il nome del file)");
    }

    @Test
    void refuses_yaml_aliases_that_would_blow_up_in_memory() {
        StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (int level = 1; level < 30; level++) {
            bomb.append((char) ('a' + level % 26)).append(level).append(": &l").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, level == 1 ? "*a" : "*l" + (level - 1))))
                    .append("]\n");
        }
        assertThatThrownBy(() -> reader.read(bomb.toString(), "bomba.yaml"))
                .isInstanceOf(InvalidCatalogueVersionException.class).hasMessageContaining("YAML non valido");
    }

    private List<String> problemsOf(String yaml) {
        return refusalOf(yaml).problems();
    }

    private InvalidCatalogueVersionException refusalOf(String yaml) {
        InvalidCatalogueVersionException refusal = catchThrowableOfType(InvalidCatalogueVersionException.class,
                () -> reader.read(yaml, "versione-di-prova.yaml"));
        assertThat(refusal).as("the version should have been refused").isNotNull();
        return refusal;
    }

    static String replace(String text, String from, String to) {
        assertThat(text).as("the fixture text to replace").contains(from);
        assertThat(text.indexOf(from)).as("the fixture text appears once").isEqualTo(text.lastIndexOf(from));
        return text.replace(from, to);
    }

    private static String serviceBlock(String yaml, String service, String next) {
        int start = yaml.indexOf("\n  " + service + ":\n") + 1;
        int end = yaml.indexOf("\n  " + next + ":\n") + 1;
        return yaml.substring(start, end);
    }

    private static String removeService(String yaml, String service, String next) {
        return yaml.replace(serviceBlock(yaml, service, next), "");
    }
}
