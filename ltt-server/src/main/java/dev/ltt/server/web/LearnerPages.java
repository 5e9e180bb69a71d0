package dev.ltt.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.curriculum.ProjectListing;
import dev.ltt.discussion.HelpRequest;
import dev.ltt.progress.Progress;
import dev.ltt.progress.ReadyList;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.progress.TreeView;
import dev.ltt.progress.TreeView.TreeNode;
import dev.ltt.server.web.Urls.Scope;
import dev.ltt.server.web.Views.Actions;
import dev.ltt.server.web.Views.Attempt;
import dev.ltt.server.web.Views.ChildItem;
import dev.ltt.server.web.Views.HelpItem;
import dev.ltt.server.web.Views.ObjectiveItem;
import dev.ltt.server.web.Views.ProjectCard;
import dev.ltt.server.web.Views.ProjectPage;
import dev.ltt.server.web.Views.ProjectsPage;
import dev.ltt.server.web.Views.ReadyItem;
import dev.ltt.server.web.Views.SqlWorkspace;
import dev.ltt.server.web.Views.TaskPage;
import dev.ltt.server.web.Views.TreeItem;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.ReviewSubmission;
import dev.ltt.work.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learner's pages, rendered to HTML: their projects, one project (tree, progress, ready work) and one task.
 * The same pages, read only, show staff one learner's state. Each method calls the use-cases (reads only) and
 * renders one template. Thread-safe.
 */
public final class LearnerPages {
    static final int READY_SHOWN = 10;
    static final int ATTEMPTS_SHOWN = 50;
    private final UseCases use;
    private final Templates templates;
    private final Markdown markdown;
    private final Clock clock;
    private final WorkspacePanels workspaces;

    public LearnerPages(UseCases use, Templates templates, Markdown markdown, Clock clock) {
        this.use = use;
        this.templates = templates;
        this.markdown = markdown;
        this.clock = clock;
        this.workspaces = new WorkspacePanels(use);
    }

    /** The projects list with the learner's progress in each. */
    public String projects(Chrome chrome, String learnerId) {
        List<ProjectCard> cards = new ArrayList<>();
        for (ProjectListing p : use.listProjects.list(false)) {
            Progress progress = use.showProgress.progress(learnerId, p.projectId());
            int ready = use.readyWork.ready(learnerId, p.projectId(), 1, false).totalReady();
            cards.add(new ProjectCard(
                    p.title(),
                    progress.version(),
                    Scope.own(learnerId).project(p.projectId()),
                    Bar.of(progress.completed(), progress.total(), progress.percentage()),
                    ready));
        }
        return templates.render("learn/projects.jte", new ProjectsPage(chrome.titled("My projects"), cards));
    }

    /** A project: the whole tree with effective statuses, a bar per project and epic, and the ready list. */
    public String project(Chrome chrome, String learnerId, String slug, boolean own) {
        Scope scope = own ? Scope.own(learnerId) : Scope.staff(learnerId);
        TreeView tree = use.showTree.tree(learnerId, slug);
        Progress progress = use.showProgress.progress(learnerId, slug);
        ReadyList ready = use.readyWork.ready(learnerId, slug, READY_SHOWN, false);
        TreeIndex index = new TreeIndex(tree);
        Map<String, Progress.EpicProgress> epics = new HashMap<>();
        progress.epics().forEach(e -> epics.put(e.id(), e));
        List<TreeItem> items = tree.children().stream()
                .map(epic -> item(epic, List.of(), index, scope, epics))
                .toList();
        List<ReadyItem> readyItems =
                ready.tasks().stream().map(t -> readyItem(t, index, scope)).toList();
        String title = tree.project().title();
        return templates.render(
                "learn/project.jte",
                new ProjectPage(
                        chrome.titled(own ? title : title + " for " + learnerId),
                        own,
                        own ? null : learnerId,
                        title,
                        tree.project().version(),
                        Bar.of(progress.completed(), progress.total(), progress.percentage()),
                        readyItems,
                        ready.totalReady() - readyItems.size(),
                        items,
                        own
                                ? new Link(Urls.LEARN, "My projects")
                                : new Link(Urls.teachProject(slug), "Cohort of " + title)));
    }

