package it.retelavoro.portal;

import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Place;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Occupations;
import it.retelavoro.reference.VocabularyEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public job board: the published vacancies that are open and not expired, newest first. No personal
 * data here; the employer's name only when the company did not ask for anonymity. The search reads the
 * employer module's published read model {@code employer_open_vacancy}, never its tables.
 */
@Service
@Transactional(readOnly = true)
public class JobBoard {

    /** Most vacancies a search returns. */
    public static final int MAX_RESULTS = 100;
    /** Rows read before the province filter, which is applied on the comuni in memory. */
    private static final int SCAN = 1000;

    private final JdbcClient jdbc;
    private final EmployerDirectory employers;
    private final Vacancies vacancyRegistry;
    private final Comuni comuni;
    private final Occupations occupations;
    private final Clock clock;

    JobBoard(JdbcClient jdbc, EmployerDirectory employers, Vacancies vacancyRegistry, Comuni comuni,
            Occupations occupations, Clock clock) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.vacancyRegistry = vacancyRegistry;
        this.comuni = comuni;
        this.occupations = occupations;
        this.clock = clock;
    }

    /** The vacancies that meet every given criterion, newest first, at most {@code limit}. */
    public List<PublicVacancy> search(BoardQuery query, int limit, Locale locale) {
        int size = Math.max(1, Math.min(limit, MAX_RESULTS));
        StringBuilder sql = new StringBuilder("""
                select v.id from employer_open_vacancy v
                where v.published and (v.expires_on is null or v.expires_on >= :today)""");
        var statement = new ArrayList<Object[]>();
        statement.add(new Object[] {"today", LocalDate.now(clock)});
        String q = blankToNull(query.q());
        if (q != null) {
            String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < Math.min(words.length, 8); i++) {
                sql.append(" and lower(v.title || ' ' || coalesce(v.description, '')) like :q").append(i);
                statement.add(new Object[] {"q" + i, "%" + escape(words[i]) + "%"});
            }
        }
        String occupation = blankToNull(query.occupation());
        if (occupation != null) {
            if (occupation.matches("\\d(\\.\\d+){0,4}")) {
                sql.append(" and (v.occupation_code = :occupation or v.occupation_code like :occupationPrefix)");
                statement.add(new Object[] {"occupation", occupation});
                statement.add(new Object[] {"occupationPrefix", occupation + ".%"});
            } else {
                List<String> codes = occupations.entries(occupation, locale, 500).stream().map(VocabularyEntry::code)
                        .toList();
                sql.append(" and v.occupation_code = any(:occupations)");
                statement.add(new Object[] {"occupations", codes.toArray(String[]::new)});
            }
        }
        // a place is named by code or in words ("Torino", "TO", "provincia di Cuneo"): nothing is on the board
        // at a place nobody can find
        String province = blankToNull(query.province());
        String comune = blankToNull(query.comune());
        if (comune != null) {
            Optional<Place> place = comuni.place(comune);
            if (place.isEmpty()) {
                return List.of();
            }
            if (place.get().isProvince()) {
                province = place.get().provinceCode().orElseThrow();
            } else {
                sql.append(" and v.comune_code = any(:comuni)");
                statement.add(new Object[] {"comuni", place.get().comuneCodes().toArray(String[]::new)});
            }
        }
        if (province != null && !province.matches("[A-Za-z]{2}")) {
            Optional<String> named = comuni.place(province).flatMap(this::provinceOf);
            if (named.isEmpty()) {
                return List.of();
            }
            province = named.get();
        }
        if (query.contractType() != null) {
            sql.append(" and v.contract_type = :contract");
            statement.add(new Object[] {"contract", query.contractType().name()});
        }
        sql.append(" order by v.registered_on desc, v.created_at desc limit :scan");
        statement.add(new Object[] {"scan", SCAN});
        var spec = jdbc.sql(sql.toString());
        for (Object[] param : statement) {
            spec = spec.param((String) param[0], param[1]);
        }
        String inProvince = province;
        return spec.query(UUID.class).list().stream()
                .map(id -> vacancyRegistry.findVacancy(new VacancyId(id)))
                .flatMap(Optional::stream)
                .filter(vacancy -> inProvince == null || inProvince.equalsIgnoreCase(provinceOf(vacancy.comuneCode())))
                .limit(size)
                .map(this::toPublic)
                .toList();
    }

    /** A vacancy the board shows: published, open and not expired. */
    public Optional<PublicVacancy> vacancy(VacancyId id) {
        return vacancyRegistry.findVacancy(id).filter(this::onTheBoard).map(this::toPublic);
    }

    /** Whether the vacancy is on the board today. */
    boolean onTheBoard(Vacancy vacancy) {
        return vacancy.published() && vacancy.acceptsCandidates()
                && vacancy.expiresOn().map(day -> !day.isBefore(LocalDate.now(clock))).orElse(true);
    }

    private PublicVacancy toPublic(Vacancy vacancy) {
        Optional<String> employer = vacancy.anonymous() ? Optional.empty()
                : employers.findEmployer(vacancy.employerId()).map(each -> each.name());
        return new PublicVacancy(vacancy.id(), vacancy.title(), vacancy.description(), vacancy.occupationCode(),
                vacancy.comuneCode(), vacancy.contractType(), vacancy.hoursPerWeek(), vacancy.positions(), employer,
                vacancy.expiresOn(), vacancy.educationLevel(), vacancy.experienceMonths(),
                vacancy.languages().stream().map(l -> l.language() + " " + l.level()).toList(),
                vacancy.drivingLicences().stream().map(Enum::name).sorted().toList(), vacancy.skills());
    }

    /** The province a place names: itself, or that of the comuni of the name when they are all in one. */
    private Optional<String> provinceOf(Place place) {
        if (place.isProvince()) {
            return place.provinceCode();
        }
        List<String> provinces = place.comuneCodes().stream().map(this::provinceOf).distinct().toList();
        return provinces.size() == 1 ? Optional.of(provinces.get(0)) : Optional.empty();
    }

    private String provinceOf(String comuneCode) {
        return comuni.byCode(comuneCode).map(Comune::provinceCode).orElse("");
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
