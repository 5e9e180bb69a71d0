package dev.ltt.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.bench.PgBench;
import dev.ltt.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The measured part of the run: for each number of learners, seed up to it, then measure /health, ready,
 * submit, the cohort views and pgbench, and print each figure beside its floor; at the end the scaling table,
 * storage and heap.
 */
final class Stages {
    private static final int COHORT_TIMEOUT = 120;
    private final DurablePostgres pg;
    private final ServeProcess server;
    private final SeedData.Shape shape;
    private final String instructor;
    private final Report report;
    private final Path work;
    private final List<String> scaling = new ArrayList<>();

    Stages(DurablePostgres pg, ServeProcess server, SeedData.Shape shape, String instructor, Report report, Path work) {
        this.pg = pg;
        this.server = server;
        this.shape = shape;
        this.instructor = instructor;
        this.report = report;
        this.work = work;
    }

    void run(int[] stages) throws Exception {
        String base = server.baseUrl();
        SubmitSqlFloor floor = SubmitSqlFloor.prepare(pg);
        int seeded = 0;
        long rows = 0;
        for (int s = 0; s < stages.length; s++) {
            int learners = stages[s];
            long t = System.nanoTime();
            try (Connection c = pg.connect()) {
                rows += SeedData.seed(c, shape, ServeBenchmark.SLUG, seeded + 1, learners);
            }
            double seedSeconds = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            SeedData.rebuildTallies(pg);
            double rebuildSeconds = (System.nanoTime() - t) / 1e9;
            report.line(String.format(
                    "%n--- %,d learners, %,d progress rows (seeded with COPY in %.1f s; cohort tallies "
                            + "rebuilt from the rows in %.1f s) ---",
                    learners, rows, seedSeconds, rebuildSeconds));
            int lo = seeded + 1;
            if (s == 0) {
                lo = warmUp(base, learners);
            }
            warmTokens(base, seeded + 1, learners);
            CpuTime.Sample healthCpu = CpuTime.now(server.pid(), pg.postmasterPid());
            Wrk.Result health = wrk(base + "/health", WrkScripts.plain(), List.of(), THREADS, CONNECTIONS);
            healthCpu = CpuTime.now(server.pid(), pg.postmasterPid()).minus(healthCpu);
            Statements.reset(pg);
            CpuTime.Sample cpu = CpuTime.now(server.pid(), pg.postmasterPid());
            Wrk.Result ready = wrk(
                    base + "/",
                    WrkScripts.ready(ServeBenchmark.SLUG),
                    List.of("1", "" + learners),
                    THREADS,
                    CONNECTIONS);
            String readyCpu =
                    CpuTime.now(server.pid(), pg.postmasterPid()).minus(cpu).perRequest("GET ready", ready.requests());
            String readyStatements = Statements.top(pg, "GET ready", ready.requests(), 6);
            Statements.reset(pg);
            cpu = CpuTime.now(server.pid(), pg.postmasterPid());
            WalVolume wal = WalVolume.now(pg);
            Wrk.Result submit = wrk(
                    base + "/",
                    WrkScripts.submit(shape.leaves(), SeedData.SPREAD),
                    List.of("" + lo, "" + learners, "" + THREADS),
                    THREADS,
                    CONNECTIONS);
            String submitCpu =
                    CpuTime.now(server.pid(), pg.postmasterPid()).minus(cpu).perRequest("submit", submit.requests());
            String submitWal = WalVolume.now(pg).since(wal).perRequest("submit", submit.requests());
            String submitStatements = Statements.top(pg, "submit", submit.requests(), 12);
            Wrk.Result cohort = cohort(
                    base + "/api/v1/projects/" + ServeBenchmark.SLUG + "/cohort",
                    "Authorization",
                    "Bearer " + instructor);
            Wrk.Result page = cohort(
                    base + "/teach/projects/" + ServeBenchmark.SLUG, "Cookie", ServeBenchmark.cookie(instructor));
            String exact = exactness(base);
            PgBench.Result select = ServeBenchmark.pgbench(pg, "-S");
            cpu = CpuTime.now(server.pid(), pg.postmasterPid());
            wal = WalVolume.now(pg);
            PgBench.Result write = ServeBenchmark.pgbench(pg, "-N");
            CpuTime.Sample writeCpu =
                    CpuTime.now(server.pid(), pg.postmasterPid()).minus(cpu);
            String writeWal = WalVolume.now(pg)
                    .since(wal)
                    .perRequest("pgbench -N", Math.round(write.tps() * ServeBenchmark.SECONDS));
            floor.warmUp(SubmitSqlFloor.LOCK_READ_COMMIT);
            PgBench.Result lockRead = floor.run(SubmitSqlFloor.LOCK_READ_COMMIT);
            floor.warmUp(SubmitSqlFloor.LEAST);
            CpuTime.Sample leastSqlCpu = CpuTime.now(server.pid(), pg.postmasterPid());
            PgBench.Result leastSql = floor.run(SubmitSqlFloor.LEAST);
            leastSqlCpu = CpuTime.now(server.pid(), pg.postmasterPid()).minus(leastSqlCpu);
            floor.warmUp(SubmitSqlFloor.SUBMIT);
            cpu = CpuTime.now(server.pid(), pg.postmasterPid());
            PgBench.Result submitSql = floor.run(SubmitSqlFloor.SUBMIT);
            CpuTime.Sample submitSqlCpu =
                    CpuTime.now(server.pid(), pg.postmasterPid()).minus(cpu);
            // recorded after the measured runs: starting and stopping JFR makes the JIT compile again, which
            // slowed the runs measured after it (submit at 100,000 learners: 879 req/s after a recording, 1,291
            // without one)
            if (ServeBenchmark.PROFILE && s == stages.length - 1) {
                profile("ready", base, learners, lo, 0);
                // fresh (learner, leaf) pairs: learners the measured run did not reach or, when it reached them
                // all, the pass after its last (a learner it left out of that pass then skips a leaf)
                long unreached = lo + submit.requests() + 1000;
                if (unreached < learners) profile("submit", base, learners, (int) unreached, 0);
                else profile("submit", base, learners, lo, 1 + submit.requests() / (learners - lo + 1));
            }
            report.line("  /health (floor)           " + health);
            report.line(healthCpu.perRequest("/health", health.requests()));
            report.line("  GET ready                 " + ready + "   = " + Report.ratio(ready.rate(), health.rate())
                    + " of /health, " + Report.ratio(ready.rate(), select.tps()) + " of pgbench -S");
            report.line("  submit (whole loop)       " + submit + "   = " + Report.ratio(submit.rate(), write.tps())
                    + " of pgbench -N");
            report.line(readyCpu);
            report.line(readyStatements);
            report.line(submitCpu);
            report.line(submitWal);
            report.line(submitStatements);
            report.line("  cohort REST (1 conn)      " + cohort);
            report.line("  cohort web page (1 conn)  " + page);
            report.line("  cohort exactness          " + exact);
            report.line(pgbenchLine("pgbench -S (floor)", select));
            report.line(pgbenchLine("pgbench -N (floor)", write));
            // pgbench's backends start and end within the run, so only the machine's busy time counts them
            double writeMs = msPer(writeCpu, write.tps() * ServeBenchmark.SECONDS);
            report.line(String.format(
                    "  CPU during pgbench -N, per transaction: %.3f ms of the machine (PostgreSQL and pgbench together)",
                    writeMs));
            report.line(writeWal);
            // the same machine, the same PostgreSQL, no server: what the submit's statements cost by themselves
            double submitSqlMs = msPer(submitSqlCpu, submitSql.tps() * ServeBenchmark.SECONDS);
            report.line(pgbenchLine("a submit's SQL, by pgbench", submitSql) + "   = "
                    + Report.ratio(submitSql.tps(), write.tps()) + " of pgbench -N");
            report.line(String.format(
                    "    CPU per replayed submit: %.3f ms of the machine (PostgreSQL and pgbench together)",
                    submitSqlMs));
            report.line(pgbenchLine("its lock, read, commit", lockRead) + "   = "
                    + Report.ratio(lockRead.tps(), write.tps()) + " of pgbench -N");
            double leastSqlMs = msPer(leastSqlCpu, leastSql.tps() * ServeBenchmark.SECONDS);
            report.line(pgbenchLine("the least it could write", leastSql) + "   = "
                    + Report.ratio(leastSql.tps(), write.tps()) + " of pgbench -N");
            report.line(String.format("    CPU per replay: %.3f ms of the machine", leastSqlMs));
            // a server answers a submit over HTTP at no less than /health's cost, and sends its SQL at no less than
            // pgbench's: on a machine the runs keep busy, one after the other is the most any server could reach
            double mostOverHttp = inTurn(health.rate(), submitSql.tps());
            double leastOverHttp = inTurn(health.rate(), leastSql.tps());
            report.line("  the most any server could reach over HTTP (/health and the SQL in turn): "
                    + Report.ratio(mostOverHttp, write.tps()).trim() + " of pgbench -N; with the least writes: "
                    + Report.ratio(leastOverHttp, write.tps()).trim());
            double healthMs = msPer(healthCpu, health.requests());
            report.line(String.format(
                    "    in the machine's CPU, /health and the SQL: %.2f pgbench -N transactions; with the least "
                            + "writes: %.2f (the goal of 50 %% needs at most 2)",
                    (healthMs + submitSqlMs) / writeMs, (healthMs + leastSqlMs) / writeMs));
            scaling.add(String.format(
                    "| %,d | %,d | %.0f (%.2f) | %.0f | %s | %.0f (%.2f) | %.0f | %s | %s | %s | %.2f | %.2f |",
                    learners,
                    rows,
                    ready.rate(),
                    ready.p99us() / 1000.0,
                    health.rate(),
                    Report.ratio(ready.rate(), health.rate()).trim(),
                    submit.rate(),
                    submit.p99us() / 1000.0,
                    write.tps(),
                    Report.ratio(submit.rate(), write.tps()).trim(),
                    Report.ratio(submitSql.tps(), write.tps()).trim(),
                    Report.ratio(mostOverHttp, write.tps()).trim(),
                    cohort.p99us() / 1000.0,
                    page.p99us() / 1000.0));
            seeded = learners;
        }
        report.line("\nscaling (req/s with p99 ms in brackets; cohort figures are p99 ms):");
        report.line(
                "| learners | progress rows | ready | /health | ready share | submit | pgbench -N | submit share | submit's SQL alone | most over HTTP | cohort REST p99 | cohort page p99 |");
        report.line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        scaling.forEach(report::line);
        storage(rows);
        report.line("server heap after the run (-Xmx512m): " + server.heap());
    }

