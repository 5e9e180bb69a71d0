package dev.ltt.memory;

import java.time.Instant;

/**
 * One thing an agent noticed about the learner ({@code text}), with where it came from ({@code context},
 * optional). {@code scope} is {@code global} or {@code project}; a project observation names the project by
 * its slug ({@code projectId}) and holds for every version of it.
 */
public record Observation(
        long id, String text, String context, String scope, String projectId, String author, Instant createdAt) {
    public static final String GLOBAL = "global";
    public static final String PROJECT = "project";

    /** An observation as stored: about project {@code slug}, or global when the slug is null. */
    public static Observation stored(long id, String text, String context, String slug, String author, Instant at) {
        return new Observation(id, text, context, slug == null ? GLOBAL : PROJECT, slug, author, at);
    }
}
