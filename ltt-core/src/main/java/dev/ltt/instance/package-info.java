/**
 * The instance layer: one learner's state (progress, submissions, validations, notes, comments, help, events).
 * The only package that knows about learners; every query here is scoped by {@code learner_id}.
 */
package dev.ltt.instance;
