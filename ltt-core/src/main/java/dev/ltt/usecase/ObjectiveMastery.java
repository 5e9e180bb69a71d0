package dev.ltt.usecase;

import dev.ltt.instance.CohortStore;
import dev.ltt.instance.LearnerView;
import dev.ltt.instance.ProgressRow;
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
 * <p>Streams the enrolled learners' progress rows in one query, as {@link CohortProgress} does; each learner's
 * view is checked against the nodes that carry objectives and dropped, so memory holds counters only.
 */
public final class ObjectiveMastery {
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final SnapshotCache snapshots;
    private final CohortStore cohort;

    ObjectiveMastery(Jdbi jdbi, TemplateStore templates, SnapshotCache snapshots, CohortStore cohort) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.snapshots = snapshots;
        this.cohort = cohort;
    }

    public MasteryView show(String slug, OptionalInt version) {
        return jdbi.inTransaction(h -> {
            ProjectSnapshot snapshot = snapshots.get(h, CohortProgress.versionPk(h, templates, slug, version));
            List<Node> carriers = snapshot.nodes().stream().filter(n -> !n.objectives().isEmpty()).toList();
            Tally tally = new Tally(carriers);
            cohort.forEachLearner(h, snapshot.project().pk(), rows -> tally.add(new LearnerView(snapshot, byTask(rows.rows()))));
            var p = snapshot.project();
            return new MasteryView(new TreeView.ProjectRef(p.slug(), p.version(), p.title()), tally.learners,
                    tally.levels(), tally.objectives());
        });
    }

    private static Map<String, ProgressRow> byTask(List<ProgressRow> rows) {
        Map<String, ProgressRow> byTask = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> byTask.put(r.taskId(), r));
        return byTask;
    }

    /** Counters for one request: per objective-carrying node, learners who closed it; per level, learners who achieved all. */
    private static final class Tally {
        private final List<Node> carriers;
        private final int[] achievedBy;
        private final int[] masteredLevel = new int[BloomLevel.values().length];
        private int learners;

        Tally(List<Node> carriers) {
            this.carriers = carriers;
            this.achievedBy = new int[carriers.size()];
        }

        void add(LearnerView view) {
            learners++;
            boolean[] missing = new boolean[BloomLevel.values().length];
            for (int i = 0; i < carriers.size(); i++) {
                Node node = carriers.get(i);
                if (view.allLeavesClosed(node)) achievedBy[i]++;
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
