/**
 * The API described: the hand-kept OpenAPI 3.1 document ({@code openapi/openapi.yaml}, served as JSON at
 * {@code /openapi.json}) and Swagger UI at {@code /docs}, served from the {@code org.webjars:swagger-ui} jar.
 * A test compares the document with the routes the server registers, both ways.
 */
package dev.ltt.server.docs;
