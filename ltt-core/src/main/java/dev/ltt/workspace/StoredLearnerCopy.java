package dev.ltt.workspace;

import dev.ltt.error.ConflictException;
import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.validation.LearnerCopy;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A learner's own copy of a project's dataset as a submission reads it (once, on first need) and keeps what the
 * submission's SQL changed. {@link #keep} runs in the transaction that records the submission, so the copy changes
 * exactly when the submission is recorded; it refuses a copy that changed since it was read, so the copy may be
 * read in that transaction ({@link #StoredLearnerCopy(Handle, LearnerDatabaseStore, String, String)}) or before
 * it, when validation runs ahead of the learner's lock ({@link #beforeRecording}). Not thread-safe: one per
 * submission.
 */
public final class StoredLearnerCopy implements LearnerCopy {
    private final Supplier<Optional<LearnerDatabaseStore.Stored>> reader;
    private final LearnerDatabaseStore store;
    private final String learnerId;
    private final String slug;
    private LearnerDatabaseStore.Stored read;
    private boolean loaded;

    /** Reads the copy on {@code handle}, the transaction that will record the submission. */
    public StoredLearnerCopy(Handle handle, LearnerDatabaseStore store, String learnerId, String slug) {
        this(() -> store.find(handle, learnerId, slug), store, learnerId, slug);
    }

    private StoredLearnerCopy(
            Supplier<Optional<LearnerDatabaseStore.Stored>> reader,
            LearnerDatabaseStore store,
            String learnerId,
            String slug) {
        this.reader = reader;
        this.store = store;
        this.learnerId = learnerId;
        this.slug = slug;
    }

    /** Reads the copy in a short transaction of its own, before the one that records the submission. */
    public static StoredLearnerCopy beforeRecording(
            Jdbi jdbi, LearnerDatabaseStore store, String learnerId, String slug) {
        return new StoredLearnerCopy(
                () -> jdbi.withHandle(h -> store.find(h, learnerId, slug)), store, learnerId, slug);
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
            read = reader.get().orElse(null);
            loaded = true;
        }
    }
}
