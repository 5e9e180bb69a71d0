package dev.ltt.validation;

import java.util.Optional;

/**
 * A learner's own copy of a project's dataset, as a submission brings it to the validator: the copy the learner's
 * earlier changes left, in its stored form (the pages that differ from the dataset, as the validator produced it),
 * or empty while they have changed nothing (then the dataset as shipped is their copy). Read lazily, so tasks
 * without SQL never load it.
 */
@FunctionalInterface
public interface LearnerCopy {
    Optional<byte[]> image();
}
