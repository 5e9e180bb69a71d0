package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.Ltt;
import dev.ltt.discussion.Event;
import dev.ltt.discussion.HelpRequest;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.Status;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventsTest {
    static final String LEAF = "maji-ndogo-part1-v3@v3.1.1.1";
    static final String NEXT = "maji-ndogo-part1-v3@v3.1.1.2";
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
    void events_show_from_to_actor_and_reason_of_a_start_and_a_close_newest_first() {
        String ada = learner("ada");
        ltt.use().startTask.start(ada, LEAF, "agent:ada");
        ltt.use().completeTask.complete(ada, LEAF, "read and discussed", "agent:ada");

        assertThat(ltt.use().listEvents.list(ada, LEAF, 10))
                .extracting(Event::taskId, Event::fromStatus, Event::toStatus, Event::actor, Event::reason)
                .containsExactly(
                        tuple(LEAF, Status.IN_PROGRESS, Status.CLOSED, "agent:ada", "read and discussed"),
                        tuple(LEAF, Status.OPEN, Status.IN_PROGRESS, "agent:ada", null));
    }

    @Test
    void without_a_task_the_list_spans_the_learners_tasks_and_the_limit_keeps_the_newest() {
        String ben = learner("ben");
        ltt.use().completeTask.complete(ben, LEAF, null, "agent:ben");
        ltt.use().startTask.start(ben, NEXT, "agent:ben");

        assertThat(ltt.use().listEvents.list(ben, null, 10))
                .extracting(Event::taskId, Event::toStatus)
                .containsExactly(tuple(NEXT, Status.IN_PROGRESS), tuple(LEAF, Status.CLOSED));
        assertThat(ltt.use().listEvents.list(ben, null, 1))
                .extracting(Event::taskId)
                .containsExactly(NEXT);
        assertThat(ltt.use().listEvents.list(learner("cid"), null, 10)).isEmpty();
    }

    @Test
    void in_json_an_event_writes_its_statuses_in_lower_case_like_every_other_status() {
        String eve = learner("eve");
        ltt.use().startTask.start(eve, LEAF, "agent:eve");

        JsonNode event =
                Json.MAPPER.valueToTree(ltt.use().listEvents.list(eve, LEAF, 1).get(0));
        assertThat(event.get("from_status").asText()).isEqualTo("open");
        assertThat(event.get("to_status").asText()).isEqualTo("in_progress");
        assertThat(Json.MAPPER.convertValue("in_progress", Status.class)).isEqualTo(Status.IN_PROGRESS);
        assertThat(Json.MAPPER.convertValue("IN_PROGRESS", Status.class)).isEqualTo(Status.IN_PROGRESS);

        JsonNode help = Json.MAPPER.valueToTree(ltt.use().requestHelp.request(eve, LEAF, "what now?", "agent:eve"));
        assertThat(help.has("open"))
                .as("isOpen() is derived from status, not a field")
                .isFalse();
        assertThat(help.get("status").asText()).isEqualTo(HelpRequest.OPEN);
    }

    @Test
    void events_of_an_unknown_learner_or_task_are_not_found_and_the_limit_is_checked() {
        String dee = learner("dee");
        assertThatThrownBy(() -> ltt.use().listEvents.list("nobody", null, 10))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no learner nobody");
        assertThatThrownBy(() -> ltt.use().listEvents.list(dee, "no-such-task", 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ltt.use().listEvents.list(dee, null, 501))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("limit"));
    }
}
