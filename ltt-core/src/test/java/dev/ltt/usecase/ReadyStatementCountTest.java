package dev.ltt.usecase;

import dev.ltt.people.CreateLearner;
import dev.ltt.Ltt;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hot read path runs a fixed, small number of statements, however large the curriculum. */
class ReadyStatementCountTest {
    static Ltt ltt;
    static final List<String> statements = new ArrayList<>();

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.MAJI_NDOGO), false);
        ltt.use().createLearner.create(new CreateLearner.Command("counted", null, null));
        ltt.use().startTask.start("counted", "maji-ndogo-part1-v3@v3.1.1.1", "counted");
        ltt.database().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                synchronized (statements) {
                    statements.add(context.getRenderedSql());
                }
            }
        });
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void ready_work_reads_the_learner_and_their_progress_rows_in_two_queries_once_the_structure_is_cached() {
        ltt.use().readyWork.ready("counted", Fixtures.MAJI_NDOGO, 5, false);  // structure already cached by start
        statements.clear();
        ltt.use().readyWork.ready("counted", Fixtures.MAJI_NDOGO, 5, false);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).contains("learner_task_progress");
    }

    @Test
    void progress_and_tree_need_the_same_two_queries() {
        statements.clear();
        ltt.use().showProgress.progress("counted", Fixtures.MAJI_NDOGO);
        assertThat(statements).hasSize(2);
        statements.clear();
        ltt.use().showTree.tree("counted", Fixtures.MAJI_NDOGO);
        assertThat(statements).hasSize(2);
    }
}