    /** The rate of requests that each take one of the first's turn and then one of the second's. */
    private static double inTurn(double first, double second) {
        return first == 0 || second == 0 ? 0 : 1 / (1 / first + 1 / second);
    }

    /** The machine's CPU milliseconds per request of a run. */
    private static double msPer(CpuTime.Sample cpu, double requests) {
        return 1000 * cpu.machine() / Math.max(1, requests);
    }

    private static String pgbenchLine(String label, PgBench.Result r) {
        return String.format(
                "  %-26s%9.0f tps    p50 %7.2f ms  p99 %7.2f ms",
                label, r.tps(), r.latencies().quantileMs(0.5), r.latencies().quantileMs(0.99));
    }

    private static final int THREADS = ServeBenchmark.THREADS;
    private static final int CONNECTIONS = ServeBenchmark.CONNECTIONS;

    private Wrk.Result wrk(String url, String script, List<String> args, int threads, int connections)
            throws Exception {
        return Wrk.run(url, script, args, threads, connections, ServeBenchmark.SECONDS, 10);
    }

    /**
     * Has each new learner ask for their ready list once, in turn, so that the server's token cache holds their
     * tokens as it would after they had used it once (a server that has been running); the measured runs then
     * pick learners at random. Reports how far the pass got.
     */
    private void warmTokens(String base, int from, int to) throws Exception {
        int seconds = Math.max(2, (to - from + 1) / 1500);
        Wrk.Result pass = Wrk.run(
                base + "/",
                WrkScripts.readyInTurn(ServeBenchmark.SLUG),
                List.of("" + from, "" + to, "" + THREADS),
                THREADS,
                CONNECTIONS,
                seconds,
                10);
        report.line(String.format(
                "  token cache warmed: each of learners %,d..%,d asked once in turn (%,d requests in %d s)",
                from, Math.min(to, from + pass.requests() - 1), pass.requests(), seconds));
    }

