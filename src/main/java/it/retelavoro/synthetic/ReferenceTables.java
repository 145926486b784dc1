package it.retelavoro.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.core.io.ClassPathResource;

/**
 * The reference data the generator draws from, read from the files the reference module ships: the
 * comuni of Piedmont by province, the ATECO activity codes, the CP2021 occupations.
 */
final class ReferenceTables {

    /** The eight provinces of Piedmont, with their share of the population (per mille) and their capital. */
    static final String[] PROVINCES = {"TO", "CN", "AL", "NO", "AT", "BI", "VC", "VB"};
    private static final int[] PROVINCE_WEIGHTS = {520, 136, 98, 85, 49, 40, 38, 34};
    static final Map<String, String> CAPITALS = Map.of("TO", "L219", "CN", "D205", "AL", "A182", "NO", "F952",
            "AT", "A479", "BI", "A859", "VC", "L750", "VB", "L746");
    static final Map<String, String> PROVINCE_NAMES = Map.of("TO", "Torino", "CN", "Cuneo", "AL", "Alessandria",
            "NO", "Novara", "AT", "Asti", "BI", "Biella", "VC", "Vercelli", "VB", "Verbania");

    private final Map<String, List<String>> comuni = new HashMap<>();
    private final List<String> allComuni = new ArrayList<>();
    private final Map<String, String> provinceOf = new HashMap<>();
    private final List<String> ateco = new ArrayList<>();
    private final List<String> occupations = new ArrayList<>();
    private final Map<String, String> occupationNames = new HashMap<>();
    private final List<String> popularOccupations = new ArrayList<>();

    ReferenceTables() {
        for (String[] row : read("reference/comuni.csv")) {
            provinceOf.put(row[1], row[3]);
            if ("Piemonte".equals(row[4])) {
                comuni.computeIfAbsent(row[3], key -> new ArrayList<>()).add(row[1]);
                allComuni.add(row[1]);
            }
        }
        for (String[] row : read("reference/ateco-2007.csv")) {
            if ("subcategory".equals(row[1])) {
                ateco.add(row[0]);
            }
        }
        for (String[] row : read("reference/cp2021-units.csv")) {
            occupations.add(row[0]);
            occupationNames.put(row[0], row[1]);
            // The jobs most asked for and offered at employment services: groups 4-8 (clerks, sales and
            // services, craft, plant operators, elementary occupations).
            if (row[0].charAt(0) >= '4' && row[0].charAt(0) <= '8') {
                popularOccupations.add(row[0]);
            }
        }
    }

    String province(SplittableRandom random) {
        int roll = random.nextInt(1000);
        for (int i = 0; i < PROVINCES.length; i++) {
            roll -= PROVINCE_WEIGHTS[i];
            if (roll < 0) {
                return PROVINCES[i];
            }
        }
        return "TO";
    }

    /** A comune of the province, the capital a third of the times. */
    String comuneIn(String province, SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            return CAPITALS.get(province);
        }
        List<String> codes = comuni.get(province);
        return codes.get(random.nextInt(codes.size()));
    }

    /** The province of a comune, null for an unknown code. */
    String provinceOf(String comune) {
        return provinceOf.get(comune);
    }

    String anyComune(SplittableRandom random) {
        return allComuni.get(random.nextInt(allComuni.size()));
    }

    String ateco(SplittableRandom random) {
        return ateco.get(random.nextInt(ateco.size()));
    }

    /** An occupation, from the 300 most common ones most of the times, so that supply and demand meet. */
    String occupation(SplittableRandom random) {
        if (random.nextInt(100) < 85) {
            int common = Math.min(300, popularOccupations.size());
            // Squaring skews the draw towards the head of the list: a few occupations are very common.
            double u = random.nextDouble();
            return popularOccupations.get((int) (u * u * common));
        }
        return occupations.get(random.nextInt(occupations.size()));
    }

    String occupationName(String code) {
        String name = occupationNames.getOrDefault(code, code);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                rows.add(split(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** One CSV line, with quoted fields. */
    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
