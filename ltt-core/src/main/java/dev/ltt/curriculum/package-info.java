/**
 * The shared curriculum: ingest, export, list projects, show a project's template, edit a task. Each use-case is one transaction; commands and results are this package's own records.
 */
package dev.ltt.curriculum;
