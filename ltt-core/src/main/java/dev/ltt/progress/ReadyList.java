package dev.ltt.progress;

import java.util.List;

/** The first {@code limit} ready tasks and how many there are in all. */
public record ReadyList(List<ReadyTask> tasks, int totalReady) {}
