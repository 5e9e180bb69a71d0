package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LearnerReadsWriteNothingTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static final String LEAF = "maji-ndogo-part1-v3@v3.1.1.1";
    static final String LATER = "maji-ndogo-part1-v3@v3.2.1.1";
    static final List<String> TABLES = List.of(
            "learners",
            "enrollments",
            "learner_task_progress",
            "submissions",
            "validations",
            "status_summaries",
            "comments",
            "help_requests",
            "events",
            "shared_comments");
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(SLUG), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void reading_comments_notes_events_and_help_creates_no_row_for_an_active_or_a_new_learner() {
        UseCases use = ltt.use();
        String active = use.createLearner
                .create(new CreateLearner.Command("active", null, null))
                .id();
        String fresh = use.createLearner
                .create(new CreateLearner.Command("fresh", null, null))
                .id();
        use.addComment.add(active, LEAF, "mine", "agent:active");
        use.addSharedComment.add(LEAF, "for everyone", "instructor:kim");
        use.requestHelp.request(active, LEAF, "stuck", "agent:active");
        use.writeNote.write(active, LEAF, "progressing", "agent:active");
        use.completeTask.complete(active, LEAF, "done", "agent:active");
        Map<String, Long> before = rowCounts();

        for (String learner : List.of(active, fresh)) {
            for (String task : List.of(LEAF, LATER)) {
                use.listComments.list(learner, task, 200);
                use.listNotes.list(learner, task, 200);
                use.listEvents.list(learner, task, 500);
            }
            use.listNotes.latestNotes(learner, SLUG, 200);
            use.listEvents.list(learner, null, 500);
            use.listHelpRequests.list(learner, 200);
        }
        use.helpQueue.open(SLUG, 200, 0);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(before)
                .containsEntry("enrollments", 1L)
                .containsEntry("comments", 1L)
                .containsEntry("help_requests", 1L)
                .containsEntry("status_summaries", 2L);
    }

    static Map<String, Long> rowCounts() {
        return ltt.database().jdbi().withHandle(h -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(
                        table,
                        h.createQuery("SELECT count(*) FROM " + table)
                                .mapTo(Long.class)
                                .one());
            }
            return counts;
        });
    }
}
