package it.retelavoro.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Places of birth by cadastral code: the current comuni ({@link Comuni}), the comuni that have ceased since
 * (a person born in Abbadia Alpina keeps {@code A003} in their codice fiscale: taken from the codice-fiscale
 * library's table {@code italia.csv}, which keeps them) and the foreign states ({@link Countries}).
 */
@Service
public class BirthPlaces {

    private final Comuni comuni;
    private final Countries countries;
    private final Map<String, BirthPlace> historicComuni = new HashMap<>();

    BirthPlaces(Comuni comuni, Countries countries) {
        this.comuni = comuni;
        this.countries = countries;
        try (InputStream in = BirthPlaces.class.getClassLoader()
                .getResourceAsStream("it/kamaladafrica/codicefiscale/city/impl/italia.csv")) {
            if (in == null) {
                throw new IllegalStateException("Tabella storica dei comuni assente");
            }
            // The first line is a header of the ANPR archive; the rows have three columns: code, name, province.
            for (CSVRecord row : CSVFormat.DEFAULT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (row.getRecordNumber() == 1 || row.size() < 3) {
                    continue;
                }
                String code = row.get(0).strip().toUpperCase(Locale.ROOT);
                Comune comune = new Comune(code, "", row.get(1).strip(), row.get(2).strip(), "");
                historicComuni.put(code, new BirthPlace(code, comune.label(), false, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<BirthPlace> byCode(String belfioreCode) {
        if (belfioreCode == null || belfioreCode.isBlank()) {
            return Optional.empty();
        }
        String code = belfioreCode.strip().toUpperCase(Locale.ROOT);
        Optional<Comune> current = comuni.byCode(code);
        if (current.isPresent()) {
            return Optional.of(new BirthPlace(code, current.get().label(), false, false));
        }
        Optional<Countries.ForeignState> state = countries.foreignState(code);
        if (state.isPresent()) {
            return Optional.of(new BirthPlace(code, state.get().name(), true, state.get().ceased()));
        }
        return Optional.ofNullable(historicComuni.get(code));
    }

    public boolean exists(String belfioreCode) {
        return byCode(belfioreCode).isPresent();
    }

    public String labelOf(String belfioreCode) {
        return byCode(belfioreCode).map(BirthPlace::label).orElse(belfioreCode);
    }

    /** Current comuni then foreign states matching the query, for the birthplace field of forms. */
    public List<BirthPlace> search(String query, int limit) {
        List<BirthPlace> result = new ArrayList<>();
        comuni.search(query, limit).forEach(comune ->
                result.add(new BirthPlace(comune.belfioreCode(), comune.label(), false, false)));
        String wanted = query == null ? "" : Comuni.fold(query);
        for (Countries.ForeignState state : countries.foreignStates()) {
            if (result.size() >= limit) {
                break;
            }
            if (!wanted.isEmpty() && (Comuni.fold(state.name()).startsWith(wanted)
                    || state.belfioreCode().equalsIgnoreCase(wanted))) {
                result.add(new BirthPlace(state.belfioreCode(), state.name(), true, state.ceased()));
            }
        }
        return result;
    }
}
