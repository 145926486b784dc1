package it.retelavoro.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * The port of one data directory's server. The configured port is only a wish: a port another process
 * listens on (another instance's PostgreSQL, any other program) is never used, and the port chosen
 * instead is remembered in the data directory, so that the next start of the same directory finds it
 * again while the configured one is still taken.
 */
final class EmbeddedServerPort {

    static final String FILE_NAME = "retelavoro-port.properties";
    private static final int FREE_PORT_ATTEMPTS = 20;

    private final Path file;
    private final int configured;
    private final Set<Integer> refused = new LinkedHashSet<>();

    EmbeddedServerPort(Path dataDirectory, int configured) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.configured = configured;
    }

    /** The port to start on: the one remembered for this configuration, else the configured one, else a free one. */
    int next() {
        List<Integer> wishes = new ArrayList<>();
        remembered().ifPresent(wishes::add);
        if (configured > 0) {
            wishes.add(configured);
        }
        for (int wish : wishes) {
            if (!refused.contains(wish) && isFree(wish)) {
                return wish;
            }
        }
        return freePort();
    }

    /** Not to be tried again in this start: something else answered on it. */
    void refuse(int port) {
        refused.add(port);
    }

    /** Records the port the server of this directory runs on, when it is not simply the configured one. */
    void remember(int port) {
        try {
            if (port == configured) {
                Files.deleteIfExists(file);
                return;
            }
            Properties properties = new Properties();
            properties.setProperty("configured", Integer.toString(configured));
            properties.setProperty("port", Integer.toString(port));
            Path written = file.resolveSibling(FILE_NAME + ".new");
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(out, "Porta del PostgreSQL embedded di questa directory: quella configurata era occupata");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossibile registrare la porta in " + file, e);
        }
    }

    /** A remembered port counts only while the configuration it replaced is unchanged. */
    private OptionalInt remembered() {
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            if (Integer.parseInt(properties.getProperty("configured", "-1")) != configured) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(properties.getProperty("port", "")));
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

    private int freePort() {
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("Nessuna porta libera per PostgreSQL embedded", e);
            }
            if (!refused.contains(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("Nessuna porta libera per PostgreSQL embedded dopo "
                + FREE_PORT_ATTEMPTS + " tentativi");
    }

    /**
     * Whether PostgreSQL, listening on {@code localhost}, could bind the port on every loopback address
     * it would use. Binding (never connecting) is how a stranger is recognised without talking to it.
     */
    static boolean isFree(int port) {
        for (InetAddress address : usableLocalhostAddresses()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true); // as PostgreSQL does, so a port in TIME_WAIT counts as free
                socket.bind(new InetSocketAddress(address, port), 1);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    /** The addresses {@code localhost} names that this machine can listen on (IPv6 may be off). */
    private static List<InetAddress> usableLocalhostAddresses() {
        List<InetAddress> usable = new ArrayList<>();
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName("localhost");
        } catch (IOException e) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        for (InetAddress address : all) {
            try (ServerSocket socket = new ServerSocket(0, 1, address)) {
                usable.add(address);
            } catch (IOException notAvailable) {
                // an address family this machine does not offer: PostgreSQL skips it too
            }
        }
        return usable.isEmpty() ? List.of(InetAddress.getLoopbackAddress()) : usable;
    }
}
