package it.retelavoro.synthetic;

import it.retelavoro.interop.co.CoIntake;
import it.retelavoro.interop.co.CoIntakeResult;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.synthetic.CommunicationsWriter.Company;
import it.retelavoro.synthetic.CommunicationsWriter.Person;
import it.retelavoro.synthetic.CommunicationsWriter.Referral;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Comunicazioni Obbligatorie of a synthetic region: the persons, companies and referrals of the region's
 * organisations read back from the database (in the order of their ids, so that the same region and spec give the
 * same communications), the communications written by {@link CommunicationsWriter}, and, for the demo, applied
 * through the interop module's intake as the regional CO node's would be.
 */
@Component
class SyntheticCommunications {

    /** Documents per zip handed to the intake: well below its limit of 1,000 entries. */
    static final int PER_ZIP = 500;

    private final JdbcClient jdbc;
    private final CoIntake intake;

    SyntheticCommunications(JdbcClient jdbc, CoIntake intake) {
        this.jdbc = jdbc;
        this.intake = intake;
    }

    /** The communications written, and what they are. */
    record Written(List<GeneratedCommunication> communications, CommunicationsWriter.Counts counts) {
    }

    /** Writes the communications of the persons in charge of the organisations, with their companies. */
    Written write(List<OrganisationId> organisations, CommunicationsWriter.Spec spec) {
        List<UUID> orgs = organisations.stream().map(OrganisationId::value).toList();
        Map<UUID, Integer> personIndex = new HashMap<>();
        List<Person> persons = new ArrayList<>();
        jdbc.sql("""
                select id, fiscal_code, last_name, first_name, sex, birth_date, birth_place, citizenship,
                       coalesce(domicile_comune, residence_comune) as comune,
                       case when domicile_comune is null then residence_address else domicile_address end as address
                  from person where in_charge_of in (:orgs) order by id""")
                .param("orgs", orgs)
                .query((rs, row) -> {
                    personIndex.put(rs.getObject("id", UUID.class), persons.size());
                    persons.add(new Person(rs.getString("fiscal_code"), rs.getString("last_name"),
                            rs.getString("first_name"), rs.getString("sex"), rs.getDate("birth_date").toLocalDate(),
                            rs.getString("birth_place"), rs.getString("citizenship"), rs.getString("comune"),
                            rs.getString("address")));
                    return null;
                }).list();
        Map<UUID, Integer> companyIndex = new HashMap<>();
        List<Company> companies = new ArrayList<>();
        jdbc.sql("""
                select id, fiscal_code, name, ateco_code, comune_code, address from employer
                 where organisation_id in (:orgs) order by id""")
                .param("orgs", orgs)
                .query((rs, row) -> {
                    companyIndex.put(rs.getObject("id", UUID.class), companies.size());
                    companies.add(new Company(rs.getString("fiscal_code"), rs.getString("name"),
                            rs.getString("ateco_code"), rs.getString("comune_code"), rs.getString("address")));
                    return null;
                }).list();
        List<Referral> referrals = new ArrayList<>();
        jdbc.sql("""
                select r.person_id, r.employer_id, r.referred_on, r.status, r.contract_start, r.contract_type,
                       v.occupation_code
                  from referral r join vacancy v on v.id = r.vacancy_id
                 where r.person_organisation_id in (:orgs) order by r.id""")
                .param("orgs", orgs)
                .query((rs, row) -> {
                    Integer person = personIndex.get(rs.getObject("person_id", UUID.class));
                    Integer company = companyIndex.get(rs.getObject("employer_id", UUID.class));
                    if (person != null && company != null) {
                        java.sql.Date contractStart = rs.getDate("contract_start");
                        referrals.add(new Referral(person, company, rs.getDate("referred_on").toLocalDate(),
                                rs.getString("status"), contractStart == null ? null : contractStart.toLocalDate(),
                                rs.getString("contract_type"), rs.getString("occupation_code")));
                    }
                    return null;
                }).list();
        if (companies.isEmpty()) {
            return new Written(List.of(), new CommunicationsWriter.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        CommunicationsWriter writer = new CommunicationsWriter(spec, persons, companies, referrals,
                new ReferenceTables());
        List<GeneratedCommunication> communications = writer.write();
        return new Written(communications, writer.counts(communications));
    }

    /**
     * Hands the communications to the intake, in zips of {@link #PER_ZIP} in their order, as the caller (a system of
     * the flows or an administrator).
     *
     * @return how many documents ended in each status
     */
    Map<CoIntakeResult.Status, Integer> apply(List<GeneratedCommunication> communications, CurrentUser caller) {
        UniLavWriter writer = new UniLavWriter();
        Map<CoIntakeResult.Status, Integer> statuses = new EnumMap<>(CoIntakeResult.Status.class);
        for (int from = 0; from < communications.size(); from += PER_ZIP) {
            byte[] zip = writer.zip(communications.subList(from, Math.min(communications.size(), from + PER_ZIP)));
            for (CoIntakeResult result : intake.receive(zip, "application/zip", caller)) {
                statuses.merge(result.status(), 1, Integer::sum);
            }
        }
        return statuses;
    }
}
