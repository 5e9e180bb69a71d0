package dev.ltt.people;

import java.time.Instant;

/** Someone working through curricula, as the doors show them. */
public record Learner(String id, String name, String email, Instant createdAt) {

    static Learner of(dev.ltt.instance.Learner row) {
        return new Learner(row.id(), row.name(), row.email(), row.createdAt());
    }
}
