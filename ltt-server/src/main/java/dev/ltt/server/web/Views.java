package dev.ltt.server.web;

import java.util.List;

/**
 * The view records the templates render: one per page, built by the page classes from use-case results, with
 * every link already built and every text still raw (the templates escape it). Markdown fields ending in
 * {@code Html} are already safe HTML from {@link Markdown}.
 */
public final class Views {
    private Views() {}

    public record SignInPage(Chrome chrome, String error, String next) {}

    public record WelcomePage(Chrome chrome, String to) {}

    public record ErrorPage(
            Chrome chrome, int status, String heading, String message, boolean signInLink, String home) {}

    /** The learner's projects, each with their progress. */
    public record ProjectsPage(Chrome chrome, List<ProjectCard> projects) {}

    public record ProjectCard(String title, int version, String href, Bar bar, int ready) {}

    /**
     * A project for one learner: overall progress, the ready list, and the tree (epics first, each with its bar).
     * {@code own} is false when staff look at a learner's tree (no actions, links stay in the staff pages).
     */
    public record ProjectPage(
            Chrome chrome,
            boolean own,
            String learner,
            String title,
            int version,
            Bar overall,
            List<ReadyItem> ready,
            int moreReady,
            List<TreeItem> epics,
            Link back) {}

    /** A node of the tree: its effective status, why it is blocked, and its children; epics also carry a bar. */
    public record TreeItem(
            String title, String href, Badge badge, String why, List<Link> blockers, Bar bar, List<TreeItem> children) {
        public boolean leaf() {
            return children.isEmpty();
        }
    }

    public record ReadyItem(String title, String href, Badge badge, String within) {}

    /** A task for one learner: its text, where it sits, their attempts and questions, and what they can do now. */
    public record TaskPage(
            Chrome chrome,
            boolean own,
            String learner,
            List<Link> crumbs,
            String title,
            String kind,
            Badge badge,
            String why,
            List<Link> blockers,
            String descriptionHtml,
            String contentHtml,
            String criteriaHtml,
            List<ObjectiveItem> objectives,
            List<Link> prerequisites,
            List<Link> related,
            List<ChildItem> children,
            List<Attempt> attempts,
            List<HelpItem> help,
            Actions actions,
            String actionBase,
            Link back,
            String taskId,
            SqlWorkspace workspace) {}

    /**
     * The query box of a SQL task (null on other tasks): the query last run, whether Submit is offered, the state
     * of the learner's database in words, and what the last Run showed (a table, or the problem in words).
     */
    public record SqlWorkspace(
            String query, boolean submit, String state, boolean changed, RunTable table, String error) {}

    /** A Run's result as the page shows it: column names, rows of text, and a line saying how many rows. */
    public record RunTable(List<String> columns, List<List<String>> rows, String summary) {}

    public record ObjectiveItem(String level, String description) {}

    public record ChildItem(Link link, Badge badge) {}

    /** One submission, newest first: what was handed in and how it was judged. */
    /**
     * One attempt on the task page; {@code reviewed} when an instructor graded it by hand; {@code reviewAction}
     * is where staff post a grade (null on the learner's own page).
     */
    public record Attempt(
            long id,
            int number,
            String when,
            String whenIso,
            String type,
            String content,
            boolean judged,
            boolean passed,
            String grade,
            String feedback,
            String output,
            boolean reviewed,
            String reviewAction) {}

    public record HelpItem(
            String message, String when, String whenIso, boolean open, String answer, String answeredBy) {}

    /**
     * The forms the task page offers. {@code submissionType} is the default kind of answer; {@code askOutput}
     * adds a box for the program's output (tasks checked by what the learner's code printed).
     */
    public record Actions(
            boolean start,
            boolean submit,
            boolean complete,
            boolean reopen,
            boolean help,
            String submissionType,
            boolean askOutput,
            String csrf) {
        public boolean any() {
            return start || submit || complete || reopen;
        }

        /** The same actions without the answer box (a SQL task's query box offers Submit instead). */
        public Actions withoutSubmit() {
            return new Actions(start, false, complete, reopen, help, submissionType, askOutput, csrf);
        }
    }

    /** Staff: every project, linking to its cohort page. */
    public record TeachProjectsPage(Chrome chrome, List<TeachProject> projects) {}

    public record TeachProject(
            String title, int version, String href, int tasks, int leaves, int objectives, int openHelp) {}

    /** Staff: how a project's cohort stands. */
    public record CohortPage(
            Chrome chrome,
            String title,
            int version,
            String self,
            int learners,
            int leaves,
            Bar average,
            int finished,
            List<CohortRow> rows,
            List<LearnerRow> learnerRows,
            List<StuckRow> stuck,
            int hours,
            int failures,
            List<HelpRow> help,
            List<MasteryRow> mastery,
            List<ObjectiveRow> objectives,
            String csrf,
            List<PassbackRow> failedPassbacks,
            List<String> notStarted) {}

    /** A grade passback to the LMS whose last attempt failed: whose, how much, how often tried, why. */
    public record PassbackRow(
            String learnerId, String href, String score, int attempts, String error, String nextTry) {}

    /**
     * One task of the cohort table: how many learners see it with each status, the stacked bar's segments, and
     * a heat class (0..4) per count for the cells' shading.
     */
    public record CohortRow(
            String id,
            String title,
            int depth,
            boolean leaf,
            int open,
            int inProgress,
            int blocked,
            int closed,
            List<Segment> segments,
            String summary,
            int heatProgress,
            int heatBlocked) {
        /** Indentation by depth (capped at 4) and whether the row is a container. */
        public String css() {
            return "depth-" + Math.min(depth, 4) + (leaf ? "" : " container");
        }
    }

    /** A segment of a stacked bar drawn in SVG, x and width in percent of the bar. */
    public record Segment(String css, String x, String width) {}

    public record LearnerRow(
            String id,
            String name,
            String href,
            Bar bar,
            int inProgress,
            int blocked,
            String lastActivity,
            String lastIso) {}

    public record StuckRow(
            String learner,
            String learnerHref,
            String task,
            String taskHref,
            String kind,
            String reason,
            String since,
            String sinceIso) {}

    /** A help request in the queue; {@code submissionHref} links to the attempt it is about (null if none). */
    public record HelpRow(
            long id,
            String learner,
            String learnerHref,
            String task,
            String taskHref,
            String message,
            String when,
            String whenIso,
            String action,
            String submissionHref) {}

    public record MasteryRow(String level, int objectives, Bar bar, int learnersWithAll, int learners) {}

    public record ObjectiveRow(String level, String description, String task, Bar bar) {}
}
