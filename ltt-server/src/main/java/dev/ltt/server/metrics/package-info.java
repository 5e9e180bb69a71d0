/**
 * Prometheus metrics of the server ({@code GET /metrics}): HTTP requests labelled by route template, the
 * connection pool, the JVM. Labels never carry ids, tokens or any other value taken from a request.
 */
package dev.ltt.server.metrics;
