package dev.ltt.progress;

import dev.ltt.discussion.ListComments;
import dev.ltt.instance.LearnerView;
import dev.ltt.instance.Note;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.memory.LearnerMemory;
import dev.ltt.memory.ShowMemory;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.ProjectAccess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Assembles the {@link AgentContext} of a task for a learner from one statement ({@link ContextStore}): the
 * learner's rows and every kind of history and memory together, so it sees one snapshot; writes nothing.
 */
public final class GetContext {
    static final int RECENT = 3;
    static final int PROJECT_NOTES = 10;
    /** Open help requests are looked for among the learner's newest this many. */
    static final int HELP_WINDOW = 50;

    static final int COMMENTS = 5;
    static final ContextStore.Limits LIMITS =
            new ContextStore.Limits(RECENT, RECENT, PROJECT_NOTES, HELP_WINDOW, COMMENTS, ShowMemory.IN_CONTEXT);

    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final ContextStore store = new ContextStore();

    public GetContext(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public AgentContext context(String learnerId, String taskId) {
        return jdbi.withHandle(h -> context(h, learnerId, taskId));
    }

    /**
     * The context read in the caller's transaction (after a change it made, e.g. starting the task): its one
     * statement runs on the caller's handle, so it sees that change.
     */
    public AgentContext context(Handle h, String learnerId, String taskId) {
        ProjectSnapshot snapshot = access.snapshotOfTask(h, taskId);
        Optional<ContextStore.Read<ContextHistory>> read = store.context(
                h, learnerId, snapshot.project().slug(), snapshot.project().pk(), taskId, LIMITS);
        ProjectAccess.ReadTarget target =
                access.readTask(snapshot, learnerId, taskId, read.map(ContextStore.Read::learner));
        ContextHistory history = read.orElseThrow().history();
        LearnerView view = target.view();
        Node node = target.node();
        List<StoredSubmission> recent = history.recent();
        List<Note> projectNotes = history.projectNotes();
        Map<String, Note> latestByTask =
                projectNotes.stream().collect(Collectors.toMap(Note::taskId, Function.identity(), (a, b) -> a));
        return new AgentContext(
                project(snapshot),
                ancestry(view, node, latestByTask),
                ShowTask.detail(
                        snapshot,
                        node,
                        view.state(node),
                        view.row(node),
                        recent.isEmpty() ? 0 : recent.get(0).attemptNumber(),
                        recent.stream().findFirst()),
                recent.stream().map(GetContext::attempt).toList(),
                history.taskNotes().stream().map(dev.ltt.discussion.Note::of).toList(),
                projectNotes.stream().map(dev.ltt.discussion.Note::of).toList(),
                ListComments.merge(history.sharedComments(), history.ownComments(), COMMENTS),
                history.openHelp().stream()
                        .map(dev.ltt.discussion.HelpRequest::of)
                        .toList(),
                view.ready(false).stream()
                        .limit(ReadyTask.NEXT)
                        .map(ReadyTask::of)
                        .toList(),
                new LearnerMemory(learnerId, history.profile(), history.observations()));
    }

    private static AgentContext.ProjectInfo project(ProjectSnapshot snapshot) {
        Node root = snapshot.root();
        return new AgentContext.ProjectInfo(
                snapshot.project().slug(),
                snapshot.project().version(),
                root.title(),
                root.task().fields().description(),
                snapshot.project().narrativeContext(),
                snapshot.project().workspaceType(),
                root.task().fields().tutorGuidance());
    }

    private static List<AgentContext.Level> ancestry(LearnerView view, Node node, Map<String, Note> latestByTask) {
        List<AgentContext.Level> levels = new ArrayList<>();
        for (Node a : view.snapshot().ancestors(node)) {
            Optional<Note> note = Optional.ofNullable(latestByTask.get(a.id()));
            levels.add(new AgentContext.Level(
                    a.id(),
                    a.task().type().dbName(),
                    a.title(),
                    a.task().fields().description(),
                    view.state(a).status().key(),
                    note.map(Note::text).orElse(null)));
        }
        Collections.reverse(levels);
        return levels;
    }

    private static AgentContext.Attempt attempt(StoredSubmission s) {
        var v = s.validation();
        return new AgentContext.Attempt(
                s.attemptNumber(),
                s.createdAt(),
                v == null ? null : v.passed(),
                v == null ? null : v.grade(),
                v == null ? null : v.feedback(),
                v == null ? null : v.validator());
    }
}
