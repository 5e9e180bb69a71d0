package dev.ltt.validation;

import java.util.Optional;

/**
 * A learner's own copy of a project's dataset, as a submission brings it to the validator: the SQLite image the
 * learner's earlier changes left, or empty while they have changed nothing (then the dataset as shipped is their
 * copy). Read lazily, so tasks without SQL never load it.
 */
@FunctionalInterface
public interface LearnerCopy {
    Optional<byte[]> image();
}
