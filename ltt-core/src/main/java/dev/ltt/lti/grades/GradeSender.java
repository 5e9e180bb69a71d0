package dev.ltt.lti.grades;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.lti.platforms.PlatformHttp;
import dev.ltt.lti.platforms.PlatformTokens;
import dev.ltt.lti.platforms.Registration;
import dev.ltt.lti.platforms.RegistrationStore;
import dev.ltt.lti.platforms.RosterSync;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued scores to the platforms in the background: claims due rows (several servers never send one row
 * at once), posts each to its line item's {@code /scores} with a token from the client-credentials grant, and
 * marks it sent or failed. A failure is retried with exponential backoff (1 s doubling, at most 10 minutes)
 * for as long as it takes, across restarts: the state is all in the outbox. A learner never waits for this.
 * The same background thread fetches course rosters ({@link RosterSync}).
 */
public final class GradeSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GradeSender.class);
    public static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    public static final Duration LAST_RETRY = Duration.ofMinutes(10);
    private final Jdbi jdbi;
    private final ScoreOutbox outbox;
    private final RegistrationStore registrations;
    private final PlatformTokens tokens;
    private final PlatformHttp http;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private RosterSync rosters;

    public GradeSender(
            Jdbi jdbi,
            ScoreOutbox outbox,
            RegistrationStore registrations,
            PlatformTokens tokens,
            PlatformHttp http,
            Clock clock) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.registrations = registrations;
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    /** Starts sending, looking for due scores every {@code interval}. */
    public synchronized void start(Duration interval) {
        if (executor != null) return;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ltt-grade-sender");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::sweepSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is due now; returns how many were attempted. */
    public int sweep() {
        int attempted = 0;
        List<ScoreOutbox.Due> due;
        do {
            Instant now = clock.instant();
            due = jdbi.inTransaction(h -> outbox.claimDue(h, now, 20));
            for (ScoreOutbox.Due d : due) send(d);
            attempted += due.size();
        } while (due.size() == 20 && attempted < 1000);
        return attempted;
    }

    /** Also fetches course rosters on the same background thread. */
    public void alsoSync(RosterSync rosters) {
        this.rosters = rosters;
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("grade passback sweep failed: {}", e.getMessage());
        }
        try {
            if (rosters != null) rosters.sweep();
        } catch (RuntimeException e) {
            log.warn("roster sync failed: {}", e.getMessage());
        }
    }

    private void send(ScoreOutbox.Due due) {
        Optional<Registration> registration = jdbi.withHandle(h -> registrations.find(h, due.registrationId()));
        if (registration.isEmpty()) {
            fail(due, "the platform's registration was removed");
            return;
        }
        Registration r = registration.get();
        try {
            String token = tokens.token(r, Ags.SCOPE_SCORE);
            PlatformHttp.Answer answer =
                    http.postJson(Ags.scoresUrl(due.lineItem()), Ags.SCORE_TYPE, score(due), token);
            if (answer.ok()) {
                jdbi.useTransaction(h -> outbox.sent(h, due, clock.instant()));
                return;
            }
            if (answer.status() == 401) tokens.forget(r, Ags.SCOPE_SCORE);
            fail(due, "the platform answered " + answer.status() + snippet(answer.body()));
        } catch (PlatformHttp.PlatformException e) {
            fail(due, e.getMessage());
        }
    }

    private void fail(ScoreOutbox.Due due, String error) {
        long factor = 1L << Math.min(20, due.attempts());
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        if (wait.compareTo(LAST_RETRY) > 0) wait = LAST_RETRY;
        Instant retry = clock.instant().plus(wait);
        String message = error.length() > 500 ? error.substring(0, 500) : error;
        jdbi.useTransaction(h -> outbox.failed(h, due, message, retry));
        log.info(
                "grade passback for learner {} failed (attempt {}), retrying in {} s: {}",
                due.learnerId(),
                due.attempts() + 1,
                wait.toSeconds(),
                message);
    }

    private static String score(ScoreOutbox.Due due) {
        ObjectNode score = Json.MAPPER.createObjectNode();
        score.put("userId", due.sub());
        score.put("scoreGiven", due.scoreGiven());
        score.put("scoreMaximum", due.scoreMaximum());
        score.put("activityProgress", due.activityProgress());
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", Ags.timestamp(due.timestamp()));
        return score.toString();
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) return "";
        String flat = body.replaceAll("\\s+", " ").strip();
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) : flat);
    }

    @Override
    public synchronized void close() {
        if (executor == null) return;
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
