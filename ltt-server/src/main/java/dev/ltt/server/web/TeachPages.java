package dev.ltt.server.web;

import dev.ltt.cohort.CohortView;
import dev.ltt.cohort.MasteryView;
import dev.ltt.cohort.QueuedHelpRequest;
import dev.ltt.cohort.StuckReport;
import dev.ltt.curriculum.ProjectListing;
import dev.ltt.server.web.Urls.Scope;
import dev.ltt.server.web.Views.CohortPage;
import dev.ltt.server.web.Views.CohortRow;
import dev.ltt.server.web.Views.HelpRow;
import dev.ltt.server.web.Views.LearnerRow;
import dev.ltt.server.web.Views.MasteryRow;
import dev.ltt.server.web.Views.ObjectiveRow;
import dev.ltt.server.web.Views.Segment;
import dev.ltt.server.web.Views.StuckRow;
import dev.ltt.server.web.Views.TeachProject;
import dev.ltt.server.web.Views.TeachProjectsPage;
import dev.ltt.usecase.UseCases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The instructors' pages, rendered to HTML: the projects, and a project's cohort (a heat map of statuses per
 * task, each learner's progress, who is stuck, the help queue, objective mastery by Bloom level). Reads only;
 * answering help requests is a form handled by {@link TeachRoutes}. Thread-safe.
 */
public final class TeachPages {
    static final int LEARNERS_SHOWN = 500;
    static final int HELP_SHOWN = 100;
    private final UseCases use;
    private final Templates templates;
    private final Clock clock;

    public TeachPages(UseCases use, Templates templates, Clock clock) {
        this.use = use;
        this.templates = templates;
        this.clock = clock;
    }

    public String projects(Chrome chrome) {
        List<TeachProject> projects = new ArrayList<>();
        for (ProjectListing p : use.listProjects.list(false)) {
            int help = use.helpQueue.open(p.projectId(), HELP_SHOWN, 0).size();
            projects.add(new TeachProject(
                    p.title(),
                    p.version(),
                    Urls.teachProject(p.projectId()),
                    p.taskCount(),
                    p.leafCount(),
                    p.objectiveCount(),
                    help));
        }
        return templates.render("teach/projects.jte", new TeachProjectsPage(chrome.titled("Projects"), projects));
    }

    /** The cohort page of the latest version of {@code slug}; stuck means idle {@code hours} or {@code failures} in a row. */
    public String cohort(Chrome chrome, String slug, int hours, int failures) {
        CohortView cohort = use.cohortProgress.show(slug, OptionalInt.empty());
        StuckReport stuck = use.stuckLearners.find(slug, OptionalInt.empty(), hours, failures);
        List<QueuedHelpRequest> help = use.helpQueue.open(slug, HELP_SHOWN, 0);
        MasteryView mastery = use.objectiveMastery.show(slug, OptionalInt.empty());
        Instant now = clock.instant();
        int learners = cohort.totals().learners();
        String title = cohort.project().title();
        return templates.render(
                "teach/cohort.jte",
                new CohortPage(
                        chrome.titled("Cohort of " + title),
                        title,
                        cohort.project().version(),
                        Urls.teachProject(slug),
                        learners,
                        cohort.totals().leaves(),
                        Bar.percent(cohort.totals().averagePercentage(), "Average share of the work done:"),
                        cohort.totals().finished(),
                        rows(cohort),
                        learnerRows(cohort, slug, now),
                        stuckRows(stuck, slug, now),
                        hours,
                        failures,
                        help.stream().map(h -> helpRow(h, slug, now)).toList(),
                        masteryRows(mastery),
                        objectiveRows(mastery),
                        chrome.csrf(),
                        use.lti.listGrades.failedIn(slug).stream()
                                .map(g -> new Views.PassbackRow(
                                        g.learnerId(),
                                        Urls.Scope.staff(g.learnerId()).project(slug),
                                        g.scoreGiven() + " of " + g.scoreMaximum(),
                                        g.attempts(),
                                        g.lastError(),
                                        Words.iso(g.nextAttemptAt())))
                                .toList(),
                        use.lti.notStarted.in(slug).stream()
                                .map(m -> m.name() != null ? m.name() : m.email() != null ? m.email() : m.sub())
                                .toList()));
    }

    private static List<CohortRow> rows(CohortView cohort) {
        int learners = cohort.totals().learners();
        Map<String, Integer> depth = new HashMap<>();
        Map<String, Boolean> hasChildren = new HashMap<>();
        for (CohortView.TaskCounts t : cohort.tasks()) if (t.parentId() != null) hasChildren.put(t.parentId(), true);
        List<CohortRow> rows = new ArrayList<>(cohort.tasks().size());
        for (CohortView.TaskCounts t : cohort.tasks()) {
            if (t.parentId() == null) {
                depth.put(t.id(), -1);
                continue;
            }
            int d = depth.getOrDefault(t.parentId(), -1) + 1;
            depth.put(t.id(), d);
            rows.add(new CohortRow(
                    t.id(),
                    t.title(),
                    d,
                    !hasChildren.containsKey(t.id()),
                    t.open(),
                    t.inProgress(),
                    t.blocked(),
                    t.closed(),
                    segments(t, learners),
                    summary(t),
                    heat(t.inProgress(), learners),
                    heat(t.blocked(), learners)));
        }
        return rows;
    }

    /** The stacked bar: closed, in progress, blocked, open, as shares of the learners. */
    static List<Segment> segments(CohortView.TaskCounts t, int learners) {
        if (learners == 0) return List.of();
        List<Segment> segments = new ArrayList<>(4);
        double x = 0;
        int[] counts = {t.closed(), t.inProgress(), t.blocked(), t.open()};
        String[] css = {"seg-closed", "seg-progress", "seg-blocked", "seg-open"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            double width = 100.0 * counts[i] / learners;
            segments.add(new Segment(css[i], pct(x), pct(width)));
            x += width;
        }
        return segments;
    }

    /** {@code 12.34%}: two decimals, built by hand because the heat map needs two per node (thousands per page). */
    static String pct(double value) {
        long hundredths = Math.round(value * 100);
        long frac = hundredths % 100;
        return hundredths / 100 + (frac < 10 ? ".0" : ".") + frac + "%";
    }

    private static String summary(CohortView.TaskCounts t) {
        return t.closed() + " closed, " + t.inProgress() + " in progress, " + t.blocked() + " blocked, " + t.open()
                + " open";
    }

    /** 0 for none, then 1..4 by the share of learners, so that any count above zero shows. */
    static int heat(int count, int learners) {
        if (count == 0 || learners == 0) return 0;
        return Math.max(1, (int) Math.ceil(4.0 * count / learners));
    }

    private static List<LearnerRow> learnerRows(CohortView cohort, String slug, Instant now) {
        return cohort.learners().stream()
                .limit(LEARNERS_SHOWN)
                .map(l -> new LearnerRow(
                        l.learnerId(),
                        l.name() == null ? l.learnerId() : l.name(),
                        Scope.staff(l.learnerId()).project(slug),
                        Bar.of(l.completed(), cohort.totals().leaves(), l.percentage()),
                        l.inProgress(),
                        l.blocked(),
                        Words.ago(l.lastActivityAt(), now),
                        Words.iso(l.lastActivityAt())))
                .toList();
    }

    private static List<StuckRow> stuckRows(StuckReport report, String slug, Instant now) {
        return report.stuck().stream()
                .map(s -> {
                    Scope scope = Scope.staff(s.learnerId());
                    return new StuckRow(
                            s.learnerName() == null ? s.learnerId() : s.learnerName(),
                            scope.project(slug),
                            s.taskTitle(),
                            scope.task(s.taskId()),
                            StuckReport.IDLE.equals(s.kind()) ? "Idle" : "Failing",
                            Words.sentence(s.reason()),
                            Words.ago(s.since(), now),
                            Words.iso(s.since()));
                })
                .toList();
    }

    private static HelpRow helpRow(QueuedHelpRequest h, String slug, Instant now) {
        Scope scope = Scope.staff(h.learnerId());
        return new HelpRow(
                h.id(),
                h.learnerId(),
                scope.project(slug),
                h.taskTitle(),
                scope.task(h.taskId()),
                h.message(),
                Words.ago(h.createdAt(), now),
                Words.iso(h.createdAt()),
                Urls.teachProject(slug) + "/help/" + Urls.segment(h.learnerId()) + "/" + h.id(),
                h.submissionId() == null ? null : scope.task(h.taskId()) + "#submission-" + h.submissionId());
    }

    private static List<MasteryRow> masteryRows(MasteryView mastery) {
        return mastery.levels().stream()
                .map(l -> new MasteryRow(
                        LearnerPages.capital(l.level()),
                        l.objectives(),
                        Bar.of((int) l.achieved(), (int) l.possible(), l.percentage(), "achieved"),
                        l.learnersWithAll(),
                        mastery.learners()))
                .toList();
    }

    private static List<ObjectiveRow> objectiveRows(MasteryView mastery) {
        int learners = mastery.learners();
        return mastery.objectives().stream()
                .map(o -> new ObjectiveRow(
                        LearnerPages.capital(o.level()),
                        o.description(),
                        o.taskTitle(),
                        Bar.of(
                                o.learners(),
                                learners,
                                learners == 0 ? 0 : Math.round(1000.0 * o.learners() / learners) / 10.0,
                                "learners")))
                .toList();
    }
}
