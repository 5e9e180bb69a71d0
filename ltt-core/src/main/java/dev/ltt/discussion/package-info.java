/**
 * What people write around a task: comments (private and shared), help requests, notes, and the learner's event history.
 */
package dev.ltt.discussion;
