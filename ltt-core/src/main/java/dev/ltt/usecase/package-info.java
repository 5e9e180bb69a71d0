/**
 * One class per thing a user does. Every door (CLI, REST, MCP, web) calls these; each call is one transaction.
 */
package dev.ltt.usecase;
