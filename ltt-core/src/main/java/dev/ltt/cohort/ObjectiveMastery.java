package dev.ltt.cohort;

import dev.ltt.progress.TreeView;
import dev.ltt.instance.CohortStore;
import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.Status;
import dev.ltt.template.BloomLevel;
import dev.ltt.template.LearningObjective;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How well a project version's cohort has mastered its learning objectives, by Bloom level: an objective is
 * achieved by a learner when every leaf under its task is closed by that learner (behaviour.md section 7).
 * Writes nothing.
 *
 * <p>Streams the enrolled learners' progress rows in one query, as {@link CohortProgress} does. A closed leaf is
 * closed whatever else holds (closed wins), so a learner's stored closed leaves are enough: each one counts towards
 * the objective-carrying nodes above it, and a node is achieved when all its leaves counted. Time grows with the
 * rows, not with learners x nodes; memory holds counters only.
 */
public final class ObjectiveMastery {
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final SnapshotCache snapshots;
    private final CohortStore cohort;

    public ObjectiveMastery(Jdbi jdbi, TemplateStore templates, SnapshotCache snapshots, CohortStore cohort) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.snapshots = snapshots;
        this.cohort = cohort;
    }

    public MasteryView show(String slug, OptionalInt version) {
        return jdbi.inTransaction(h -> {
            ProjectSnapshot snapshot = snapshots.get(h, CohortProgress.versionPk(h, templates, slug, version));
            List<Node> carriers = snapshot.nodes().stream().filter(n -> !n.objectives().isEmpty()).toList();
            Tally tally = new Tally(snapshot, carriers);
            cohort.forEachLearner(h, snapshot.project().pk(), rows -> tally.add(rows.rows()));
            var p = snapshot.project();
            return new MasteryView(new TreeView.ProjectRef(p.slug(), p.version(), p.title()), tally.learners,
                    tally.levels(), tally.objectives());
        });
    }

    /** Counters for one request: per objective-carrying node, learners who closed it; per level, learners who achieved all. */
    private static final class Tally {
        private final ProjectSnapshot snapshot;
        private final List<Node> carriers;
        /** For each node index, the positions in {@code carriers} of the node itself and its ancestors that carry objectives. */
        private final int[][] carriersAbove;
        private final int[] achievedBy;
        private final int[] masteredLevel = new int[BloomLevel.values().length];
        private int learners;

        Tally(ProjectSnapshot snapshot, List<Node> carriers) {
            this.snapshot = snapshot;
            this.carriers = carriers;
            this.achievedBy = new int[carriers.size()];
            Map<Integer, Integer> position = new HashMap<>();
            for (int i = 0; i < carriers.size(); i++) position.put(carriers.get(i).index(), i);
            this.carriersAbove = new int[snapshot.nodes().size()][];
            for (Node node : snapshot.nodes()) {
                List<Integer> above = new ArrayList<>();
                for (Node n = node; n != null; n = n.parent() < 0 ? null : snapshot.node(n.parent())) {
                    Integer p = position.get(n.index());
                    if (p != null) above.add(p);
                }
                carriersAbove[node.index()] = above.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        void add(List<ProgressRow> rows) {
            learners++;
            int[] closedLeaves = new int[carriers.size()];
            for (ProgressRow row : rows) {
                if (row.status() != Status.CLOSED) continue;
                Node node = snapshot.node(row.taskId()).orElse(null);
                if (node == null || !node.isLeaf()) continue;
                for (int p : carriersAbove[node.index()]) closedLeaves[p]++;
            }
            boolean[] missing = new boolean[BloomLevel.values().length];
            for (int i = 0; i < carriers.size(); i++) {
                Node node = carriers.get(i);
                if (closedLeaves[i] == node.leaves().length) achievedBy[i]++;
                else for (LearningObjective o : node.objectives()) missing[o.level().ordinal()] = true;
            }
            for (int l = 0; l < missing.length; l++) if (!missing[l]) masteredLevel[l]++;
        }

        List<MasteryView.Level> levels() {
            int[] objectives = new int[BloomLevel.values().length];
            long[] achieved = new long[objectives.length];
            for (int i = 0; i < carriers.size(); i++) {
                for (LearningObjective o : carriers.get(i).objectives()) {
                    objectives[o.level().ordinal()]++;
                    achieved[o.level().ordinal()] += achievedBy[i];
                }
            }
            List<MasteryView.Level> levels = new ArrayList<>();
            for (BloomLevel level : BloomLevel.values()) {
                int l = level.ordinal();
                long possible = (long) objectives[l] * learners;
                double share = possible == 0 ? 0 : Math.round(1000.0 * achieved[l] / possible) / 10.0;
                levels.add(new MasteryView.Level(level.key(), objectives[l], achieved[l], possible, share,
                        objectives[l] == 0 ? 0 : masteredLevel[l]));
            }
            return levels;
        }

        List<MasteryView.Objective> objectives() {
            List<MasteryView.Objective> list = new ArrayList<>();
            for (int i = 0; i < carriers.size(); i++) {
                Node node = carriers.get(i);
                for (LearningObjective o : node.objectives()) {
                    list.add(new MasteryView.Objective(node.id(), node.title(), o.level().key(), o.description(),
                            achievedBy[i]));
                }
            }
            return list;
        }
    }
}
