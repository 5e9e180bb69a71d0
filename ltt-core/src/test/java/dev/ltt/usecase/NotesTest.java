package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ltt.Ltt;
import dev.ltt.discussion.Note;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotesTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static final String LEAF = "maji-ndogo-part1-v3@v3.1.1.1";
    static final String TASK = "maji-ndogo-part1-v3@v3.1.1";
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

    static String learner(String id) {
        return ltt.use()
                .createLearner
                .create(new CreateLearner.Command(id, null, null))
                .id();
    }

    @Test
    void each_note_on_a_task_is_the_next_version_and_the_latest_comes_first() {
        String ada = learner("ada");
        for (int i = 1; i <= 3; i++) ltt.use().writeNote.write(ada, LEAF, "summary " + i, "agent:ada");

        assertThat(ltt.use().listNotes.list(ada, LEAF, 10))
                .extracting(Note::version, Note::text, Note::author)
                .containsExactly(
                        tuple(3, "summary 3", "agent:ada"),
                        tuple(2, "summary 2", "agent:ada"),
                        tuple(1, "summary 1", "agent:ada"));
        assertThat(ltt.use().listNotes.list(ada, LEAF, 1))
                .extracting(Note::version)
                .containsExactly(3);
    }

    @Test
    void latest_notes_give_one_note_per_task_the_most_recently_written_first() {
        String ben = learner("ben");
        ltt.use().writeNote.write(ben, LEAF, "leaf v1", "agent:ben");
        ltt.use().writeNote.write(ben, LEAF, "leaf v2", "agent:ben");
        ltt.use().writeNote.write(ben, TASK, "task v1", "agent:ben");

        assertThat(ltt.use().listNotes.latestNotes(ben, SLUG, 10))
                .extracting(Note::taskId, Note::version, Note::text)
                .containsExactly(tuple(TASK, 1, "task v1"), tuple(LEAF, 2, "leaf v2"));
        assertThat(ltt.use().listNotes.latestNotes(ben, SLUG, 1))
                .extracting(Note::taskId)
                .containsExactly(TASK);
    }

    @Test
    void sixteen_concurrent_notes_for_one_learner_and_task_get_gapless_versions_one_to_sixteen() throws Exception {
        String cid = learner("cid");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Note>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String text = "concurrent " + i;
            futures.add(pool.submit(() -> {
                go.await();
                return ltt.use().writeNote.write(cid, LEAF, text, "agent:cid");
            }));
        }
        go.countDown();
        List<Integer> versions = new ArrayList<>();
        for (Future<Note> f : futures) versions.add(f.get().version());
        pool.shutdown();

        assertThat(versions)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 16).boxed().toList());
        assertThat(ltt.use().listNotes.list(cid, LEAF, 100))
                .extracting(Note::version)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 16).map(v -> 17 - v).boxed().toList());
    }

    @Test
    void completing_a_leaf_generates_a_note_by_ltt_with_the_reason() {
        String dee = learner("dee");
        ltt.use().writeNote.write(dee, LEAF, "discussed the message", "agent:dee");
        ltt.use().completeTask.complete(dee, LEAF, "read and discussed", "agent:dee");

        assertThat(ltt.use().listNotes.list(dee, LEAF, 10))
                .extracting(Note::version, Note::text, Note::author)
                .containsExactly(
                        tuple(2, "Completed: read and discussed", "ltt"),
                        tuple(1, "discussed the message", "agent:dee"));
        assertThat(ltt.use().listNotes.list(dee, TASK, 10)).isEmpty();
    }

    @Test
    void a_passing_submission_generates_a_note_with_attempt_grade_and_feedback_and_a_failing_one_none() {
        String eve = learner("eve");
        ltt.use().submitWork.submit(eve, LEAF, new SubmitWork.Command(" ", null, null), "agent:eve");
        assertThat(ltt.use().listNotes.list(eve, LEAF, 10)).isEmpty();

        ltt.use().submitWork.submit(eve, LEAF, new SubmitWork.Command("my answer", null, null), "agent:eve");

        assertThat(ltt.use().listNotes.list(eve, LEAF, 10)).singleElement().satisfies(note -> {
            assertThat(note.text())
                    .isEqualTo("Closed on attempt 2 (grade 1.0): Received. Thank you for your submission.");
            assertThat(note.author()).isEqualTo("ltt");
            assertThat(note.version()).isEqualTo(1);
        });
    }

    @Test
    void notes_are_checked_and_name_what_is_missing() {
        String fay = learner("fay");
        assertThatThrownBy(() -> ltt.use().writeNote.write(fay, LEAF, "x".repeat(20_001), "agent:fay"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("text"));
        assertThatThrownBy(() -> ltt.use().writeNote.write("nobody", LEAF, "hi", "agent"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("create the learner first");
        assertThatThrownBy(() -> ltt.use().listNotes.latestNotes(fay, "no-such-project", 10))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no project no-such-project");
        assertThatThrownBy(() -> ltt.use().listNotes.list(fay, LEAF, 0)).isInstanceOf(InvalidInputException.class);
    }
}
