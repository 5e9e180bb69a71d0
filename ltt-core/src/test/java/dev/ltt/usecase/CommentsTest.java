package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ltt.Ltt;
import dev.ltt.discussion.Comment;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommentsTest {
    static final String LEAF = "maji-ndogo-part1-v3@v3.1.1.1";
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.MAJI_NDOGO), false);
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
    void two_learners_never_see_each_others_private_comments_but_both_see_shared_ones() {
        String ada = learner("ada"), ben = learner("ben");
        ltt.use().addComment.add(ada, LEAF, "ada's own thought", "agent:ada");
        ltt.use().addSharedComment.add(LEAF, "Read the whole message before answering.", "instructor:kim");
        ltt.use().addComment.add(ben, LEAF, "ben's own thought", "agent:ben");

        List<Comment> forAda = ltt.use().listComments.list(ada, LEAF, 50);
        List<Comment> forBen = ltt.use().listComments.list(ben, LEAF, 50);

        assertThat(forAda)
                .extracting(Comment::text, Comment::visibility)
                .containsExactly(
                        tuple("Read the whole message before answering.", "shared"),
                        tuple("ada's own thought", "private"));
        assertThat(forBen)
                .extracting(Comment::text, Comment::visibility)
                .containsExactly(
                        tuple("ben's own thought", "private"),
                        tuple("Read the whole message before answering.", "shared"));
        assertThat(forAda).allSatisfy(c -> assertThat(c.taskId()).isEqualTo(LEAF));
        assertThat(forAda.get(0).author()).isEqualTo("instructor:kim");
        assertThat(forAda.get(1).author()).isEqualTo("agent:ada");
    }

    @Test
    void comments_come_newest_first_and_the_limit_cuts_the_oldest() {
        String cid = learner("cid");
        for (int i = 1; i <= 3; i++) ltt.use().addComment.add(cid, LEAF, "note " + i, "agent:cid");

        assertThat(ltt.use().listComments.list(cid, LEAF, 2))
                .extracting(Comment::text)
                .startsWith("note 3")
                .doesNotContain("note 1")
                .hasSize(2);
    }

    @Test
    void a_comment_must_have_text_of_at_most_ten_thousand_characters() {
        String dee = learner("dee");
        assertThatThrownBy(() -> ltt.use().addComment.add(dee, LEAF, "  ", "agent:dee"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("text"));
        assertThatThrownBy(() -> ltt.use().addSharedComment.add(LEAF, "x".repeat(10_001), "instructor:kim"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10000");
        assertThatThrownBy(() -> ltt.use().listComments.list(dee, LEAF, 201))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("limit"));
    }

    @Test
    void comments_on_an_unknown_learner_or_task_are_not_found_with_a_hint() {
        String eve = learner("eve");
        assertThatThrownBy(() -> ltt.use().addComment.add("nobody", LEAF, "hi", "agent"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("create the learner first");
        assertThatThrownBy(() -> ltt.use().listComments.list(eve, "no-such-task", 10))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no task no-such-task");
        assertThatThrownBy(() -> ltt.use().addSharedComment.add("no-such-task", "hi", "instructor:kim"))
                .isInstanceOf(NotFoundException.class);
    }
}
