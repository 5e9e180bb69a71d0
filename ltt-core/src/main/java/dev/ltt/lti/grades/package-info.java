/**
 * LTI grade passback (AGS): line items found or created per resource link, scores queued in the progress
 * change's own transaction into a durable outbox (coalesced per learner and line item), and the background
 * sender with its retries. Rows are per learner and lead with {@code learner_id}.
 */
package dev.ltt.lti.grades;
