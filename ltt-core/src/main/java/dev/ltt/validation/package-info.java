/**
 * Validators: the pluggable judges of submissions, chosen by the specs in a task's template data
 * ({@link dev.ltt.validation.ValidatorRegistry}), one class per built-in type ({@link dev.ltt.validation.Validators}),
 * and the SQL sandbox the sql_result validator runs learners' queries in. Nothing here touches the LTT database.
 * The specs and their feedback are described in {@code docs/validators.md}.
 */
package dev.ltt.validation;
