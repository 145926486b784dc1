package it.retelavoro.employer;

/**
 * The size of a company by its employees (EU Recommendation 2003/361), vocabulary {@code size-classes}:
 * micro under 10, small under 50, medium under 250, large from 250.
 */
public enum SizeClass {
    MICRO(0), SMALL(10), MEDIUM(50), LARGE(250);

    private final int fromEmployees;

    SizeClass(int fromEmployees) {
        this.fromEmployees = fromEmployees;
    }

    /** The class of a company with this many employees. */
    public static SizeClass ofEmployees(int employees) {
        if (employees < 0) {
            throw new IllegalArgumentException("employees < 0: " + employees);
        }
        SizeClass result = MICRO;
        for (SizeClass size : values()) {
            if (employees >= size.fromEmployees) {
                result = size;
            }
        }
        return result;
    }

    public String labelKey() {
        return "employer.size-class." + name();
    }
}
