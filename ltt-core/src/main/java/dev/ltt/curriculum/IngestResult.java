package dev.ltt.curriculum;

import java.util.List;

/**
 * What an ingest did: the project version, its counts ({@code taskCount} includes the project node),
 * warnings, and whether it stored a new version ({@code created}) or found the identical one already there.
 */
public record IngestResult(
        String projectId,
        int version,
        String title,
        int taskCount,
        int leafCount,
        int objectiveCount,
        List<String> warnings,
        boolean created,
        boolean dryRun) {}
