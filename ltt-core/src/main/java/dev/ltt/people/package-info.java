/**
 * Learners and who is asking: create and list learners, issue tokens, authenticate a bearer token.
 */
package dev.ltt.people;
