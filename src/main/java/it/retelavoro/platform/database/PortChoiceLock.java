package it.retelavoro.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instances starting at the same moment on one machine choose their ports one at a time: each sees the
 * port of the one before it already taken, instead of both starting on the same free port and one of
 * them finding the other's server there. A file lock in the temporary directory spans the processes
 * (the system releases it if a process dies); where that file cannot be used, the start goes on without
 * it, and the check of the data directory after the start still keeps a stranger's server out.
 */
final class PortChoiceLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PortChoiceLock.class);
    private static final String FILE_NAME = "retelavoro-embedded-postgres.lock";
    /** File locks are per process: threads of one process wait here first. */
    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

    private final FileChannel channel;

    private PortChoiceLock(FileChannel channel) {
        this.channel = channel;
    }

    static PortChoiceLock acquire() {
        IN_THIS_PROCESS.lock();
        Path file = Path.of(System.getProperty("java.io.tmpdir"), FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = channel.lock();
            return new PortChoiceLock(channel);
        } catch (IOException | RuntimeException unusable) {
            log.debug("Scelta della porta senza il lock di macchina {}: {}", file, unusable.getMessage());
            closeQuietly(channel);
            return new PortChoiceLock(null);
        }
    }

    @Override
    public void close() {
        try {
            closeQuietly(channel); // closing the channel releases its lock
        } finally {
            IN_THIS_PROCESS.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Chiusura del lock di macchina non riuscita: {}", e.getMessage());
        }
    }
}
