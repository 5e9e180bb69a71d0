package dev.ltt.cohort;

import dev.ltt.instance.CohortFacts;
import dev.ltt.instance.CohortTallyStore;
import dev.ltt.instance.CohortTallyStore.Counts;
import dev.ltt.instance.LearnerView;
import dev.ltt.progress.TreeView;
import dev.ltt.template.BloomLevel;
import dev.ltt.template.LearningObjective;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

/**
 * How well a project version's cohort has mastered its learning objectives, by Bloom level: an objective is
 * achieved by a learner when every leaf under its task is closed by that learner (behaviour.md section 7).
 * Writes nothing.
 *
 * <p>Reads the version's cohort tallies ({@link CohortFacts}): per objective-carrying node, how many learners
 * closed all its leaves, and per level, how many achieved every objective of it, kept up to date by each change in
 * its own transaction. Two statements once the snapshot is cached (the version's key, the tallies); time grows
 * with the nodes, not with learners.
 */
public final class ObjectiveMastery {
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final SnapshotCache snapshots;
    private final CohortTallyStore tallies;

    public ObjectiveMastery(Jdbi jdbi, TemplateStore templates, SnapshotCache snapshots, CohortTallyStore tallies) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.snapshots = snapshots;
        this.tallies = tallies;
    }

    public MasteryView show(String slug, OptionalInt version) {
        return jdbi.withHandle(h -> {
            ProjectSnapshot snapshot = snapshots.get(h, CohortProgress.versionPk(h, templates, slug, version));
            Counts counts = tallies.counts(h, snapshot.project().pk());
            LearnerView baseline = CohortFacts.baseline(snapshot);
            List<Node> carriers = snapshot.nodes().stream()
                    .filter(n -> !n.objectives().isEmpty())
                    .toList();
            int[] achievedBy = new int[carriers.size()];
            for (int i = 0; i < carriers.size(); i++) {
                Node node = carriers.get(i);
                achievedBy[i] = (int) ((baseline.allLeavesClosed(node) ? counts.enrolled() : 0)
                        + counts.beyond(CohortFacts.allLeavesClosed(node)));
            }
            var p = snapshot.project();
            return new MasteryView(
                    new TreeView.ProjectRef(p.slug(), p.version(), p.title()),
                    counts.enrolled(),
                    levels(carriers, achievedBy, counts, baseline),
                    objectives(carriers, achievedBy));
        });
    }

    private static List<MasteryView.Level> levels(
            List<Node> carriers, int[] achievedBy, Counts counts, LearnerView baseline) {
        int learners = counts.enrolled();
        int[] objectives = new int[BloomLevel.values().length];
        long[] achieved = new long[objectives.length];
        boolean[] baselineHasAll = new boolean[objectives.length];
        java.util.Arrays.fill(baselineHasAll, true);
        for (int i = 0; i < carriers.size(); i++) {
            for (LearningObjective o : carriers.get(i).objectives()) {
                objectives[o.level().ordinal()]++;
                achieved[o.level().ordinal()] += achievedBy[i];
                baselineHasAll[o.level().ordinal()] &= baseline.allLeavesClosed(carriers.get(i));
            }
        }
        List<MasteryView.Level> levels = new ArrayList<>();
        for (BloomLevel level : BloomLevel.values()) {
            int l = level.ordinal();
            long possible = (long) objectives[l] * learners;
            double share = possible == 0 ? 0 : Math.round(1000.0 * achieved[l] / possible) / 10.0;
            int withAll = objectives[l] == 0
                    ? 0
                    : (int) ((baselineHasAll[l] ? learners : 0) + counts.beyond(CohortFacts.levelMastered(level)));
            levels.add(new MasteryView.Level(level.key(), objectives[l], achieved[l], possible, share, withAll));
        }
        return levels;
    }

    private static List<MasteryView.Objective> objectives(List<Node> carriers, int[] achievedBy) {
        List<MasteryView.Objective> list = new ArrayList<>();
        for (int i = 0; i < carriers.size(); i++) {
            Node node = carriers.get(i);
            for (LearningObjective o : node.objectives()) {
                list.add(new MasteryView.Objective(
                        node.id(), node.title(), o.level().key(), o.description(), achievedBy[i]));
            }
        }
        return list;
    }
}
