package dev.ltt.usecase;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA;
import static dev.ltt.testing.MiniCurriculum.ALPHA_ONE;
import static dev.ltt.testing.MiniCurriculum.C;
import static dev.ltt.testing.MiniCurriculum.ROOT;
import static dev.ltt.testing.MiniCurriculum.SLUG;
import static dev.ltt.testing.MiniCurriculum.TALK;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.discussion.Comment;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.AgentContext;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agent context of behaviour.md section 8: everything about a task for one learner, in one read. */
class AgentContextTest {
    static Ltt ltt;
    static UseCases use;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(document(), false);
        use.createLearner.create(new CreateLearner.Command("ctx", null, null));
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void the_context_carries_ancestry_task_attempts_feedback_notes_comments_help_blockers_and_next_ready() {
        use.submitWork.submit("ctx", A, new SubmitWork.Command(" ", null, null), "agent");
        use.writeNote.write("ctx", A, "struggles with the first step", "agent");
        use.addComment.add("ctx", A, "remember to check the units", "ctx");
        use.requestHelp.request("ctx", A, "I do not understand the question", "agent");

        AgentContext context = use.getContext.context("ctx", A);

        assertThat(context.project().projectId()).isEqualTo(SLUG);
        assertThat(context.ancestry()).extracting(AgentContext.Level::id).containsExactly(ROOT, ALPHA, ALPHA_ONE);
        assertThat(context.task().id()).isEqualTo(A);
        assertThat(context.task().status()).isEqualTo("in_progress");
        assertThat(context.task().learningObjectives())
                .extracting(TaskDetail.Objective::level)
                .containsExactly("remember");
        assertThat(context.recentAttempts()).singleElement().satisfies(a -> {
            assertThat(a.passed()).isFalse();
            assertThat(a.feedback()).isNotBlank();
        });
        assertThat(context.task().latestValidation().passed()).isFalse();
        assertThat(context.notes()).extracting(n -> n.text()).containsExactly("struggles with the first step");
        assertThat(context.comments()).extracting(Comment::text).containsExactly("remember to check the units");
        assertThat(context.openHelpRequests()).hasSize(1);
        assertThat(context.nextReady()).extracting(ReadyTask::id).containsExactly(A, TALK);
    }

    @Test
    void the_context_of_a_blocked_task_names_its_blockers_and_reading_it_writes_nothing() {
        use.createLearner.create(new CreateLearner.Command("fresh", null, null));
        Map<String, Long> before = InstanceRows.count(ltt.database().jdbi());
        AgentContext context = use.getContext.context("fresh", C);
        assertThat(context.task().status()).isEqualTo("blocked");
        assertThat(context.task().blockedBy()).containsExactly(ALPHA);
        assertThat(context.task().dependencies()).isEmpty();
        assertThat(context.ancestry())
                .extracting(AgentContext.Level::status)
                .containsExactly("open", "blocked", "blocked");
        assertThat(InstanceRows.count(ltt.database().jdbi())).isEqualTo(before);
    }
}
