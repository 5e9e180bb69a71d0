/**
 * What agents remember about a learner (behaviour section 12): a profile patched field by field, and short
 * observations, global or about one project (by slug, so they outlive its versions). Instance layer only:
 * every row is keyed by learner id first. The learner reads and deletes all of it; the agent context shows
 * the profile and the latest observations.
 */
package dev.ltt.memory;