    /** Warms the server's JIT on the measured paths; submits on learners 1..n/2, so returns the first fresh one. */
    private int warmUp(String base, int learners) throws Exception {
        Wrk.run(base + "/health", WrkScripts.plain(), List.of(), THREADS, CONNECTIONS, 3, 10);
        Wrk.run(
                base + "/",
                WrkScripts.ready(ServeBenchmark.SLUG),
                List.of("1", "" + learners),
                THREADS,
                CONNECTIONS,
                5,
                10);
        Wrk.run(
                base + "/",
                WrkScripts.submit(shape.leaves(), SeedData.SPREAD),
                List.of("1", "" + learners / 2, "" + THREADS),
                THREADS,
                CONNECTIONS,
                8,
                10);
        cohort(base + "/api/v1/projects/" + ServeBenchmark.SLUG + "/cohort", "Authorization", "Bearer " + instructor);
        return learners / 2 + 1;
    }

    /**
     * The cohort views with one connection: wrk for the run's length; when a single request outlasts it, one
     * request timed by the JDK client (reported with requests = 1).
     */
    private Wrk.Result cohort(String url, String header, String value) throws Exception {
        Wrk.Result r =
                Wrk.run(url, WrkScripts.get(header, value), List.of(), 1, 1, ServeBenchmark.SECONDS, COHORT_TIMEOUT);
        if (r.requests() > 0) return r;
        HttpClient http = HttpClient.newHttpClient();
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header(header, value)
                        .timeout(java.time.Duration.ofSeconds(COHORT_TIMEOUT))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long us = (System.nanoTime() - t) / 1000;
        return new Wrk.Result(1, us / 1e6, us, us, us, response.statusCode() == 200 ? 0 : 1);
    }