    /**
     * A node of the tree. Blockers already named on an ancestor are not repeated under it: a blocked epic says
     * once what it waits for, its tasks only what they wait for besides.
     */
    private TreeItem item(
            TreeNode node,
            List<String> shownAbove,
            TreeIndex index,
            Scope scope,
            Map<String, Progress.EpicProgress> epics) {
        Progress.EpicProgress epic = epics.get(node.id());
        Bar bar = epic == null ? null : Bar.of(epic.completed(), epic.total(), epic.percentage());
        List<String> own =
                node.blockedBy().stream().filter(id -> !shownAbove.contains(id)).toList();
        List<String> shown = own.isEmpty() ? shownAbove : node.blockedBy();
        List<TreeItem> children = node.children().stream()
                .map(c -> item(c, shown, index, scope, epics))
                .toList();
        boolean inherited = !node.blockedBy().isEmpty() && own.isEmpty();
        return new TreeItem(
                node.title(),
                scope.task(node.id()),
                Badge.of(node.status()),
                inherited ? null : why(node),
                blockers(own, index, scope),
                bar,
                children);
    }

    /** Why a node is blocked, in words: waiting for prerequisites, or parked with a reason. */
    static String why(TreeNode node) {
        if (!"blocked".equals(node.status())) return null;
        if (!node.blockedBy().isEmpty()) return "Waiting for";
        return "On hold: " + (node.blockedReason() == null ? "parked" : node.blockedReason());
    }

    private static List<Link> blockers(List<String> ids, TreeIndex index, Scope scope) {
        if (ids == null || ids.isEmpty()) return List.of();
        return ids.stream().map(id -> new Link(scope.task(id), index.title(id))).toList();
    }

    private static ReadyItem readyItem(ReadyTask t, TreeIndex index, Scope scope) {
        return new ReadyItem(
                t.title(),
                scope.task(t.id()),
                Badge.of(t.status()),
                t.parentId() == null ? null : index.title(t.parentId()));
    }

    /** A task: its text (Markdown rendered safely), objectives, attempts newest first, questions, and actions. */
    public String task(Chrome chrome, String learnerId, String taskId, boolean own) {
        return task(chrome, learnerId, taskId, own, null);
    }

    /** The task page, with what the learner's last Run in its query box showed ({@code ran}; null for none). */
    String task(Chrome chrome, String learnerId, String taskId, boolean own, WorkspacePanels.Ran ran) {
        Scope scope = own ? Scope.own(learnerId) : Scope.staff(learnerId);
        TaskDetail d = use.showTask.show(learnerId, taskId);
        TreeIndex index = new TreeIndex(use.showTree.tree(learnerId, d.projectId()));
        List<Submission> submissions = use.listSubmissions.list(learnerId, taskId, ATTEMPTS_SHOWN);
        List<HelpRequest> help = use.listHelpRequests.list(learnerId, 200).stream()
                .filter(h -> h.taskId().equals(taskId))
                .toList();
        Instant now = clock.instant();
        TreeNode node = index.node(taskId);
        String why = node == null ? null : why(node);
        List<Link> prerequisites = new ArrayList<>(), related = new ArrayList<>();
        for (TaskDetail.DependencyRef dep : d.dependencies()) {
            Link link = new Link(scope.task(dep.id()), dep.title() == null ? dep.id() : dep.title());
            ("blocks".equals(dep.type()) ? prerequisites : related).add(link);
        }
        List<ChildItem> children = d.children().stream()
                .map(id -> new ChildItem(
                        new Link(scope.task(id), index.title(id)),
                        Badge.of(
                                index.node(id) == null ? "open" : index.node(id).status())))
                .toList();
        Actions actions = actions(d, own, chrome.csrf(), children.stream().allMatch(c -> c.badge() == Badge.CLOSED));
        SqlWorkspace workspace = workspaces.panel(learnerId, d, own, actions.submit(), ran);
        if (workspace != null) actions = actions.withoutSubmit(); // the query box has its own Submit
        return templates.render(
                "learn/task.jte",
                new TaskPage(
                        chrome.titled(d.title()),
                        own,
                        own ? null : learnerId,
                        crumbs(d, index, scope),
                        d.title(),
                        kind(d),
                        Badge.of(d.status()),
                        why,
                        blockers(d.blockedBy(), index, scope),
                        markdown.toHtml(d.description()),
                        markdown.toHtml(d.content()),
                        markdown.toHtml(d.acceptanceCriteria()),
                        d.learningObjectives().stream()
                                .map(o -> new ObjectiveItem(capital(o.level()), o.description()))
                                .toList(),
                        prerequisites,
                        related,
                        children,
                        submissions.stream().map(s -> attempt(s, now, scope)).toList(),
                        help.stream().map(h -> helpItem(h, now)).toList(),
                        actions,
                        scope.task(taskId),
                        new Link(
                                scope.project(d.projectId()),
                                index.tree.project().title()),
                        taskId,
                        workspace));
    }

