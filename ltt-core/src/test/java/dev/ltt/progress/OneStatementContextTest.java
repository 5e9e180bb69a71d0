package dev.ltt.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ltt.Ltt;
import dev.ltt.discussion.Comment;
import dev.ltt.instance.CommentStore;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.NoteStore;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.json.Json;
import dev.ltt.memory.LearnerMemory;
import dev.ltt.memory.Observation;
import dev.ltt.memory.ProfileField;
import dev.ltt.memory.ProfilePatch;
import dev.ltt.memory.Remember;
import dev.ltt.people.CreateLearner;
import dev.ltt.template.SharedCommentStore;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.ReviewSubmission;
import dev.ltt.work.SubmitWork;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent context and the task detail, each read in one statement, hold exactly what the stores that read
 * each part alone return (the former path of nine and two statements): the same records, limits and order, the
 * learner's own history only. The learner here has five attempts (one reviewed), notes on more tasks than the
 * context shows, an open and a resolved request on the task, shared and own comments, a profile and more
 * observations than the context shows; another learner has history on the same task.
 */
class OneStatementContextTest {
    static final String SLUG = "wide";
    static final String PARENT = "wide@v1.1.1";
    static final String TASK = "wide@v1.1.1.1";
    static final String OTHER_TASK = "wide@v1.1.1.2";
    static final String LEARNER = "full";
    static final String OTHER = "other";

    static Ltt ltt;
    static UseCases use;
    static long projectPk;
    static long reviewedSubmission;
    static long openHelp;

