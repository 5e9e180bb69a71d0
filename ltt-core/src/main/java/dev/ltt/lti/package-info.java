/**
 * LTI 1.3 Advantage, the tool side (behaviour section 11): the OIDC login and launch with their id_token
 * validation, the login state (in PostgreSQL, bound to the browser by a cookie or the platform's storage), the
 * mapping of platform users to learners, and deep linking. Platform registrations, keys and rosters are in
 * {@code dev.ltt.lti.platforms}, grade passback in {@code dev.ltt.lti.grades}. Doors call the use-cases wired
 * in {@link dev.ltt.lti.Lti}.
 */
package dev.ltt.lti;
