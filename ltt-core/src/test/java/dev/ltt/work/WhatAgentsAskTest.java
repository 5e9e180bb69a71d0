package dev.ltt.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.AgentContext;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What agents asked of the predecessor: reverse dependencies, start and close times, ready by type, start with context. */
class WhatAgentsAskTest {
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(MiniCurriculum.document(), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static String learner(String id) {
        return ltt.use()
                .createLearner
                .create(new CreateLearner.Command(id, null, null))
                .id();
    }

    @Test
    void a_task_lists_the_tasks_it_blocks() {
        String ada = learner("ask-ada");
        assertThat(ltt.use().showTask.show(ada, MiniCurriculum.A).blocks())
                .extracting(TaskDetail.DependencyRef::id)
                .containsExactly(MiniCurriculum.B);
        assertThat(ltt.use().showTask.show(ada, MiniCurriculum.ALPHA).blocks())
                .extracting(TaskDetail.DependencyRef::id)
                .containsExactly(MiniCurriculum.BETA);
        assertThat(ltt.use().showTask.show(ada, MiniCurriculum.B).blocks()).isEmpty();
    }

    @Test
    void a_task_says_when_the_learner_started_and_completed_it_and_forgets_completion_when_reopened() {
        String bea = learner("ask-bea");
        TaskDetail fresh = ltt.use().showTask.show(bea, MiniCurriculum.A);
        assertThat(fresh.startedAt()).isNull();
        assertThat(fresh.completedAt()).isNull();

        ltt.use().startTask.start(bea, MiniCurriculum.A, bea);
        TaskDetail started = ltt.use().showTask.show(bea, MiniCurriculum.A);
        assertThat(started.startedAt()).isNotNull();
        assertThat(started.completedAt()).isNull();

        ltt.use().submitWork.submit(bea, MiniCurriculum.A, new SubmitWork.Command("done", null, null), bea);
        TaskDetail closed = ltt.use().showTask.show(bea, MiniCurriculum.A);
        assertThat(closed.startedAt()).isEqualTo(started.startedAt());
        assertThat(closed.completedAt()).isAfterOrEqualTo(closed.startedAt());
        assertThat(ltt.use().getContext.context(bea, MiniCurriculum.A).task().completedAt())
                .isEqualTo(closed.completedAt());

        ltt.use().reopenTask.reopen(bea, MiniCurriculum.A, "again", bea);
        assertThat(ltt.use().showTask.show(bea, MiniCurriculum.A).completedAt()).isNull();
    }

    @Test
    void the_ready_list_filters_by_task_type_leaves_and_containers_alike() {
        String cyd = learner("ask-cyd");
        assertThat(ltt.use()
                        .readyWork
                        .ready(cyd, MiniCurriculum.SLUG, 10, false, "epic")
                        .tasks())
                .extracting(ReadyTask::id)
                .containsExactly(MiniCurriculum.ALPHA);
        assertThat(ltt.use()
                        .readyWork
                        .ready(cyd, MiniCurriculum.SLUG, 10, false, "subtask")
                        .tasks())
                .extracting(ReadyTask::id)
                .containsExactlyInAnyOrder(MiniCurriculum.A, MiniCurriculum.TALK);
        assertThat(ltt.use()
                        .readyWork
                        .ready(cyd, MiniCurriculum.SLUG, 10, false, "task")
                        .tasks())
                .extracting(ReadyTask::id)
                .containsExactly(MiniCurriculum.ALPHA_ONE);
        assertThatThrownBy(() -> ltt.use().readyWork.ready(cyd, MiniCurriculum.SLUG, 10, false, "project"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("task_type");
    }

    @Test
    void starting_a_task_answers_with_its_context_after_the_change() {
        String dan = learner("ask-dan");
        StartTask.Started started = ltt.use().startTask.startWithContext(dan, MiniCurriculum.A, dan);
        assertThat(started.status()).isEqualTo("in_progress");
        assertThat(started.context().task().id()).isEqualTo(MiniCurriculum.A);
        assertThat(started.context().task().status()).isEqualTo("in_progress");
        assertThat(started.context().task().startedAt()).isNotNull();
        assertThat(started.context().ancestry())
                .extracting(AgentContext.Level::id)
                .containsExactly(MiniCurriculum.ROOT, MiniCurriculum.ALPHA, MiniCurriculum.ALPHA_ONE);
    }
}
