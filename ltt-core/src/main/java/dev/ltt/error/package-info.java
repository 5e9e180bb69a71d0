/** The domain errors shared by every door; each door maps them once (exit code, HTTP status, tool error). */
package dev.ltt.error;