    /**
     * Whether the cohort counts the server keeps, after this stage's submits went through it, equal the counts
     * rebuilt from scratch from every learner's rows, and whether each node's four counts add up to the learners.
     */
    private String exactness(String base) throws Exception {
        String url = base + "/api/v1/projects/" + ServeBenchmark.SLUG + "/cohort?limit=1";
        JsonNode kept = fetch(url);
        SeedData.rebuildTallies(pg);
        JsonNode rebuilt = fetch(url);
        int learners = kept.get("totals").get("learners").asInt();
        boolean sums = true;
        for (JsonNode t : kept.get("tasks")) {
            sums &= t.get("open").asInt()
                            + t.get("in_progress").asInt()
                            + t.get("blocked").asInt()
                            + t.get("closed").asInt()
                    == learners;
        }
        boolean same = kept.get("tasks").equals(rebuilt.get("tasks"))
                && kept.get("totals").equals(rebuilt.get("totals"));
        return String.format(
                "kept counts %s the counts rebuilt from the rows; every node's counts %s to %,d learners",
                same ? "EQUAL" : "DIFFER FROM", sums ? "add up" : "DO NOT add up", learners);
    }

    private JsonNode fetch(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + instructor)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IllegalStateException("cohort view: HTTP " + r.statusCode() + " " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private void profile(String name, String base, int learners, int from, long pass) throws Exception {
        Path file = work.resolve(name + ".jfr");
        Profile.start(server, name, file);
        if (name.equals("ready")) {
            wrk(base + "/", WrkScripts.ready(ServeBenchmark.SLUG), List.of("1", "" + learners), THREADS, CONNECTIONS);
        } else {
            wrk(
                    base + "/",
                    WrkScripts.submit(shape.leaves(), SeedData.SPREAD),
                    List.of("" + from, "" + learners, "" + THREADS, "" + pass),
                    THREADS,
                    CONNECTIONS);
        }
        report.line(Profile.stopAndSummarise(server, name, file, 12));
    }

    /** Bytes on disk (tables, TOAST and indexes) per progress row: the progress table alone, and every instance table. */
    private void storage(long seededRows) throws Exception {
        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            long progressRows, progressBytes, instanceBytes;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM learner_task_progress")) {
                rs.next();
                progressRows = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT sum(pg_total_relation_size(relid)) FROM "
                    + StorageBreakdown.leaves("learner_task_progress") + " p")) {
                rs.next();
                progressBytes = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                    WHERE c.relkind = 'r' AND c.relname NOT IN
                      ('projects', 'tasks', 'dependencies', 'learning_objectives', 'shared_comments',
                       'flyway_schema_history', 'api_tokens')
                      AND c.relname NOT LIKE 'pgbench%'""")) {
                rs.next();
                instanceBytes = rs.getLong(1);
            }
            report.line(String.format(
                    "storage: %,d progress rows; progress table with its indexes %,d bytes = %.0f bytes/row; "
                            + "all instance tables (learners, enrollments, progress, submissions, validations, events, ...) "
                            + "%,d bytes = %.0f bytes per touched (learner, task)",
                    progressRows,
                    progressBytes,
                    (double) progressBytes / progressRows,
                    instanceBytes,
                    (double) instanceBytes / progressRows));
        }
    }
}
