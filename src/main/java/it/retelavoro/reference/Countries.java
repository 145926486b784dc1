package it.retelavoro.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Countries (ISO 3166-1 alpha-2, as {@link Locale#getISOCountries()} lists them, named in the reader's
 * language by the JDK) and foreign states as the codice fiscale names them (cadastral "Z" codes).
 *
 * <p>The alpha-2 to Z-code mapping and the EU membership come from the ISTAT table of foreign states
 * that the codice-fiscale library ships ({@code it/kamaladafrica/codicefiscale/city/impl/esteri.csv},
 * columns "Codice AT", "Codice ISO 3166 alpha2" and "Codice Area" 11 = Unione europea), plus its table of
 * ceased states ({@code esteri-cessati.csv}: USSR, Czechoslovakia, ...) for persons born there.
 */
@Service
public class Countries {

    private static final String LIBRARY_TABLES = "it/kamaladafrica/codicefiscale/city/impl/";
    private static final Pattern Z_CODE = Pattern.compile("Z\\d{3}");

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, ForeignState> statesByBelfiore = new LinkedHashMap<>();

    Countries() {
        List<ForeignState> current = read(LIBRARY_TABLES + "esteri.csv", false);
        List<ForeignState> ceased = read(LIBRARY_TABLES + "esteri-cessati.csv", true);
        Map<String, ForeignState> byAlpha2 = new LinkedHashMap<>();
        for (ForeignState state : current) {
            statesByBelfiore.putIfAbsent(state.belfioreCode(), state);
            if (state.alpha2() != null) {
                byAlpha2.putIfAbsent(state.alpha2(), state);
            }
        }
        ceased.forEach(state -> statesByBelfiore.putIfAbsent(state.belfioreCode(), state));
        for (String code : Locale.getISOCountries()) {
            ForeignState state = byAlpha2.get(code);
            boolean eu = code.equals("IT") || (state != null && state.europeanUnion());
            byCode.put(code, new Country(code, Optional.ofNullable(state).map(ForeignState::belfioreCode), eu));
        }
    }

    /**
     * A foreign state as the ISTAT table of the codice fiscale lists it.
     *
     * @param belfioreCode  the cadastral code, {@code Z...}
     * @param name          the Italian name, as ISTAT writes it
     * @param alpha2        ISO 3166-1 alpha-2 when ISTAT gives it, else null
     * @param europeanUnion whether ISTAT places it in the area "Unione europea"
     * @param ceased        whether the state no longer exists (USSR, ...)
     */
    public record ForeignState(String belfioreCode, String name, String alpha2, boolean europeanUnion,
            boolean ceased) {
    }

    private static List<ForeignState> read(String resource, boolean ceased) {
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Tabella degli stati esteri assente: " + resource);
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get();
            List<ForeignState> states = new ArrayList<>();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String belfiore = row.get(9).strip();
                if (!Z_CODE.matcher(belfiore).matches()) {
                    continue;
                }
                String alpha2 = row.get(11).strip();
                states.add(new ForeignState(belfiore, row.get(6).strip(),
                        alpha2.matches("[A-Z]{2}") ? alpha2 : null, "11".equals(row.get(3).strip()), ceased));
            }
            return states;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Country> byCode(String alpha2) {
        return alpha2 == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(alpha2.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String alpha2) {
        return byCode(alpha2).isPresent();
    }

    /** The country's name in the given language ("Marocco"), or the code when unknown. */
    public String nameOf(String alpha2, Locale locale) {
        return byCode(alpha2).map(country -> new Locale("", country.code()).getDisplayCountry(locale))
                .orElse(alpha2);
    }

    /** Every country, sorted by its name in the given language. */
    public List<Country> all(Locale locale) {
        List<Country> sorted = new ArrayList<>(byCode.values());
        sorted.sort(Comparator.comparing(country -> Comuni.fold(nameOf(country.code(), locale))));
        return sorted;
    }

    /** A foreign state by its cadastral code ({@code Z330}), ceased ones included. */
    public Optional<ForeignState> foreignState(String belfioreCode) {
        return belfioreCode == null ? Optional.empty()
                : Optional.ofNullable(statesByBelfiore.get(belfioreCode.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every foreign state with a cadastral code, current first, by name. */
    public List<ForeignState> foreignStates() {
        List<ForeignState> sorted = new ArrayList<>(statesByBelfiore.values());
        sorted.sort(Comparator.comparing(ForeignState::ceased).thenComparing(state -> Comuni.fold(state.name())));
        return sorted;
    }
}
