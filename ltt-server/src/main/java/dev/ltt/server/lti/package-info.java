/**
 * The LTI 1.3 door: the tool endpoints a platform and a browser call ({@code /lti/...}, public by nature: each
 * checks what it receives, signatures and single-use state, instead of a bearer token) and the admin REST routes
 * under {@code /api/v1/lti}. Each handler parses, calls one use-case of {@link dev.ltt.lti.Lti}, renders.
 */
package dev.ltt.server.lti;
