package dev.ltt.usecase;

import static dev.ltt.testing.Docs.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.testing.Corruption;
import dev.ltt.testing.PropertyCheck;
import dev.ltt.testing.RandomCurriculum;
import dev.ltt.testing.StoredTree;
import dev.ltt.testing.TemplateFingerprint;
import dev.ltt.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties over random curricula (see {@link RandomCurriculum}): a valid one survives ingest, export and
 * re-ingest unchanged; a corrupted one is refused with the right problem and stores nothing. One database for
 * the class, a new slug for every try.
 */
class CurriculumRoundTripProperties {
    // modest by default so the suite stays fast; -Dltt.tries=500 for a deeper run
    private static final int VALID_TRIES = Integer.getInteger("ltt.tries", 50);
    private static final int CORRUPT_TRIES = Integer.getInteger("ltt.tries", 100);
    private static final AtomicInteger SLUGS = new AtomicInteger();
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void a_random_valid_curriculum_ingests_exports_and_reingests_as_the_same_tree() {
        PropertyCheck.forAll(VALID_TRIES, decisions -> {
            RandomCurriculum curriculum = RandomCurriculum.generate(decisions);
            String slug = "random-" + SLUGS.incrementAndGet();
            ObjectNode document = curriculum.document(slug, 1);

            IngestResult first = ltt.use().ingestCurriculum.ingest(bytes(document), false);
            assertThat(first.created()).isTrue();
            assertThat(first.taskCount()).isEqualTo(curriculum.nodes().size());

            ObjectNode exported = ltt.use().exportCurriculum.export(slug, OptionalInt.of(1));
            assertThat(exported).isEqualTo(RandomCurriculum.asExported(document));

            exported.put("version", 2);
            assertThat(ltt.use().ingestCurriculum.ingest(bytes(exported), false).created())
                    .isTrue();
            assertThat(StoredTree.load(ltt, slug, 2)).isEqualTo(StoredTree.load(ltt, slug, 1));
            assertThat(ltt.use().exportCurriculum.export(slug, OptionalInt.of(2)))
                    .isEqualTo(exported);
        });
    }

    @Test
    void a_corrupted_curriculum_is_refused_with_the_right_problem_and_changes_nothing() {
        PropertyCheck.forAll(CORRUPT_TRIES, decisions -> {
            RandomCurriculum curriculum = RandomCurriculum.generate(decisions);
            Corruption corruption = decisions.oneOf(List.of(Corruption.values()));
            ObjectNode document = curriculum.document("corrupt-" + SLUGS.incrementAndGet(), 1);
            Corruption.Expected expected = corruption.apply(curriculum, document, decisions);
            Map<String, String> before = TemplateFingerprint.of(ltt.database().jdbi());

            Throwable thrown = catchThrowable(() -> ltt.use().ingestCurriculum.ingest(bytes(document), false));

            assertThat(thrown).as("%s of %s", corruption, document).isInstanceOf(InvalidInputException.class);
            assertThat(((InvalidInputException) thrown).errors())
                    .as("%s of %s", corruption, document)
                    .anySatisfy(error -> matches(error, expected));
            assertThat(TemplateFingerprint.of(ltt.database().jdbi())).isEqualTo(before);
        });
    }

    private static void matches(FieldError error, Corruption.Expected expected) {
        if (expected.path() != null) assertThat(error.path()).isEqualTo(expected.path());
        assertThat(error.message()).contains(expected.words());
    }
}
