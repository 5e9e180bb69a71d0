/**
 * The plumbing every feature package's use-cases share: how a learner's state is reached
 * ({@link dev.ltt.usecase.ProjectAccess}), the learner-scoped unit of work for writes, the common checks
 * ({@link dev.ltt.usecase.Guards}), the generated closing notes, and {@link dev.ltt.usecase.UseCases}, which wires
 * every use-case once. The doors reach use-cases through {@code Ltt.use()}.
 */
package dev.ltt.usecase;
