package dev.ltt.workspace;

import dev.ltt.error.ConflictException;
import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.validation.LearnerCopy;
import org.jdbi.v3.core.Handle;

import java.util.Optional;

/**
 * A learner's own copy of a project's dataset as a submission reads it (once, on first need) and keeps what the
 * submission's SQL changed. {@link #keep} runs in the transaction that records the submission, so the copy changes
 * exactly when the submission is recorded; it refuses a copy that changed since it was read. Not thread-safe: one
 * per submission.
 */
public final class StoredLearnerCopy implements LearnerCopy {
    private final Handle handle;
    private final LearnerDatabaseStore store;
    private final String learnerId;
    private final String slug;
    private LearnerDatabaseStore.Stored read;
    private boolean loaded;

    public StoredLearnerCopy(Handle handle, LearnerDatabaseStore store, String learnerId, String slug) {
        this.handle = handle;
        this.store = store;
        this.learnerId = learnerId;
        this.slug = slug;
    }

    @Override
    public Optional<byte[]> image() {
        load();
        return Optional.ofNullable(read).map(LearnerDatabaseStore.Stored::image);
    }

    /** Stores {@code image} as the learner's copy, on the same handle; nothing when {@code image} is null. */
    public void keep(Handle h, byte[] image) {
        if (image == null) return;
        load();
        if (!store.save(h, learnerId, slug, read == null ? 0 : read.version(), image)) {
            throw new ConflictException("your database for " + slug + " changed while this submission was being "
                    + "checked (another submission of yours, or a reset): submit again");
        }
    }

    private void load() {
        if (!loaded) {
            read = store.find(handle, learnerId, slug).orElse(null);
            loaded = true;
        }
    }
}
