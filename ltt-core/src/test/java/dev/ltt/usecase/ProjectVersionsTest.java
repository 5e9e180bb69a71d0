package dev.ltt.usecase;

import static dev.ltt.testing.Docs.bytes;
import static dev.ltt.testing.Docs.dependsOn;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.curriculum.ProjectListing;
import dev.ltt.testing.StoredTree;
import dev.ltt.testing.TestDatabase;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** (slug, version) identifies a document; a higher version is a new, independent tree and becomes the latest. */
class ProjectVersionsTest {
    static Ltt ltt;
    static StoredTree firstBeforeSecond;

    @BeforeAll
    static void ingestTwoVersions() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use()
                .ingestCurriculum
                .ingest(
                        bytes(project("course", 1, epic("Basics", task("Read"), dependsOn(task("Write"), "Read")))),
                        false);
        firstBeforeSecond = StoredTree.load(ltt, "course", 1);
        ltt.use()
                .ingestCurriculum
                .ingest(
                        bytes(project(
                                "course",
                                2,
                                epic("Basics", task("Read"), task("Listen"), dependsOn(task("Write"), "Listen")),
                                epic("Advanced", task("Essay")))),
                        false);
        ltt.use().ingestCurriculum.ingest(bytes(project("other", 1, epic("Elsewhere"))), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void a_higher_version_gets_its_own_task_ids_none_shared_with_the_first() {
        Set<String> first = ids(1);
        Set<String> second = ids(2);

        assertThat(first).allMatch(id -> id.startsWith("course@v1")).hasSize(4);
        assertThat(second).allMatch(id -> id.startsWith("course@v2")).hasSize(7);
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        assertThat(shared).isEmpty();
    }

    @Test
    void ingesting_a_higher_version_leaves_the_earlier_tree_untouched() {
        assertThat(StoredTree.load(ltt, "course", 1)).isEqualTo(firstBeforeSecond);
    }

    @Test
    void each_version_keeps_its_own_dependencies() {
        assertThat(StoredTree.load(ltt, "course", 1).dependencies())
                .extracting(StoredTree.Edge::from, StoredTree.Edge::toTitle)
                .containsExactly(tuple(".1.2", "Read"));
        assertThat(StoredTree.load(ltt, "course", 2).dependencies())
                .extracting(StoredTree.Edge::from, StoredTree.Edge::toTitle)
                .containsExactly(tuple(".1.3", "Listen"));
    }

    @Test
    void the_project_list_shows_only_the_latest_version_unless_all_are_asked_for() {
        assertThat(ltt.use().listProjects.list(false))
                .filteredOn(p -> !p.projectId().equals("again"))
                .extracting(ProjectListing::projectId, ProjectListing::version)
                .containsExactly(tuple("course", 2), tuple("other", 1));
        assertThat(ltt.use().listProjects.list(true))
                .filteredOn(p -> !p.projectId().equals("again"))
                .extracting(ProjectListing::projectId, ProjectListing::version)
                .containsExactly(tuple("course", 1), tuple("course", 2), tuple("other", 1));
    }

    @Test
    void export_without_a_version_gives_the_latest_and_with_one_gives_that_version() {
        assertThat(ltt.use()
                        .exportCurriculum
                        .export("course", OptionalInt.empty())
                        .get("version")
                        .intValue())
                .isEqualTo(2);
        assertThat(ltt.use()
                        .exportCurriculum
                        .export("course", OptionalInt.of(1))
                        .get("epics"))
                .hasSize(1);
    }

    @Test
    void the_same_document_under_a_new_version_is_a_new_version_not_a_repeat() {
        ltt.use().ingestCurriculum.ingest(bytes(project("again", 1, epic("Same"))), false);
        IngestResult second = ltt.use().ingestCurriculum.ingest(bytes(project("again", 2, epic("Same"))), false);

        assertThat(second.created()).isTrue();
        assertThat(ids("again", 2)).containsExactlyInAnyOrder("again@v2", "again@v2.1");
    }

    private static Set<String> ids(int version) {
        return ids("course", version);
    }

    private static Set<String> ids(String slug, int version) {
        return new HashSet<>(ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("""
                        SELECT t.id FROM tasks t JOIN projects p ON p.pk = t.project_pk
                        WHERE p.slug = :slug AND p.version = :version
                        """)
                        .bind("slug", slug)
                        .bind("version", version)
                        .mapTo(String.class)
                        .list()));
    }
}
