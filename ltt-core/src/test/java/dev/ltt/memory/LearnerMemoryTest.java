package dev.ltt.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.AgentContext;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LearnerMemoryTest {
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

    static ProfilePatch lists(ProfileField field, String... items) {
        return new ProfilePatch(Map.of(), Map.of(field, List.of(items)));
    }

    @Test
    void a_profile_patch_replaces_text_fields_and_appends_list_items_without_duplicates() {
        String ada = learner("mem-ada");
        ltt.use()
                .updateProfile
                .update(
                        ada,
                        new ProfilePatch(
                                Map.of(ProfileField.NAME, "Ada", ProfileField.LEARNING_STYLE, "examples first"),
                                Map.of(ProfileField.STRENGTHS, List.of("loops", "SQL"))),
                        "agent");
        Profile p = ltt.use()
                .updateProfile
                .update(
                        ada,
                        new ProfilePatch(
                                Map.of(ProfileField.LEARNING_STYLE, "visual"),
                                Map.of(
                                        ProfileField.STRENGTHS,
                                        List.of(" sql ", "joins"),
                                        ProfileField.INTERESTS,
                                        List.of("water"))),
                        "agent");

        assertThat(p.name()).isEqualTo("Ada");
        assertThat(p.learningStyle()).isEqualTo("visual");
        assertThat(p.strengths()).containsExactly("loops", "SQL", "joins");
        assertThat(p.interests()).containsExactly("water");
        assertThat(ltt.use().showMemory.show(ada).profile()).isEqualTo(p);
    }

    @Test
    void a_bad_patch_reports_every_problem_and_stores_nothing() {
        String bea = learner("mem-bea");
        ltt.use().updateProfile.update(bea, lists(ProfileField.INTERESTS, "maps"), "agent");
        ProfilePatch bad = new ProfilePatch(
                Map.of(ProfileField.NAME, " ", ProfileField.BACKGROUND, "x".repeat(2001)),
                Map.of(ProfileField.STRENGTHS, List.of("ok", "")));
        assertThatThrownBy(() -> ltt.use().updateProfile.update(bea, bad, "agent"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(dev.ltt.error.FieldError::path)
                                .containsExactlyInAnyOrder("name", "background", "strengths[1]"));
        assertThatThrownBy(() -> ltt.use().updateProfile.update(bea, new ProfilePatch(Map.of(), Map.of()), "agent"))
                .isInstanceOf(InvalidInputException.class);
        String[] many = new String[ProfileField.MAX_ITEMS];
        for (int i = 0; i < many.length; i++) many[i] = "interest " + i;
        assertThatThrownBy(() -> ltt.use().updateProfile.update(bea, lists(ProfileField.INTERESTS, many), "agent"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(dev.ltt.error.FieldError::path)
                                .containsExactly("interests"));
        assertThat(ltt.use().showMemory.show(bea).profile().interests()).containsExactly("maps");
        assertThat(ltt.use().showMemory.show(bea).profile().strengths()).isEmpty();
    }

    @Test
    void project_observations_hold_across_versions_and_the_context_shows_them_with_the_global_ones() {
        String cyd = learner("mem-cyd");
        Observation global = ltt.use()
                .remember
                .remember(cyd, new Remember.Command("prefers short hints", null, null, null), "agent");
        Observation project = ltt.use()
                .remember
                .remember(
                        cyd,
                        new Remember.Command("mixes up joins", "on a-leaf", "project", MiniCurriculum.SLUG),
                        "agent");
        assertThat(global.scope()).isEqualTo("global");
        assertThat(project)
                .extracting(Observation::scope, Observation::projectId, Observation::context)
                .containsExactly("project", "mini", "on a-leaf");

        String v2 = new String(MiniCurriculum.document(), StandardCharsets.UTF_8)
                .replace("\"version\": 1", "\"version\": 2");
        ltt.use().ingestCurriculum.ingest(v2.getBytes(StandardCharsets.UTF_8), false);
        AgentContext context = ltt.use().getContext.context(cyd, "mini@v2.1.1.1");
        assertThat(context.memory().observations())
                .extracting(Observation::text)
                .containsExactly("mixes up joins", "prefers short hints");
        assertThat(context.memory().profile()).isEqualTo(Profile.EMPTY);
    }

    @Test
    void the_context_shows_only_the_latest_observations_and_none_of_other_projects() {
        String dan = learner("mem-dan");
        ltt.use()
                .remember
                .remember(dan, new Remember.Command("about another course", null, "project", "mini"), "agent");
        for (int i = 0; i < ShowMemory.IN_CONTEXT + 5; i++) {
            ltt.use().remember.remember(dan, new Remember.Command("note " + i, null, "global", null), "agent");
        }
        List<Observation> shown = ltt.use().showMemory.forContextOf(dan, "elsewhere");
        assertThat(shown).hasSize(ShowMemory.IN_CONTEXT);
        assertThat(shown.get(0).text()).isEqualTo("note " + (ShowMemory.IN_CONTEXT + 4));
        assertThat(shown).extracting(Observation::text).doesNotContain("about another course");
    }

    @Test
    void remembering_checks_scope_project_and_length_and_changes_nothing_when_refused() {
        String eve = learner("mem-eve");
        assertThatThrownBy(
                        () -> ltt.use().remember.remember(eve, new Remember.Command("x", null, "project", null), "a"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("project_id");
        assertThatThrownBy(
                        () -> ltt.use().remember.remember(eve, new Remember.Command("x", null, "global", "mini"), "a"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ltt.use().remember.remember(eve, new Remember.Command("x", null, "team", null), "a"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scope");
        assertThatThrownBy(() -> ltt.use().remember.remember(eve, new Remember.Command("x", null, null, "nope"), "a"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ltt.use()
                        .remember
                        .remember(eve, new Remember.Command("x".repeat(Remember.MAX_TEXT + 1), null, null, null), "a"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> ltt.use().remember.remember("nobody", new Remember.Command("x", null, null, null), "a"))
                .isInstanceOf(NotFoundException.class);
        assertThat(ltt.use().showMemory.show(eve).observations()).isEmpty();
    }

    @Test
    void a_learner_with_the_most_observations_kept_is_told_to_delete_old_ones() {
        String fay = learner("mem-fay");
        for (int i = 0; i < Remember.MAX_OBSERVATIONS; i++) {
            ltt.use().remember.remember(fay, new Remember.Command("n" + i, null, null, null), "agent");
        }
        assertThatThrownBy(
                        () -> ltt.use().remember.remember(fay, new Remember.Command("one more", null, null, null), "a"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("delete old ones");
        long oldest = ltt.use()
                .showMemory
                .show(fay)
                .observations()
                .get(Remember.MAX_OBSERVATIONS - 1)
                .id();
        ltt.use().forgetObservation.forget(fay, oldest, "fay");
        assertThat(ltt.use()
                        .remember
                        .remember(fay, new Remember.Command("one more", null, null, null), "a")
                        .text())
                .isEqualTo("one more");
    }

    @Test
    void the_learner_deletes_an_observation_profile_fields_or_everything() {
        String gus = learner("mem-gus");
        ltt.use()
                .updateProfile
                .update(
                        gus,
                        new ProfilePatch(
                                Map.of(ProfileField.NAME, "Gus"),
                                Map.of(ProfileField.STRENGTHS, List.of("a"), ProfileField.INTERESTS, List.of("b"))),
                        "agent");
        Observation one = ltt.use().remember.remember(gus, new Remember.Command("one", null, null, null), "agent");
        ltt.use().remember.remember(gus, new Remember.Command("two", null, null, null), "agent");

        ltt.use().forgetObservation.forget(gus, one.id(), "gus");
        assertThat(ltt.use().showMemory.show(gus).observations())
                .extracting(Observation::text)
                .containsExactly("two");
        assertThatThrownBy(() -> ltt.use().forgetObservation.forget(gus, one.id(), "gus"))
                .isInstanceOf(NotFoundException.class);
        String other = learner("mem-gus-other");
        Observation theirs =
                ltt.use().remember.remember(other, new Remember.Command("mine", null, null, null), "agent");
        assertThatThrownBy(() -> ltt.use().forgetObservation.forget(gus, theirs.id(), "gus"))
                .as("one learner's id never reaches another's observation")
                .isInstanceOf(NotFoundException.class);

        Profile left = ltt.use().forgetProfile.forget(gus, Set.of(ProfileField.STRENGTHS, ProfileField.NAME), "gus");
        assertThat(left)
                .extracting(Profile::name, Profile::strengths, Profile::interests)
                .containsExactly(null, List.of(), List.of("b"));
        assertThat(ltt.use().forgetProfile.forget(gus, Set.of(), "gus")).isEqualTo(Profile.EMPTY);

        ltt.use().remember.remember(gus, new Remember.Command("three", null, null, null), "agent");
        assertThat(ltt.use().forgetEverything.forget(gus, "gus")).isEqualTo(2);
        LearnerMemory nothing = ltt.use().showMemory.show(gus);
        assertThat(nothing.observations()).isEmpty();
        assertThat(nothing.profile()).isEqualTo(Profile.EMPTY);
        assertThat(ltt.use().showMemory.show(other).observations())
                .extracting(Observation::text)
                .containsExactly("mine");
    }

    @Test
    void concurrent_profile_patches_for_one_learner_lose_no_item() throws Exception {
        String hal = learner("mem-hal");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Profile>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String item = "interest " + i;
                futures.add(pool.submit(
                        () -> ltt.use().updateProfile.update(hal, lists(ProfileField.INTERESTS, item), "a")));
            }
            for (Future<Profile> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(ltt.use().showMemory.show(hal).profile().interests()).hasSize(16);
    }

    @Test
    void memory_lists_observations_newest_first_with_their_author() {
        String ivy = learner("mem-ivy");
        ltt.use().remember.remember(ivy, new Remember.Command("first", null, null, null), "agent:x");
        ltt.use().remember.remember(ivy, new Remember.Command("second", "ctx", "project", "mini"), "ivy");
        assertThat(ltt.use().showMemory.show(ivy).observations())
                .extracting(Observation::text, Observation::author, Observation::projectId)
                .containsExactly(tuple("second", "ivy", "mini"), tuple("first", "agent:x", null));
    }
}
