package it.retelavoro.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a JVM of its own, so that a test can kill it with SIGKILL. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the child's log has a line containing {@code marker}. */
    public static void awaitLine(Path log, String marker, int seconds) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains(marker)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The child JVM did not print " + marker + " within " + seconds + " s: "
                + (Files.exists(log) ? Files.readString(log) : "no output"));
    }
}
