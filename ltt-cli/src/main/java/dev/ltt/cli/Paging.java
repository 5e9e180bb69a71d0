package dev.ltt.cli;

import picocli.CommandLine.Option;

/** The page of a list command: how many, after how many. The use-case checks the bounds. */
public final class Paging {
    @Option(names = "--limit", defaultValue = "100", description = "At most this many (1 to 1000; default 100).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;
}
