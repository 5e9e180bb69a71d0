package dev.ltt.template;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a learner can do once every leaf under the objective's task is closed; {@code extra} keeps unknown keys. */
public record LearningObjective(BloomLevel level, String description, ObjectNode extra) {}
