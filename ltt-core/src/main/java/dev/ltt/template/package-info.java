/**
 * The template layer: curricula shared by every learner (projects, the task tree, dependencies, objectives,
 * instructors' shared comments), their ingestion, checks and export. Holds no status and knows nothing of
 * learners (ADR-001).
 */
package dev.ltt.template;
