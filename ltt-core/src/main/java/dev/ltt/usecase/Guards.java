package dev.ltt.usecase;

import dev.ltt.error.BlockedException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.Status;
import dev.ltt.instance.TaskState;
import dev.ltt.template.ProjectSnapshot;
import java.util.List;

/** The checks several state changes share, each failing with words that say what to do instead. */
public final class Guards {
    public static final int MAX_REASON = 2000;

    private Guards() {}

    /** The task must be open or in progress and not effectively blocked. */
    public static void requireWorkable(TaskState state, ProjectSnapshot snapshot) {
        if (state.status() == Status.CLOSED) {
            throw new InvalidStateException("task " + state.id() + " is already closed: reopen it (go_back) with a "
                    + "reason to work on it again");
        }
        if (state.status() == Status.BLOCKED) throw blocked(state, snapshot);
    }

    public static BlockedException blocked(TaskState state, ProjectSnapshot snapshot) {
        if (state.blockedBy().isEmpty()) {
            return new BlockedException(
                    "task " + state.id() + " is parked: " + state.reason() + "; unblock it first", List.of());
        }
        List<String> titles = state.blockedBy().stream()
                .map(id -> id + " \"" + snapshot.node(id).orElseThrow().title() + "\"")
                .toList();
        return new BlockedException(
                "task " + state.id() + " is blocked until these are closed: " + String.join(", ", titles),
                state.blockedBy());
    }

    /** A reason that must be given (reopen, block): present, not blank, not huge. */
    public static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "give a reason: it is kept in the learner's history");
        }
        return optionalReason(reason);
    }

    public static String optionalReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "keep the reason under " + MAX_REASON + " characters");
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Free text a user writes (comment, message, answer, note): required, not blank, at most {@code max}. */
    public static String text(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(path, path + " is required and cannot be blank");
        }
        if (value.length() > max) {
            throw new InvalidInputException(path, path + " is limited to " + max + " characters; shorten it");
        }
        return value;
    }

    /** A page size between 1 and {@code max}. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) throw new InvalidInputException("limit", "limit must be between 1 and " + max);
        return limit;
    }

    public static String actor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("an actor (who makes the change) is required");
        }
        return actor;
    }
}
