/** The shared JSON configuration: snake_case names for every record the doors render. */
package dev.ltt.json;
