/**
 * What instructors see across learners: cohort progress, stuck learners, objective mastery, the help queue.
 */
package dev.ltt.cohort;
