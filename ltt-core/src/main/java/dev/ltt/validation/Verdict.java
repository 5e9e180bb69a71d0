package dev.ltt.validation;

/** The combined judgement of every validator a task names, as stored in a validation row. */
public record Verdict(boolean passed, double grade, String feedback, String validator) {
}
