package dev.ltt.cli;

import dev.ltt.curriculum.IngestResult;
import dev.ltt.error.ConflictException;
import dev.ltt.people.CreateLearner;
import dev.ltt.usecase.UseCases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ltt serve --demo} sets up, safe to repeat on every start: the two bundled curricula, the
 * learner {@code demo}, and fresh tokens for that learner and for an instructor.
 */
final class Demo {
    static final List<String> CURRICULA = List.of("maji-ndogo-part1-v3", "python-fundamentals");
    static final String LEARNER = "demo";
    static final String INSTRUCTOR = "demo-instructor";

    private Demo() {}

    /** One bundled project as the demo found or stored it. */
    record Project(String slug, int version, String title, int leafCount, String state) {}

    /** The demo's projects, learner and tokens. */
    record Setup(
            List<Project> projects, String learner, String learnerToken, String instructor, String instructorToken) {
        @Override
        public String toString() {
            return "Demo.Setup" + projects; // never the tokens
        }
    }

    static Setup prepare(UseCases use) {
        List<Project> projects = new ArrayList<>();
        for (String slug : CURRICULA) projects.add(ingest(use, slug));
        try {
            use.createLearner.create(new CreateLearner.Command(LEARNER, "Demo Learner", null));
        } catch (ConflictException alreadyThere) {
            // a restart: the learner and their progress stay as they are
        }
        return new Setup(
                projects,
                LEARNER,
                use.issueToken.forLearner(LEARNER, null),
                INSTRUCTOR,
                use.issueToken.forInstructor(INSTRUCTOR));
    }

    private static Project ingest(UseCases use, String slug) {
        try {
            IngestResult r = use.ingestCurriculum.ingest(bundled(slug), false);
            return new Project(
                    r.projectId(), r.version(), r.title(), r.leafCount(), r.created() ? "stored" : "already stored");
        } catch (ConflictException editedSince) {
            return new Project(slug, 0, slug, 0, "kept as edited (the bundled copy differs)");
        }
    }

    static byte[] bundled(String slug) {
        try (InputStream in = Demo.class.getResourceAsStream("/curricula/" + slug + ".json")) {
            if (in == null)
                throw new IllegalStateException("the bundled curriculum " + slug + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
