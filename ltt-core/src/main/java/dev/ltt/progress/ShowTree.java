package dev.ltt.progress;

import dev.ltt.instance.LearnerView;
import dev.ltt.instance.TaskState;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.ProjectAccess;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A project's tree with each node's effective status for one learner; writes nothing. */
public final class ShowTree {
    private final Jdbi jdbi;
    private final ProjectAccess access;

    public ShowTree(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public TreeView tree(String learnerId, String slug) {
        return of(jdbi.withHandle(h -> access.view(h, learnerId, slug)));
    }

    static TreeView of(LearnerView view) {
        ProjectSnapshot snapshot = view.snapshot();
        LearnerView.LeafCounts all = view.counts(snapshot.root());
        return new TreeView(
                new TreeView.ProjectRef(
                        snapshot.project().slug(),
                        snapshot.project().version(),
                        snapshot.project().title()),
                new TreeView.ProgressSummary(all.completed(), all.total(), all.percentage()),
                children(view, snapshot.root()));
    }

    private static List<TreeView.TreeNode> children(LearnerView view, Node node) {
        return Arrays.stream(node.children())
                .mapToObj(view.snapshot()::node)
                .map(child -> {
                    TaskState s = view.state(child);
                    return new TreeView.TreeNode(
                            child.id(),
                            child.title(),
                            child.task().type().dbName(),
                            s.status().key(),
                            s.blockedBy(),
                            s.reason(),
                            children(view, child));
                })
                .toList();
    }
}
