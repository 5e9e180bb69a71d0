package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.cohort.QueuedHelpRequest;
import dev.ltt.discussion.HelpRequest;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.NotFoundException;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HelpRequestsTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static final String LEAF = "maji-ndogo-part1-v3@v3.1.1.1";
    static Ltt ltt;

    @BeforeAll
    static void open() throws Exception {
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
    void a_help_request_goes_from_the_learner_to_the_queue_and_its_answer_back_to_the_learner() {
        String ada = learner("ada");
        HelpRequest asked =
                ltt.use().requestHelp.request(ada, LEAF, "What does the President want from me?", "agent:ada");
        assertThat(asked)
                .extracting(HelpRequest::learnerId, HelpRequest::taskId, HelpRequest::status, HelpRequest::answer)
                .containsExactly(ada, LEAF, "open", null);

        List<QueuedHelpRequest> queue = ltt.use().helpQueue.open(SLUG, 50, 0);
        assertThat(queue).extracting(QueuedHelpRequest::id).contains(asked.id());
        QueuedHelpRequest queued =
                queue.stream().filter(q -> q.id() == asked.id()).findFirst().orElseThrow();
        assertThat(queued.taskTitle()).isEqualTo("Read President Naledi's message");
        assertThat(queued.learnerId()).isEqualTo(ada);

        HelpRequest resolved =
                ltt.use().resolveHelpRequest.resolve(ada, asked.id(), "She wants a survey plan.", "instructor:kim");
        assertThat(resolved)
                .extracting(HelpRequest::status, HelpRequest::answer, HelpRequest::resolvedBy)
                .containsExactly("resolved", "She wants a survey plan.", "instructor:kim");
        assertThat(resolved.resolvedAt()).isNotNull();

        assertThat(ltt.use().listHelpRequests.list(ada, 10))
                .singleElement()
                .extracting(HelpRequest::answer)
                .isEqualTo("She wants a survey plan.");
        assertThat(ltt.use().helpQueue.open(SLUG, 50, 0))
                .extracting(QueuedHelpRequest::id)
                .doesNotContain(asked.id());
        assertThatThrownBy(() -> ltt.use().resolveHelpRequest.resolve(ada, asked.id(), "again", "instructor:lee"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already resolved by instructor:kim");
    }

    @Test
    void the_queue_lists_open_requests_of_every_learner_and_version_oldest_first_a_page_at_a_time() throws Exception {
        ObjectNode v4 = (ObjectNode) Json.MAPPER.readTree(Fixtures.curriculum(SLUG));
        v4.put("version", 4);
        String v4Leaf = ltt.use()
                        .ingestCurriculum
                        .ingest(Json.MAPPER.writeValueAsBytes(v4), false)
                        .projectId() + "@v4.1.1.1";
        String ben = learner("ben"), cid = learner("cid");
        long first =
                ltt.use().requestHelp.request(ben, LEAF, "first", "agent:ben").id();
        long second = ltt.use()
                .requestHelp
                .request(cid, v4Leaf, "second", "agent:cid")
                .id();
        long third =
                ltt.use().requestHelp.request(ben, LEAF, "third", "agent:ben").id();

        List<QueuedHelpRequest> all = ltt.use().helpQueue.open(SLUG, 200, 0).stream()
                .filter(q -> q.learnerId().equals(ben) || q.learnerId().equals(cid))
                .toList();
        assertThat(all).extracting(QueuedHelpRequest::message).containsExactly("first", "second", "third");
        assertThat(all).extracting(QueuedHelpRequest::version).containsExactly(3, 4, 3);
        assertThat(all.get(1).id()).isEqualTo(second);

        int before = ltt.use().helpQueue.open(SLUG, 200, 0).size() - 3;
        assertThat(ltt.use().helpQueue.open(SLUG, 1, before + 2))
                .extracting(QueuedHelpRequest::id)
                .containsExactly(third);
        assertThat(ltt.use().listHelpRequests.list(ben, 10))
                .extracting(HelpRequest::id)
                .containsExactly(third, first);
    }

    @Test
    void resolving_an_unknown_request_or_learner_is_not_found() {
        String dee = learner("dee");
        assertThatThrownBy(() -> ltt.use().resolveHelpRequest.resolve(dee, 999_999, "answer", "instructor:kim"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no help request 999999");
        assertThatThrownBy(() -> ltt.use().resolveHelpRequest.resolve("nobody", 1, "answer", "instructor:kim"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no learner nobody");
        assertThatThrownBy(() -> ltt.use().helpQueue.open("no-such-project", 10, 0))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("list the projects");
        assertThatThrownBy(() -> ltt.use().listHelpRequests.list("nobody", 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_help_message_and_an_answer_are_checked_with_their_field_paths() {
        String eve = learner("eve");
        assertThatThrownBy(() -> ltt.use().requestHelp.request(eve, LEAF, "x".repeat(5_001), "agent:eve"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("message"));
        long id = ltt.use().requestHelp.request(eve, LEAF, "help", "agent:eve").id();
        assertThatThrownBy(() -> ltt.use().resolveHelpRequest.resolve(eve, id, "", "instructor:kim"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("answer"));
        assertThatThrownBy(() -> ltt.use().helpQueue.open(SLUG, 10, -1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("offset"));
    }
}
