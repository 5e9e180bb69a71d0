package dev.ltt.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmitWork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statement a learner's calls run against the instance layer names one learner: it filters (or, for an
 * insert, sets) {@code learner_id} by a bound value, and that value is the learner's. So, distributed by
 * {@code learner_id}, each such statement goes to one shard. Captured with a JDBI SqlLogger during a walk that
 * touches every learner-scoped use-case, while another learner has state of their own.
 */
class InstanceQueriesFilterByOneLearnerTest {
    static final String WALKER = "walker-7";
    static final Pattern FILTER = Pattern.compile("\\b(?:\\w+\\.)?learner_id\\s*=\\s*:(\\w+)");
    static final Pattern INSERT = Pattern.compile("(?is)^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)");
    static Ltt ltt;
    static final List<Captured> statements = new ArrayList<>();

    record Captured(String sql, StatementContext context) {}

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        UseCases use = ltt.use();
        use.ingestCurriculum.ingest(MiniCurriculum.document(), false);
        for (String id : List.of(WALKER, "someone-else"))
            use.createLearner.create(new CreateLearner.Command(id, null, null));
        use.submitWork.submit(
                "someone-else", MiniCurriculum.A, new SubmitWork.Command("theirs", null, null), "someone-else");
        use.writeNote.write("someone-else", MiniCurriculum.A, "their note", "someone-else");
        ltt.database().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                synchronized (statements) {
                    statements.add(new Captured(context.getRenderedSql(), context));
                }
            }
        });
        walk(use);
        ltt.database().jdbi().setSqlLogger(new SqlLogger() {});
    }

    /** Every learner-scoped use-case, reads and writes. */
    static void walk(UseCases use) {
        String slug = MiniCurriculum.SLUG;
        use.readyWork.ready(WALKER, slug, 5, true);
        use.readyWork.blocked(WALKER, slug, true);
        use.showTree.tree(WALKER, slug);
        use.showProgress.progress(WALKER, slug);
        use.startTask.start(WALKER, MiniCurriculum.A, WALKER);
        use.submitWork.submit(WALKER, MiniCurriculum.A, new SubmitWork.Command(" ", null, null), WALKER);
        use.submitWork.submit(WALKER, MiniCurriculum.A, new SubmitWork.Command("answer", null, null), WALKER);
        use.reopenTask.reopen(WALKER, MiniCurriculum.A, "once more", WALKER);
        use.submitWork.submit(WALKER, MiniCurriculum.A, new SubmitWork.Command("answer", null, null), WALKER);
        use.blockTask.block(WALKER, MiniCurriculum.C, "waiting", WALKER);
        use.blockTask.unblock(WALKER, MiniCurriculum.C, "ready", WALKER);
        use.submitWork.submit(WALKER, MiniCurriculum.B, new SubmitWork.Command("answer", null, null), WALKER);
        use.completeTask.complete(WALKER, MiniCurriculum.TALK, "talked", WALKER);
        use.showTask.show(WALKER, MiniCurriculum.A);
        use.listSubmissions.list(WALKER, MiniCurriculum.A, 10);
        use.addComment.add(WALKER, MiniCurriculum.A, "mine", WALKER);
        use.listComments.list(WALKER, MiniCurriculum.A, 10);
        use.requestHelp.request(WALKER, MiniCurriculum.C, "stuck", WALKER);
        use.listHelpRequests.list(WALKER, 10);
        use.writeNote.write(WALKER, MiniCurriculum.C, "progress", WALKER);
        use.listNotes.list(WALKER, MiniCurriculum.C, 10);
        use.listNotes.latestNotes(WALKER, slug, 10);
        use.listEvents.list(WALKER, null, 50);
        use.listEvents.list(WALKER, MiniCurriculum.A, 50);
        use.getContext.context(WALKER, MiniCurriculum.C);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void every_statement_on_an_instance_table_names_exactly_the_learner_it_acts_for() {
        List<String> instance = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("""
                SELECT DISTINCT c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'learner_id'
                WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname::text <> ALL(CAST(:access AS text[]))
                """)
                        .bind("access", ShardReadySchemaTest.ACCESS.toArray(new String[0]))
                        .mapTo(String.class)
                        .list());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        // statements sent together in one round trip (the lock and the rows; a unit's writes) are checked one by one
        List<Captured> each = statements.stream()
                .flatMap(s -> Arrays.stream(s.sql().split(";\n")).map(part -> new Captured(part, s.context())))
                .toList();
        for (Captured s : each) {
            List<String> touched = instance.stream()
                    .filter(t ->
                            Pattern.compile("\\b" + t + "\\b").matcher(s.sql()).find())
                    .toList();
            if (touched.isEmpty()) continue;
            checked++;
            Optional<String> problem = problem(s);
            problem.ifPresent(p -> wrong.add(
                    p + " (tables " + touched + "): " + s.sql().strip().replaceAll("\\s+", " ")));
        }
        assertThat(checked).as("statements on instance tables seen in the walk").isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    /** Why the statement does not name one learner by a bound value, if it does not. */
    private static Optional<String> problem(Captured s) {
        List<String> names = new ArrayList<>();
        Matcher filter = FILTER.matcher(s.sql());
        while (filter.find()) names.add(filter.group(1));
        Matcher insert = INSERT.matcher(s.sql());
        if (names.isEmpty() && insert.find()) {
            List<String> columns =
                    List.of(insert.group(2).replaceAll("\\s+", "").split(","));
            int at = columns.indexOf("learner_id");
            if (at < 0) return Optional.of("an insert that sets no learner_id");
            Matcher values = Pattern.compile("(?is)VALUES\\s*\\(([^)]*)\\)").matcher(s.sql());
            if (!values.find()) return Optional.of("an insert whose learner_id is not a bound value");
            String value = values.group(1).replaceAll("\\s+", "").split(",")[at];
            if (!value.startsWith(":")) return Optional.of("an insert whose learner_id is " + value);
            names.add(value.substring(1));
        }
        if (names.isEmpty()) return Optional.of("no learner_id = :value");
        for (String name : names) {
            String value = s.context()
                    .getBinding()
                    .findForName(name, s.context())
                    .map(Object::toString)
                    .orElse(null);
            if (value == null || !value.contains(WALKER)) return Optional.of(":" + name + " is bound to " + value);
        }
        return Optional.empty();
    }
}
