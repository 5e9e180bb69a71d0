/**
 * The MCP door: the tool catalog ({@code dev.ltt.server.tools}) served with the official MCP Java SDK over
 * stdio ({@code ltt mcp --learner ID}) and over streamable HTTP at {@code /mcp} in the server's Jetty, where
 * the learner is the one the bearer token names. The learner is bound by the transport, never an argument.
 */
package dev.ltt.server.mcp;
