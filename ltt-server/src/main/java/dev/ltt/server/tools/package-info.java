/**
 * The agent tools (interfaces.md section 3): each tool's name, description for a model, input and output JSON
 * Schemas, and a call into one use-case for a learner bound by the door. Transport-neutral: the MCP server
 * ({@code dev.ltt.server.mcp}) and the plain function-calling REST endpoints both serve this one catalog.
 */
package dev.ltt.server.tools;
