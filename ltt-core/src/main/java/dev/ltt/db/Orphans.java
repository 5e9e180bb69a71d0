package dev.ltt.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A postmaster left running by an owner that died without stopping it (SIGKILL, a crash): stop it first. */
final class Orphans {
    private static final Logger log = LoggerFactory.getLogger(Orphans.class);

    private Orphans() {}

    static void stopLeftRunning(Path pgDir) {
        if (!Files.exists(pgDir.resolve("postmaster.pid"))) return;
        Postmaster.pidOf(pgDir)
                // after a reboot the pid may belong to another program: only a postgres process is stopped
                .flatMap(ProcessHandle::of)
                .filter(Orphans::isPostgres)
                .ifPresent(process -> {
                    log.warn("stopping a PostgreSQL (pid {}) left running by an earlier ltt process", process.pid());
                    process.destroy();
                    process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster"))
                .orElse(false);
    }
}
