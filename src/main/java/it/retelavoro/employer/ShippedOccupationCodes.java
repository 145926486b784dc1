package it.retelavoro.employer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CP2021 units shipped with the application ({@code reference/cp2021-units.csv}, 813 units; see
 * {@code reference/SOURCES.md} for the origin and caveats of the names). Codes are authoritative; some
 * names are CP2011 wording or truncated, so pages show the code beside the name.
 */
@Component
class ShippedOccupationCodes implements OccupationCodes {

    private final Map<String, String> names;

    ShippedOccupationCodes() {
        try (InputStream in = new ClassPathResource("reference/cp2021-units.csv").getInputStream()) {
            Map<String, String> index = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                index.put(row.get("code").strip(), row.get("name").strip());
            }
            this.names = Collections.unmodifiableMap(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String code) {
        return code != null && FORMAT.matcher(code.strip()).matches() && names.containsKey(code.strip());
    }

    @Override
    public Optional<String> name(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(names.get(code.strip()));
    }
}
