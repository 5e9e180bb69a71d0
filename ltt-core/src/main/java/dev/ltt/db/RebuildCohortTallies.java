package dev.ltt.db;

import dev.ltt.instance.CohortTallyRebuild;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * A Java migration that fills the cohort tallies from every enrolled learner's progress rows, in the shape the
 * code of this build writes. It runs as V28, after V27 gave the tallies one row per change; V21 first filled them
 * (one row per fact) and does nothing now: code cannot write a table's older shape, so the only rebuild is the one
 * after the last change of shape.
 */
final class RebuildCohortTallies implements JavaMigration {
    private final String version;
    private final boolean rebuilds;

    private RebuildCohortTallies(String version, boolean rebuilds) {
        this.version = version;
        this.rebuilds = rebuilds;
    }

    /** V21: superseded by V28 (kept so that databases which ran it still match the migrations they applied). */
    static RebuildCohortTallies first() {
        return new RebuildCohortTallies("21", false);
    }

    static RebuildCohortTallies afterOneRowPerChange() {
        return new RebuildCohortTallies("28", true);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return rebuilds ? "rebuild cohort tallies" : "fill cohort tallies";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        if (!rebuilds) return;
        Handle h = Jdbi.create(context.getConnection())
                .installPlugin(new PostgresPlugin())
                .open();
        CohortTallyRebuild.rebuildAll(h);
        // the connection belongs to Flyway, which commits it
    }
}
