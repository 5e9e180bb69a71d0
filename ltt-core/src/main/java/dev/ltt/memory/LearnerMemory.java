package dev.ltt.memory;

import java.util.List;

/** What is remembered about a learner: the profile and observations, newest first. */
public record LearnerMemory(String learnerId, Profile profile, List<Observation> observations) {
    public LearnerMemory {
        observations = List.copyOf(observations);
    }
}
