package it.retelavoro.platform;

/**
 * Whether this installation seeds the demo network and its history on an empty database: by default on
 * the embedded database and never on an external one, unless {@code retelavoro.demo-data} says otherwise.
 */
public record DemoData(boolean enabled) {
}
