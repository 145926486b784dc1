package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.DeliveryMode.BACK_OFFICE;
import static it.retelavoro.catalogue.DeliveryMode.GROUP;
import static it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL;
import static it.retelavoro.catalogue.ServiceCode.A1;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static it.retelavoro.catalogue.ServiceCode.A4;
import static it.retelavoro.catalogue.ServiceCode.A5;
import static it.retelavoro.catalogue.ServiceCode.A6;
import static it.retelavoro.catalogue.ServiceCode.B1;
import static it.retelavoro.catalogue.ServiceCode.B2;
import static it.retelavoro.catalogue.ServiceCode.B3;
import static it.retelavoro.catalogue.ServiceCode.B4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped version carries every number, code and text of the repertorio. */
class ShippedCatalogueTest {

    private final CatalogueVersion version = CatalogueFixtures.shippedVersion();

    @Test
    void names_the_act_by_its_title_and_starts_on_the_day_to_be_confirmed() {
        assertThat(version.id()).isEqualTo("piemonte-2012");
        assertThat(version.act()).isEqualTo("Repertorio degli standard dei servizi regionali per il lavoro – Regione Piemonte");
        assertThat(version.act()).doesNotContainIgnoringCase("D.G.R.");
        assertThat(version.validFrom()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(version.validTo()).isEmpty();
        assertThat(CatalogueFixtures.shippedYaml()).contains("to be confirmed").contains("MUST BE CONFIRMED");
    }

    @Test
    void describes_all_ten_services() {
        assertThat(version.services()).containsOnlyKeys(ServiceCode.values());
        assertThat(version.service(A1).title()).isEqualTo("Informazione");
        assertThat(version.service(A2).title()).isEqualTo("Accoglienza - primo filtro e/o presa in carico della persona");
        assertThat(version.service(A3).title()).isEqualTo("Orientamento professionale");
        assertThat(version.service(A4).title()).isEqualTo("Consulenza orientativa");
        assertThat(version.service(A5).title()).isEqualTo("Accompagnamento al lavoro");
        assertThat(version.service(A6).title()).isEqualTo("Incontro domanda/offerta di lavoro");
        assertThat(version.service(B1).title()).isEqualTo("Promozione e scouting");
        assertThat(version.service(B2).title()).isEqualTo("Informazione e accesso ai servizi");
        assertThat(version.service(B3).title()).isEqualTo("Consulenza");
        assertThat(version.service(B4).title()).isEqualTo("Incontro domanda/offerta di lavoro");
        assertThat(version.service(A6).type()).isEqualTo(ServiceType.PERSON);
        assertThat(version.service(B4).type()).isEqualTo(ServiceType.EMPLOYER);
    }

    @ParameterizedTest
    @EnumSource(ServiceCode.class)
    void keeps_every_field_of_the_scheda_without_html(ServiceCode code) {
        ServiceStandard service = version.service(code);
        assertThat(service.purpose()).isNotBlank();
        assertThat(service.activities()).isNotEmpty();
        assertThat(service.modeAndDuration()).isNotBlank();
        assertThat(service.accessDescription()).isNotEmpty();
        assertThat(service.outputDescription()).isNotEmpty();
        assertThat(service.preconditions().technicalStructural()).isNotEmpty();
        assertThat(service.preconditions().professional().capacities()).isNotEmpty();
        assertThat(service.preconditions().professional().knowledge()).isNotEmpty();
        assertThat(service.preconditions().operational()).isNotEmpty();
        assertThat(CatalogueFixtures.shippedYaml()).doesNotContain("<i>", "<p>", "<ul", "•");
    }

    @Test
    void copies_the_scheda_texts_faithfully() {
        ServiceStandard a3 = version.service(A3);
        assertThat(a3.purpose()).startsWith("Sostenere l'utente nella costruzione e definizione di un percorso personalizzato");
        assertThat(a3.modeAndDuration()).isEqualTo("Incontri individuali: durata minimo 1 ora");
        assertThat(a3.accessDescription())
                .containsExactly("L'utente vi accede dopo il servizio di presa in carico e la firma del Patto di Servizio");
        assertThat(a3.activities()).hasSize(4).contains("Supporto nella redazione del curriculum vitae");
        assertThat(a3.preconditions().technicalStructural())
                .containsExactly("Postazione isolata (a tutela della privacy)", "PC con accesso a internet");
        assertThat(a3.preconditions().professional().capacities()).hasSize(5);
        assertThat(a3.preconditions().professional().knowledge()).hasSize(7)
                .contains("Le leve motivazionali: valori e criteri, attese e timori");
        assertThat(version.service(A1).preconditions().technicalStructural()).hasSize(4)
                .contains("Bacheca per le opportunità lavorative");
        assertThat(version.service(A2).outputDescription()).hasSize(2);
        assertThat(version.service(A4).modeAndDuration()).isEqualTo("Incontri individuali (almeno 2): durata minima 1 ora");
        assertThat(version.service(A5).modeAndDuration()).isEqualTo("Incontri individuali o di gruppo: durata minimo 2 ore");
        assertThat(version.service(B2).modeAndDuration()).isEqualTo("Presso sede servizio a sportello o su appuntamento, minimo 30'");
        assertThat(version.service(B4).activities()).hasSize(8);
        assertThat(version.service(B4).preconditions().professional().knowledge()).hasSize(10);
    }

    @Test
    void carries_every_mode_minimum_and_meeting_count_of_the_seed() {
        assertThat(modes(A1)).containsExactly(tuple(INDIVIDUAL, OptionalInt.empty(), 1, MinutesBasis.MEETING));
        assertThat(modes(A2)).containsExactly(tuple(GROUP, OptionalInt.of(60), 1, MinutesBasis.MEETING),
                tuple(INDIVIDUAL, OptionalInt.of(30), 1, MinutesBasis.MEETING));
        assertThat(modes(A3)).containsExactly(tuple(INDIVIDUAL, OptionalInt.of(60), 1, MinutesBasis.MEETING));
        assertThat(modes(A4)).containsExactly(tuple(INDIVIDUAL, OptionalInt.of(60), 2, MinutesBasis.MEETING));
        // "Incontri individuali o di gruppo: durata minimo 2 ore": the service's two hours, as A.6's (issue 13).
        assertThat(modes(A5)).containsExactly(tuple(INDIVIDUAL, OptionalInt.of(120), 1, MinutesBasis.DELIVERY),
                tuple(GROUP, OptionalInt.of(120), 1, MinutesBasis.DELIVERY));
        assertThat(modes(A6)).containsExactly(tuple(INDIVIDUAL, OptionalInt.of(120), 1, MinutesBasis.DELIVERY),
                tuple(GROUP, OptionalInt.of(120), 1, MinutesBasis.DELIVERY),
                tuple(BACK_OFFICE, OptionalInt.of(120), 1, MinutesBasis.DELIVERY));
        assertThat(modes(B1)).containsExactly(tuple(INDIVIDUAL, OptionalInt.of(30), 1, MinutesBasis.MEETING));
        assertThat(modes(B2)).containsExactly(tuple(INDIVIDUAL, OptionalInt.of(30), 1, MinutesBasis.MEETING));
        assertThat(modes(B3)).containsExactly(tuple(INDIVIDUAL, OptionalInt.empty(), 1, MinutesBasis.MEETING));
        assertThat(modes(B4)).containsExactly(tuple(BACK_OFFICE, OptionalInt.empty(), 1, MinutesBasis.MEETING));
    }

    @Test
    void carries_every_access_rule_of_the_seed() {
        assertThat(version.service(A1).access()).isEqualTo(AccessRule.open());
        assertThat(version.service(A2).access()).isEqualTo(new AccessRule(Set.of(), Set.of(A1), Set.of()));
        assertThat(version.service(A3).access())
                .isEqualTo(new AccessRule(Set.of(A2), Set.of(), Set.of(AccessCondition.PACT_SIGNED)));
        assertThat(version.service(A4).access())
                .isEqualTo(new AccessRule(Set.of(A3), Set.of(), Set.of(AccessCondition.SPECIFIC_NEED_RECORDED)));
        assertThat(version.service(A5).access()).isEqualTo(new AccessRule(Set.of(A3, A4), Set.of(A3, A4), Set.of()));
        assertThat(version.service(A6).access())
                .isEqualTo(new AccessRule(Set.of(A3, A4, A5), Set.of(A3, A4, A5), Set.of()));
        assertThat(version.service(B1).access()).isEqualTo(AccessRule.open());
        assertThat(version.service(B2).access()).isEqualTo(new AccessRule(Set.of(), Set.of(B1), Set.of()));
        assertThat(version.service(B3).access())
                .isEqualTo(new AccessRule(Set.of(B2), Set.of(), Set.of(AccessCondition.COMPANY_PACT_SIGNED)));
        assertThat(version.service(B4).access())
                .isEqualTo(new AccessRule(Set.of(B1, B2), Set.of(), Set.of(AccessCondition.COMPANY_PACT_SIGNED)));
    }

    @Test
    void carries_every_output_rule_of_the_seed() {
        assertThat(outputs(A1)).containsExactly(tuple(OutputCode.SERVICE_REFERRAL, true, Optional.empty()));
        assertThat(outputs(A2)).containsExactly(tuple(OutputCode.PERSONAL_RECORD, true, Optional.empty()),
                tuple(OutputCode.PACT_OUTCOME, true, Optional.empty()), tuple(OutputCode.PACT_SIGNED, false, Optional.empty()));
        assertThat(outputs(A3)).containsExactly(tuple(OutputCode.ACTION_PLAN_OUTCOME, true, Optional.empty()),
                tuple(OutputCode.ACTION_PLAN_SIGNED, false, Optional.empty()));
        assertThat(outputs(A4)).containsExactly(tuple(OutputCode.ACTION_PLAN_ENTRY, true, Optional.empty()));
        assertThat(outputs(A5)).containsExactly(tuple(OutputCode.ACTION_PLAN_ENTRY, true, Optional.empty()));
        assertThat(outputs(A6)).containsExactly(tuple(OutputCode.ACTION_PLAN_ENTRY, true, Optional.empty()),
                tuple(OutputCode.INTERVIEW_REFERRAL, false, Optional.empty()),
                tuple(OutputCode.JOB_PLACEMENT, false, Optional.empty()));
        assertThat(outputs(B1)).containsExactly(tuple(OutputCode.INTEREST_EXPRESSION, true, Optional.empty()),
                tuple(OutputCode.VACANCIES_CAPTURED, false, Optional.empty()));
        assertThat(outputs(B2)).containsExactly(tuple(OutputCode.VACANCIES_CAPTURED, false, Optional.empty()),
                tuple(OutputCode.COMPANY_PACT_OUTCOME, true, Optional.empty()),
                tuple(OutputCode.COMPANY_PACT_SIGNED, false, Optional.empty()),
                tuple(OutputCode.COMPANY_ACTION_PLAN_OPENED, false, Optional.of(OutputCode.COMPANY_PACT_SIGNED)));
        assertThat(outputs(B3)).containsExactly(tuple(OutputCode.COMPANY_ACTION_PLAN_ENTRY, true, Optional.empty()));
        assertThat(outputs(B4)).containsExactly(tuple(OutputCode.INTERVIEW_REFERRAL, false, Optional.empty()),
                tuple(OutputCode.JOB_PLACEMENT, false, Optional.empty()));
    }

    @Test
    void carries_the_site_features_of_every_scheda() {
        assertThat(version.service(A1).siteFeatures()).containsExactlyInAnyOrder(SiteFeature.COUNTER_WITH_WAITING_AREA,
                SiteFeature.JOB_OPPORTUNITY_BOARD, SiteFeature.SELF_CONSULTATION_SPACE, SiteFeature.UPDATED_WEBSITE);
        assertThat(version.service(A2).siteFeatures()).containsExactlyInAnyOrder(SiteFeature.COUNTER_WITH_WAITING_AREA,
                SiteFeature.INDIVIDUAL_INTERVIEW_SPACE, SiteFeature.UPDATED_WEBSITE);
        assertThat(version.service(A5).siteFeatures()).containsExactlyInAnyOrder(SiteFeature.ISOLATED_WORKSTATION,
                SiteFeature.PC_WITH_INTERNET, SiteFeature.SELF_CONSULTATION_SPACE);
        assertThat(version.service(B1).siteFeatures()).containsExactlyInAnyOrder(SiteFeature.PHONE_EMAIL_CONTACT,
                SiteFeature.UPDATED_WEBSITE);
        for (ServiceCode groupService : List.of(A2, A5, A6)) {
            assertThat(version.service(groupService).siteFeaturesByMode())
                    .isEqualTo(Map.of(GROUP, Set.of(SiteFeature.GROUP_CLASSROOM)));
        }
        assertThat(version.service(A5).requiredSiteFeatures(INDIVIDUAL)).doesNotContain(SiteFeature.GROUP_CLASSROOM);
        assertThat(version.service(A5).requiredSiteFeatures(GROUP)).contains(SiteFeature.GROUP_CLASSROOM);
    }

    @Test
    void carries_the_complex_targets_table() {
        assertThat(version.targets()).containsOnlyKeys(ComplexTarget.values());
        TargetPreconditions disabled = version.target(ComplexTarget.DISABLED);
        assertThat(disabled.label()).isEqualTo("Disabili");
        assertThat(disabled.networkPrecondition()).startsWith("Collocamento mirato e liste per l'obbligo di assunzione");
        assertThat(disabled.operatorCompetences()).containsExactly(Competence.DISABILITY_EXPERIENCE);
        assertThat(disabled.cpiExclusiveFunction()).contains(CpiExclusiveFunction.TARGETED_PLACEMENT);
        assertThat(version.target(ComplexTarget.IMMIGRANT).operatorCompetences()).containsExactly(Competence.FOREIGN_LANGUAGES);
        assertThat(version.target(ComplexTarget.IMMIGRANT).specialistServices()).hasSize(4).contains("Mediazione culturale");
        assertThat(version.target(ComplexTarget.ADDICTION).operatorCompetences()).containsExactly(Competence.ADDICTION_EXPERIENCE);
        assertThat(version.target(ComplexTarget.PRISONER).operatorCompetences()).containsExactly(Competence.PRISON_EXPERIENCE);
        assertThat(version.target(ComplexTarget.FAMILY_CARE_WORKER).operatorCompetences()).containsExactlyInAnyOrder(
                Competence.CARE_NEEDS_EXPERIENCE, Competence.FOREIGN_LANGUAGES, Competence.SOCIO_HEALTH_SPECIALISATION);
        assertThat(version.target(ComplexTarget.FAMILY_CARE_WORKER).specialistServices())
                .containsExactly("Certificazione delle competenze non formali");
        assertThat(version.culturalMediation().operatorCompetences()).containsExactly(Competence.CULTURAL_MEDIATION);
        assertThat(version.culturalMediation().text()).startsWith("L'attività di mediazione interculturale");
    }

    @Test
    void carries_the_cpi_exclusive_functions_with_their_legal_reference() {
        assertThat(version.functions()).containsOnlyKeys(CpiExclusiveFunction.values());
        assertThat(version.function(CpiExclusiveFunction.TARGETED_PLACEMENT).legalReference()).isEqualTo("L. 68/99");
        assertThat(version.function(CpiExclusiveFunction.PUBLIC_ADMINISTRATION_HIRING).legalReference())
                .isEqualTo("art. 16, L. 56/87");
        assertThat(version.function(CpiExclusiveFunction.MOBILITY_LISTS).legalReference()).isEqualTo("L. 236/93");
        assertThat(version.function(CpiExclusiveFunction.DID_CERTIFICATION).legalReference()).contains("scheda A.2");
    }

    @Test
    void carries_all_26_indicators_with_the_labels_of_the_text() {
        assertThat(version.indicators()).extracting(Indicator::code, Indicator::label).containsExactly(
                tuple("1.1", "N° utenti che hanno fruito del servizio di informazione"),
                tuple("2.1", "N° utenti che hanno fruito dell'accoglienza"),
                tuple("2.2", "N° utenti che hanno firmato il Patto di servizio"),
                tuple("3.1", "N° utenti colloquiati per orientamento ed elaborazione del PAI"),
                tuple("3.2", "Data di apertura del PAI"),
                tuple("3.3", "N° utenti che non hanno firmato il PAI"),
                tuple("3.4", "N° utenti avviati ad un corso di formazione"),
                tuple("3.5", "N° utenti iscritti ad un corso di formazione"),
                tuple("3.6", "N° utenti che hanno concluso corso di formazione e"),
                tuple("4.1", "N° Utenti colloquiati i per consulenza orientativa"),
                tuple("5.1", "N° utenti che hanno usufruito del servizio di accompagnamento"),
                tuple("5.2", "N° tirocinii attivati"),
                tuple("6.1", "N° utenti che hanno ricevuto servizi di preselezione"),
                tuple("6.2", "N° utenti inviati ai colloqui di selezione"),
                tuple("6.3", "N° utenti avviati all'inserimento lavorativo"),
                tuple("6.4", "N° utenti inseriti al lavoro (contratto)"),
                tuple("7.1", "N°aziende contattate"),
                tuple("7.2", "N°aziende che hanno espresso fabbisogno di servizi"),
                tuple("8.1", "N°aziende che hanno usufruito dell'accoglienza"),
                tuple("8.2", "N°aziende che hanno firmato il patto di servizio"),
                tuple("8.3", "N°aziende richiedenti profili"),
                tuple("8.4", "N°vacancy rilevate e registrate"),
                tuple("9.1", "N°aziende che hanno fruito del servizio di consulenza"),
                tuple("10.1", "N°candidati segnalati"),
                tuple("10.2", "N°aziende che hanno dichiarato di assumere"),
                tuple("10.3", "N°aziende che hanno assunto"));
    }

    @Test
    void says_what_each_indicator_counts_and_which_service_it_monitors() {
        assertThat(indicator("2.2").counts()).isEqualTo(IndicatorCounting.DISTINCT_PERSONS);
        assertThat(indicator("2.2").alsoRecords()).containsExactly("Data della firma del Patto");
        assertThat(indicator("3.2").counts()).isEqualTo(IndicatorCounting.DATES);
        assertThat(indicator("5.2").counts()).isEqualTo(IndicatorCounting.ITEMS);
        assertThat(indicator("8.4").counts()).isEqualTo(IndicatorCounting.ITEMS);
        assertThat(indicator("6.4").alsoRecords()).containsExactly("Data avvio contratto");
        assertThat(indicator("7.1").counts()).isEqualTo(IndicatorCounting.DISTINCT_COMPANIES);
        assertThat(indicator("6.2").mustAgreeWith()).contains("10.1");
        assertThat(indicator("10.1").mustAgreeWith()).contains("6.2");
        assertThat(indicator("6.2").note()).contains("Verificare coerenza con indicatore n. 10.1");
        assertThat(version.indicators()).filteredOn(i -> i.code().startsWith("3.")).extracting(Indicator::service)
                .containsOnly(A3);
        assertThat(version.indicators()).filteredOn(i -> i.code().startsWith("10.")).extracting(Indicator::service)
                .containsOnly(B4);
        assertThat(version.indicators()).filteredOn(i -> i.code().startsWith("9.")).extracting(Indicator::service)
                .containsOnly(B3);
    }

    private List<org.assertj.core.groups.Tuple> modes(ServiceCode code) {
        return version.service(code).modes().stream()
                .map(m -> tuple(m.mode(), m.minMinutes(), m.minMeetings(), m.minutesPer())).toList();
    }

    private List<org.assertj.core.groups.Tuple> outputs(ServiceCode code) {
        return version.service(code).outputs().stream().map(o -> tuple(o.code(), o.required(), o.requiredWhen())).toList();
    }

    /**
     * Repertorio, "INDICATORI FISICI e DIMENSIONI DI ANALISI": "Data della firma del Patto" (2.2), "Data di
     * apertura del PAI" (3.2), "Data avvio contratto" (6.4) name the date of each indicator's records; 10.3 "N°aziende
     * che hanno assunto" is dated as 6.4 (issue 13); the others have no dimension of their own.
     */
    @Test
    void names_the_dimension_of_analysis_that_dates_the_records_of_2_2_3_2_6_4_and_10_3() {
        assertThat(indicator("2.2").recordDate()).contains("Data della firma del Patto");
        assertThat(indicator("3.2").recordDate()).contains("Data di apertura del PAI");
        assertThat(indicator("6.4").recordDate()).contains("Data avvio contratto");
        assertThat(indicator("10.3").recordDate()).contains(indicator("6.4").recordDate().orElseThrow());
        assertThat(version.indicators()).filteredOn(i -> i.recordDate().isPresent()).extracting(Indicator::code)
                .containsExactly("2.2", "3.2", "6.4", "10.3");
    }

    private Indicator indicator(String code) {
        return version.indicator(code).orElseThrow();
    }
}
