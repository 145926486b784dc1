package it.retelavoro.platform.database;

/**
 * Whether the current thread serves an analysts' report ({@link it.retelavoro.shared.ReportReads}): set and cleared
 * around the handler by the web layer, read when a read-only transaction takes its connection.
 */
public final class ReportReadScope {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private ReportReadScope() {
    }

    public static void enter() {
        ACTIVE.set(Boolean.TRUE);
    }

    public static void leave() {
        ACTIVE.remove();
    }

    public static boolean active() {
        return ACTIVE.get() != null;
    }
}
