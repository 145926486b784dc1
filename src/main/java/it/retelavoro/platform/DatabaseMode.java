package it.retelavoro.platform;

/** Whether the application runs on its own embedded PostgreSQL or on one it was given. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL
}
