package dev.ltt.progress;

import dev.ltt.discussion.ListComments;
import dev.ltt.instance.HelpRequest;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.LearnerView;
import dev.ltt.instance.Note;
import dev.ltt.instance.NoteStore;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.instance.SubmissionStore;
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

/** Assembles the {@link AgentContext} of a task for a learner in one read transaction; writes nothing. */
public final class GetContext {
    static final int RECENT = 3;
    static final int PROJECT_NOTES = 10;

    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final SubmissionStore submissions;
    private final NoteStore notes;
    private final HelpRequestStore help;
    private final ListComments comments;
    private final ShowMemory memory;

    public GetContext(
            Jdbi jdbi,
            ProjectAccess access,
            SubmissionStore submissions,
            NoteStore notes,
            HelpRequestStore help,
            ListComments comments,
            ShowMemory memory) {
        this.memory = memory;
        this.jdbi = jdbi;
        this.access = access;
        this.submissions = submissions;
        this.notes = notes;
        this.help = help;
        this.comments = comments;
    }

    public AgentContext context(String learnerId, String taskId) {
        return jdbi.withHandle(h -> context(h, learnerId, taskId));
    }

    /** The context read in the caller's transaction (after a change it made, e.g. starting the task). */
    public AgentContext context(Handle h, String learnerId, String taskId) {
        ProjectAccess.ReadTarget target = access.readTask(h, learnerId, taskId);
        LearnerView view = target.view();
        ProjectSnapshot snapshot = view.snapshot();
        Node node = target.node();
        List<StoredSubmission> recent = submissions.forTask(h, learnerId, taskId, RECENT);
        List<Note> projectNotes =
                notes.latestPerTask(h, learnerId, snapshot.project().pk(), PROJECT_NOTES);
        Map<String, Note> latestByTask =
                projectNotes.stream().collect(Collectors.toMap(Note::taskId, Function.identity(), (a, b) -> a));
        List<HelpRequest> openHelp = help.forLearner(h, learnerId, 50).stream()
                .filter(r -> r.taskId().equals(taskId) && r.status().equals("open"))
                .toList();
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
                notes.forTask(h, learnerId, taskId, RECENT).stream()
                        .map(dev.ltt.discussion.Note::of)
                        .toList(),
                projectNotes.stream().map(dev.ltt.discussion.Note::of).toList(),
                comments.list(h, learnerId, taskId, 5),
                openHelp.stream().map(dev.ltt.discussion.HelpRequest::of).toList(),
                view.ready(false).stream()
                        .limit(ReadyTask.NEXT)
                        .map(ReadyTask::of)
                        .toList(),
                memory.forContext(h, learnerId, snapshot.project().slug()));
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
