package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A catalogue version file that cannot be accepted. Lists every problem found, each one starting with
 * the place in the file it concerns (e.g. {@code servizi.A3.modes[0].minMinutes: deve essere un numero
 * intero non negativo}), in Italian.
 */
public class InvalidCatalogueVersionException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidCatalogueVersionException(String source, List<String> problems) {
        super(message(source, problems));
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("un file non valido ha almeno un problema");
        }
    }

    /** The file (or other origin) the version was read from. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order of the file. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        return "La versione del repertorio " + source + " non è valida (" + problems.size() + " problemi):\n- "
                + String.join("\n- ", problems);
    }
}
