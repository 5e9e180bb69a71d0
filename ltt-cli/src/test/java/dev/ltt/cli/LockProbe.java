package dev.ltt.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a child JVM: prints {@code held} when some process holds the data dir's {@code ltt.lock},
 * {@code free} otherwise. Usage: {@code LockProbe DATA_DIR}.
 */
public final class LockProbe {
    private LockProbe() {}

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(
                Path.of(args[0]).resolve("ltt.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.out.println(lock == null ? "held" : "free");
            if (lock != null) lock.release();
        }
    }
}
