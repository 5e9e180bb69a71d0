/**
 * People and their access: learners, tokens (issue, list, revoke, last use) and authentication, with the
 * token cache that keeps authentication off the database.
 */
package dev.ltt.people;
