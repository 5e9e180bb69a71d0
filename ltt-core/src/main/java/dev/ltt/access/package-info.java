/** Access: roles, principals and tokens (behaviour.md section 9). Doors authenticate with these. */
package dev.ltt.access;
