/**
 * What a learner sees: the ready list, the tree, progress, one task in detail, the agent's context. Reads write nothing.
 */
package dev.ltt.progress;
