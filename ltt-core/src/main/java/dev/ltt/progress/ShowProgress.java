package dev.ltt.progress;

import dev.ltt.instance.LearnerView;
import dev.ltt.instance.LearnerView.LeafCounts;
import dev.ltt.template.BloomLevel;
import dev.ltt.template.LearningObjective;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.ProjectAccess;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** A learner's progress in a project: leaves closed, in progress and blocked; per epic; objectives by level. */
public final class ShowProgress {
    private final Jdbi jdbi;
    private final ProjectAccess access;

    public ShowProgress(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public Progress progress(String learnerId, String slug) {
        return of(jdbi.withHandle(h -> access.view(h, learnerId, slug)));
    }

    static Progress of(LearnerView view) {
        ProjectSnapshot snapshot = view.snapshot();
        Node root = snapshot.root();
        LeafCounts all = view.counts(root);
        List<Progress.EpicProgress> epics = Arrays.stream(root.children())
                .mapToObj(snapshot::node)
                .map(epic -> {
                    LeafCounts c = view.counts(epic);
                    return new Progress.EpicProgress(
                            epic.id(),
                            epic.title(),
                            view.state(epic).status().key(),
                            c.completed(),
                            c.total(),
                            c.percentage(),
                            c.inProgress(),
                            c.blocked());
                })
                .toList();
        return new Progress(
                snapshot.project().slug(),
                snapshot.project().version(),
                all.completed(),
                all.total(),
                all.percentage(),
                all.inProgress(),
                all.blocked(),
                epics,
                objectives(view));
    }

    private static Progress.Objectives objectives(LearnerView view) {
        Map<BloomLevel, int[]> counts = new LinkedHashMap<>();
        for (BloomLevel level : BloomLevel.values()) counts.put(level, new int[2]);
        int achieved = 0, total = 0;
        for (Node node : view.snapshot().nodes()) {
            boolean done = view.allLeavesClosed(node);
            for (LearningObjective objective : node.objectives()) {
                int[] c = counts.get(objective.level());
                c[1]++;
                total++;
                if (done) {
                    c[0]++;
                    achieved++;
                }
            }
        }
        Map<String, Progress.Count> byLevel = new LinkedHashMap<>();
        counts.forEach((level, c) -> byLevel.put(level.key(), new Progress.Count(c[0], c[1])));
        return new Progress.Objectives(achieved, total, byLevel);
    }
}