    static String subtask(int n) {
        return PARENT + "." + n;
    }

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        String subtasks = String.join(
                ",",
                IntStream.rangeClosed(1, 12)
                        .mapToObj(n -> "{\"title\": \"s" + n + "\"}")
                        .toList());
        use.ingestCurriculum.ingest(("""
                {"project_id": "wide", "version": 1, "title": "Wide",
                 "epics": [{"title": "Epic", "tasks": [{"title": "Task", "subtasks": [%s]}]}]}
                """.formatted(subtasks)).getBytes(StandardCharsets.UTF_8), false);
        use.ingestCurriculum.ingest(MiniCurriculum.document(), false);
        projectPk = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT pk FROM projects WHERE slug = 'wide'")
                        .mapTo(Long.class)
                        .one());
        for (String id : List.of(LEARNER, OTHER)) use.createLearner.create(new CreateLearner.Command(id, null, null));

        // the other learner's history on the same task, none of which the learner's context may show
        submit(OTHER, "OTHERS answer");
        use.writeNote.write(OTHER, TASK, "OTHERS note", OTHER);
        use.addComment.add(OTHER, TASK, "OTHERS private comment", OTHER);
        use.requestHelp.request(OTHER, TASK, "OTHERS question", OTHER);
        use.remember.remember(OTHER, new Remember.Command("OTHERS observation", null, null, SLUG), "agent");
        use.updateProfile.update(OTHER, new ProfilePatch(Map.of(ProfileField.NAME, "OTHERS"), Map.of()), "agent");

        // four failed attempts, a passing fifth, then an instructor's review passing the fourth after all
        for (int i = 1; i <= 4; i++) submit(LEARNER, " ");
        submit(LEARNER, "answer");
        reviewedSubmission = use.listSubmissions.list(LEARNER, TASK, 10).stream()
                .filter(s -> s.attemptNumber() == 4)
                .findFirst()
                .orElseThrow()
                .submissionId();
        use.reviewSubmission.review(
                LEARNER,
                reviewedSubmission,
                new ReviewSubmission.Command(true, 0.875, "right, on reflection"),
                "teach");

        // four versions of the task's note, one note on each of the other eleven subtasks, then the parent's
        for (int v = 1; v <= 4; v++) use.writeNote.write(LEARNER, TASK, "version " + v, "agent");
        for (int n = 2; n <= 12; n++) use.writeNote.write(LEARNER, subtask(n), "note on s" + n, "agent");
        use.writeNote.write(LEARNER, PARENT, "note on the parent", "agent");

        long resolved = use.requestHelp
                .request(LEARNER, TASK, "first question", "agent")
                .id();
        use.resolveHelpRequest.resolve(LEARNER, resolved, "the answer", "teach");
        openHelp = use.requestHelp
                .request(LEARNER, TASK, "second question", "agent")
                .id();
        use.requestHelp.request(LEARNER, OTHER_TASK, "a question elsewhere", "agent");

        for (int i = 1; i <= 4; i++) {
            use.addSharedComment.add(TASK, "shared " + i, "teach");
            if (i <= 3) use.addComment.add(LEARNER, TASK, "own " + i, LEARNER);
        }

        use.updateProfile.update(
                LEARNER,
                new ProfilePatch(
                        Map.of(ProfileField.NAME, "Full", ProfileField.LEARNING_STYLE, "examples first"),
                        Map.of(ProfileField.STRENGTHS, List.of("loops", "joins"))),
                "agent");
        for (int i = 1; i <= 30; i++) {
            String slug = i % 5 == 0 ? MiniCurriculum.SLUG : i % 2 == 0 ? SLUG : null;
            use.remember.remember(LEARNER, new Remember.Command("observation " + i, "ctx " + i, null, slug), "agent");
        }
    }

    static void submit(String learner, String content) {
        use.submitWork.submit(learner, TASK, new SubmitWork.Command(content, null, null), learner);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void the_one_statement_reads_the_same_records_the_stores_read_one_kind_at_a_time() {
        ltt.database().jdbi().useHandle(OneStatementContextTest::sameAsTheStores);
    }

    @Test
    void timestamps_keep_their_instant_whatever_the_session_time_zone() {
        // json renders a timestamptz with the session's offset: +05:45 must still decode to the same instant
        ltt.database().jdbi().useTransaction(h -> {
            h.execute("SET LOCAL TIME ZONE 'Asia/Kathmandu'");
            sameAsTheStores(h);
        });
    }

    static void sameAsTheStores(Handle h) {
        ContextHistory history = new ContextStore()
                .context(h, LEARNER, SLUG, projectPk, TASK, GetContext.LIMITS)
                .orElseThrow()
                .history();
        assertThat(history.recent()).isEqualTo(new SubmissionStore().forTask(h, LEARNER, TASK, 3));
        assertThat(history.taskNotes()).isEqualTo(new NoteStore().forTask(h, LEARNER, TASK, 3));
        assertThat(history.projectNotes()).isEqualTo(new NoteStore().latestPerTask(h, LEARNER, projectPk, 10));
        assertThat(history.openHelp())
                .isEqualTo(new HelpRequestStore()
                        .forLearner(h, LEARNER, 50).stream()
                                .filter(r -> r.taskId().equals(TASK) && r.isOpen())
                                .toList());
        assertThat(history.sharedComments()).isEqualTo(new SharedCommentStore().forTask(h, TASK, 5));
        assertThat(history.ownComments()).isEqualTo(new CommentStore().forTask(h, LEARNER, TASK, 5));
        LearnerMemory memory = use.showMemory.forContext(h, LEARNER, SLUG);
        assertThat(history.profile()).isEqualTo(memory.profile());
        assertThat(history.observations()).isEqualTo(memory.observations());

        assertThat(new ContextStore()
                        .task(h, LEARNER, SLUG, projectPk, TASK)
                        .orElseThrow()
                        .history())
                .isEqualTo(new SubmissionStore().latest(h, LEARNER, TASK));
        assertThat(new ContextStore().context(h, "nobody", SLUG, projectPk, TASK, GetContext.LIMITS))
                .isEmpty();
    }

    @Test
    void the_context_shows_the_newest_of_each_kind_of_history_of_this_learner_only() {
        AgentContext context = use.getContext.context(LEARNER, TASK);

        assertThat(context.recentAttempts())
                .extracting(AgentContext.Attempt::attemptNumber, AgentContext.Attempt::passed)
                .containsExactly(tuple(5, true), tuple(4, true), tuple(3, false));
        assertThat(context.task().attempts()).isEqualTo(5);
        assertThat(context.task().latestValidation().attemptNumber()).isEqualTo(5);
        assertThat(context.task().latestValidation().passed()).isTrue();

        assertThat(context.notes()).extracting(n -> n.text()).containsExactly("version 4", "version 3", "version 2");
        assertThat(context.projectNotes())
                .extracting(n -> n.taskId())
                .containsExactly(
                        PARENT,
                        subtask(12),
                        subtask(11),
                        subtask(10),
                        subtask(9),
                        subtask(8),
                        subtask(7),
                        subtask(6),
                        subtask(5),
                        subtask(4));
        assertThat(context.ancestry())
                .extracting(AgentContext.Level::id, AgentContext.Level::latestNote)
                .containsExactly(tuple("wide@v1", null), tuple("wide@v1.1", null), tuple(PARENT, "note on the parent"));

        assertThat(context.openHelpRequests())
                .extracting(r -> r.id(), r -> r.message(), r -> r.status())
                .containsExactly(tuple(openHelp, "second question", "open"));

        assertThat(context.comments())
                .extracting(Comment::text, Comment::visibility)
                .containsExactly(
                        tuple("shared 4", "shared"),
                        tuple("own 3", "private"),
                        tuple("shared 3", "shared"),
                        tuple("own 2", "private"),
                        tuple("shared 2", "shared"));

        assertThat(context.memory().learnerId()).isEqualTo(LEARNER);
        assertThat(context.memory().profile().name()).isEqualTo("Full");
        assertThat(context.memory().profile().strengths()).containsExactly("loops", "joins");
        // 30 observations, 6 about another project: of the 24 global or about this one, the newest 20
        assertThat(context.memory().observations())
                .extracting(Observation::text)
                .containsExactlyElementsOf(IntStream.iterate(30, i -> i - 1)
                        .filter(i -> i % 5 != 0)
                        .limit(20)
                        .mapToObj(i -> "observation " + i)
                        .toList());
        assertThat(context.memory().observations())
                .extracting(Observation::scope, Observation::projectId)
                .contains(tuple("global", null), tuple("project", SLUG))
                .doesNotContain(tuple("project", MiniCurriculum.SLUG));
        assertThat(Json.write(context)).doesNotContain("OTHERS");
    }

    @Test
    void a_reviewed_attempt_shows_the_review_as_its_latest_validation() {
        AgentContext context = use.getContext.context(LEARNER, TASK);
        StoredSubmission fourth = ltt.database()
                .jdbi()
                .withHandle(h -> new SubmissionStore().find(h, LEARNER, reviewedSubmission))
                .orElseThrow();
        assertThat(context.recentAttempts().get(1))
                .isEqualTo(new AgentContext.Attempt(
                        4, fourth.createdAt(), true, 0.875, "right, on reflection", "instructor_review"));
        assertThat(context.recentAttempts().get(2).validator()).isNotEqualTo("instructor_review");
        assertThat(context.recentAttempts().get(2).grade()).isEqualTo(0.0);
    }

    @Test
    void the_task_detail_from_one_statement_is_the_task_the_context_shows() {
        TaskDetail task = use.showTask.show(LEARNER, TASK);
        assertThat(Json.write(task))
                .isEqualTo(Json.write(use.getContext.context(LEARNER, TASK).task()));
        assertThat(task.attempts()).isEqualTo(5);
        assertThat(task.status()).isEqualTo("closed");
    }

    @Test
    void every_door_sees_the_same_parts_as_the_use_cases_that_list_each_kind() {
        AgentContext context = use.getContext.context(LEARNER, TASK);
        assertThat(Json.write(context.notes())).isEqualTo(Json.write(use.listNotes.list(LEARNER, TASK, 3)));
        assertThat(Json.write(context.projectNotes()))
                .isEqualTo(Json.write(use.listNotes.latestNotes(LEARNER, SLUG, 10)));
        assertThat(Json.write(context.comments())).isEqualTo(Json.write(use.listComments.list(LEARNER, TASK, 5)));
        assertThat(Json.write(context.openHelpRequests()))
                .isEqualTo(Json.write(use.listHelpRequests.list(LEARNER, 50).stream()
                        .filter(r -> r.taskId().equals(TASK) && r.isOpen())
                        .toList()));
        assertThat(Json.write(context.memory().observations()))
                .isEqualTo(Json.write(use.showMemory.forContextOf(LEARNER, SLUG)));
    }
}
