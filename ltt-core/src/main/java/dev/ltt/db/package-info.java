/**
 * Opening the database: the embedded PostgreSQL in the data dir (one owner process, others join it) or an
 * external one by URL, the connection pool, and the Flyway migrations.
 */
package dev.ltt.db;
