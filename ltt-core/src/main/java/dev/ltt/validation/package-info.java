/**
 * Validators: the pluggable judges of submissions, chosen by the specs in a task's template data.
 */
package dev.ltt.validation;
