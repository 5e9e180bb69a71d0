/**
 * The LTI platforms LTT trusts: registrations and deployments (manual and dynamic), the tool's own key pair
 * and its rotation, the platforms' cached JWKS and service tokens, LTT's HTTP calls to a platform, and the
 * course rosters (NRPS). Configuration rows, not per learner.
 */
package dev.ltt.lti.platforms;
