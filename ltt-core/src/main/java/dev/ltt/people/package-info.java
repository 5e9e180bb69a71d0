/**
 * Learners and who is asking: create and list learners, issue, list and revoke tokens (with their last use),
 * authenticate a bearer token through the token cache that keeps authentication off the database.
 */
package dev.ltt.people;
