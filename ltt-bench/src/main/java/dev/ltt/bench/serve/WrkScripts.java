package dev.ltt.bench.serve;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Lua scripts wrk runs. Each wrk thread has its own Lua state; {@code setup} numbers the threads so that the
 * submit script can give each thread its own learners (no two threads ever submit for the same learner).
 */
final class WrkScripts {
    private WrkScripts() {}

    private static final String THREADS = """
            local threads = 0
            function setup(thread)
              thread:set("tid", threads)
              threads = threads + 1
            end
            """;

    /**
     * What the scripts that walk learners in turn share: the range, the step and the next learner, and
     * {@code counted}. wrk calls {@code request()} once on its first thread before the run, to count the requests
     * a call returns, and never sends what that call made. So the first thread starts one step back, and a call
     * below the range makes a request of no learner's (a {@code /health}, were it sent): otherwise the first learner
     * of the first thread missed its first pass (a leaf skipped, the next ones blocked: the refused submits the runs
     * reported at 1,000 learners).
     */
    private static final String WALK = """
            local lo, hi, step, g
            local function counted(g)
              if g < lo then return wrk.format("GET", "/health") end
            end
            """;

    /** A plain GET of the URL given on the command line (the floor: {@code /health}). */
    static String plain() {
        return "";
    }

    /** A GET with fixed headers (the cohort views). */
    static String get(String header, String value) {
        return "wrk.headers[\"" + header + "\"] = \"" + value + "\"\n";
    }

    /** {@code GET .../ready?limit=5} of a random learner among {@code l<lo>..l<hi>}, each with their own token. */
    static String ready(String slug) {
        return THREADS + """
                local lo, hi
                function init(args)
                  lo = tonumber(args[1]); hi = tonumber(args[2])
                  math.randomseed(os.time() * 100 + tid)
                end
                request = function()
                  local g = math.random(lo, hi)
                  return wrk.format("GET", "/api/v1/learners/l" .. g .. "/projects/%s/ready?limit=5",
                    {["Authorization"] = "Bearer bench-token-l" .. g})
                end
                """.formatted(slug);
    }

    /** {@code GET .../ready} of learners lo, lo+1, ... in turn (thread t takes every T-th), each once, then again. */
    static String readyInTurn(String slug) {
        return THREADS + WALK + """
                function init(args)
                  lo = tonumber(args[1]); hi = tonumber(args[2]); step = tonumber(args[3])
                  g = lo + tid - (tid == 0 and step or 0)
                end
                request = function()
                  local skipped = counted(g)
                  if skipped then g = g + step; return skipped end
                  if g > hi then g = lo + tid end
                  local path = "/api/v1/learners/l" .. g .. "/projects/%s/ready?limit=5"
                  local auth = "Bearer bench-token-l" .. g
                  g = g + step
                  return wrk.format("GET", path, {["Authorization"] = auth})
                end
                """.formatted(slug);
    }

    /**
     * One whole submit per request (implicit start, validation, close, auto-close) on a fresh (learner, leaf)
     * pair: thread t walks learners lo+t, lo+t+T, ... and, on each pass over them, submits every learner's next
     * workable leaf, number {@code g % spread + 1 + pass} in curriculum order (see {@link SeedData}). The first
     * pass is number {@code args[4]} (0 when absent), so that a later run can go on where an earlier one stopped.
     */
    static String submit(List<String> leaves, int spread) {
        String table = leaves.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(",\n  "));
        return THREADS + WALK + """
                local leaves = {
                  %s
                }
                local pass
                function init(args)
                  lo = tonumber(args[1]); hi = tonumber(args[2]); step = tonumber(args[3])
                  g = lo + tid - (tid == 0 and step or 0); pass = tonumber(args[4] or "0")
                end
                request = function()
                  local skipped = counted(g)
                  if skipped then g = g + step; return skipped end
                  if g > hi then g = lo + tid; pass = pass + 1 end
                  local n = (g %% %d) + 1 + pass
                  local path = "/api/v1/learners/l" .. g .. "/tasks/" .. leaves[n] .. "/submissions"
                  local auth = "Bearer bench-token-l" .. g
                  g = g + step
                  return wrk.format("POST", path, {["Authorization"] = auth, ["Content-Type"] = "application/json"},
                    '{"content": "done"}')
                end
                """.formatted(table, spread) + (Boolean.getBoolean("bench.diagnose") ? """
                response = function(status, headers, body)
                  if status >= 300 or not string.find(body, '"status":"closed"', 1, true) then
                    io.stderr:write("UNEXPECTED " .. status .. " " .. body .. "\\n")
                  end
                end
                """ : "");
    }
}
