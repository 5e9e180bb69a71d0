/**
 * The web door: server-rendered pages for learners ({@code /learn}) and instructors ({@code /teach}), signed in
 * with a token kept in an HttpOnly cookie. Handlers are thin: check who is asking, call use-cases, build a view
 * record and render it with a precompiled JTE template (HTML-escaped by default). Curriculum Markdown goes
 * through {@link dev.ltt.server.web.Markdown}, which lets no HTML or script through. See docs/web-ui.md.
 */
package dev.ltt.server.web;
