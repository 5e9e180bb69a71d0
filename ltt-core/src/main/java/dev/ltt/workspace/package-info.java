/**
 * A learner's SQL workspace: their own copy of a project's dataset (made by their first submission that changes
 * it, kept with each later one, reset on request) and running queries on it without submitting (the web UI's query
 * box, REST {@code /sql}, MCP {@code run_sql}). Rules and limits: docs/workspace.md.
 */
package dev.ltt.workspace;
