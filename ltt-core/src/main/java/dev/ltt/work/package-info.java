/**
 * A learner's work on a task: start, submit, complete, reopen, block / unblock, list submissions. Every write runs in one learner-scoped unit of work.
 */
package dev.ltt.work;
