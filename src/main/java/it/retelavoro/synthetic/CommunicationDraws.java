package it.retelavoro.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The draws of {@link CommunicationsWriter}: contract types, working times and terms with the weights of the
 * region's labour market, the moments communications are sent, and shuffles, from the writer's one random generator
 * (so that the communications stay deterministic). Codes of the CO tables ({@code reference/co/}).
 */
final class CommunicationDraws {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Contract types with a term: fixed term, agency work, internships, collaborations. */
    static final Set<String> FIXED_TERM = Set.of("A.02.00", "A.02.01", "C.01.00", "B.03.00");
    /** Contract types of the hires not from a referral, with their weights: mostly fixed term, as in Piedmont. */
    private static final String[] CONTRACTS = {"A.02.00", "A.01.00", "A.05.02", "A.03.09", "A.02.01", "C.01.00",
        "B.03.00"};
    private static final int[] CONTRACT_WEIGHTS = {50, 17, 8, 7, 6, 5, 3};
    private static final String[] WORKING_TIMES = {"F", "P", "V", "M"};
    private static final int[] WORKING_TIME_WEIGHTS = {68, 27, 3, 2};
    /** Days of a fixed term: up to a month, three, six, twelve, twenty-four. */
    private static final int[] TERM_DAYS = {30, 90, 180, 365, 730};
    private static final int[] TERM_WEIGHTS = {15, 30, 30, 20, 5};

    private final SplittableRandom random;
    private final LocalDate today;

    /**
     * @param random the writer's generator
     * @param today  nothing is sent after it
     */
    CommunicationDraws(SplittableRandom random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    String contract() {
        return weighted(CONTRACTS, CONTRACT_WEIGHTS);
    }

    String workingTime() {
        return weighted(WORKING_TIMES, WORKING_TIME_WEIGHTS);
    }

    /** Intermittent work and collaborations have no set hours; apprentices and interns work full time mostly. */
    String workingTime(String contract) {
        return switch (contract) {
            case "A.05.02", "B.03.00" -> "N";
            case "A.03.09", "C.01.00" -> random.nextInt(100) < 85 ? "F" : "P";
            default -> workingTime();
        };
    }

    /** The days of a fixed term. */
    int term() {
        int upTo = TERM_DAYS[weightedIndex(TERM_WEIGHTS)];
        return 7 + random.nextInt(upTo);
    }

    /** A time of the working day on the day, in Italy. */
    OffsetDateTime sentOn(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(600)).plusSeconds(random.nextInt(60)))
                .atZone(ROME).toOffsetDateTime();
    }

    boolean sentAfterToday(OffsetDateTime sent) {
        return sent.atZoneSameInstant(ROME).toLocalDate().isAfter(today);
    }

    /** A time of the working day {@code days} after the day of {@code sent}. */
    OffsetDateTime later(OffsetDateTime sent, int days) {
        return sentOn(sent.atZoneSameInstant(ROME).toLocalDate().plusDays(days));
    }

    /** The numbers from 0 to {@code size - 1} in a random order. */
    int[] shuffled(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private String weighted(String[] values, int[] weights) {
        return values[weightedIndex(weights)];
    }

    private int weightedIndex(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