    private static List<Link> crumbs(TaskDetail d, TreeIndex index, Scope scope) {
        List<Link> crumbs = new ArrayList<>();
        for (String id = d.parentId(); id != null && index.node(id) != null; id = index.parent(id)) {
            crumbs.add(0, new Link(scope.task(id), index.title(id)));
        }
        crumbs.add(
                0, new Link(scope.project(d.projectId()), index.tree.project().title()));
        return crumbs;
    }

    private static String kind(TaskDetail d) {
        String type = d.subtaskType() != null ? d.subtaskType() + " " + d.taskType() : d.taskType();
        String est = d.estimatedMinutes() == null ? "" : " · about " + Words.plural(d.estimatedMinutes(), "minute");
        return capital(type) + est;
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Attempt attempt(Submission s, Instant now, Scope scope) {
        var v = s.validation();
        return new Attempt(
                s.submissionId(),
                s.attemptNumber(),
                Words.ago(s.createdAt(), now),
                Words.iso(s.createdAt()),
                s.submissionType(),
                s.content(),
                v != null,
                v != null && v.passed(),
                v == null ? null : String.format(Locale.ROOT, "%.0f%%", v.grade() * 100),
                v == null ? null : v.feedback(),
                output(s.result()),
                v != null && ReviewSubmission.VALIDATOR.equals(v.validator()),
                scope.own() ? null : scope.base() + "/submissions/" + s.submissionId() + "/review");
    }

    private static String output(JsonNode result) {
        if (result == null || result.isNull()) return null;
        if (result.isTextual()) return result.asText();
        JsonNode out = result.has("output") ? result.get("output") : result.get("stdout");
        return out != null && out.isTextual() ? out.asText() : result.toString();
    }

    private static HelpItem helpItem(HelpRequest h, Instant now) {
        return new HelpItem(
                h.message(),
                Words.ago(h.createdAt(), now),
                Words.iso(h.createdAt()),
                h.isOpen(),
                h.answer(),
                h.resolvedBy() == null ? null : h.resolvedBy().replaceFirst("^instructor:", ""));
    }

    private static Actions actions(TaskDetail d, boolean own, String csrf, boolean childrenClosed) {
        if (!own) return new Actions(false, false, false, false, false, "text", false, csrf);
        String status = d.status();
        boolean workable = status.equals("open") || status.equals("in_progress");
        boolean leaf = d.children().isEmpty();
        return new Actions(
                status.equals("open"),
                workable && leaf && d.requiresSubmission(),
                workable && !d.requiresSubmission() && childrenClosed,
                status.equals("closed"),
                true,
                submissionType(d),
                isPythonOutput(d),
                csrf);
    }

    /** The kind of answer a task expects: SQL when it has checks, code when it is checked by its output. */
    private static String submissionType(TaskDetail d) {
        if (d.extra() != null && d.extra().has("checks")) return "sql";
        if (isPythonOutput(d)) return "code";
        return "text";
    }

    private static boolean isPythonOutput(TaskDetail d) {
        JsonNode validation = d.extra() == null ? null : d.extra().get("validation");
        return validation != null
                && "python_output".equals(validation.path("type").asText());
    }
}
