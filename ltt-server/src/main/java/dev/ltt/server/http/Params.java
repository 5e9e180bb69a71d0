package dev.ltt.server.http;

import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/** Path and query parameters, checked before they reach a use-case; a malformed one is a 400 naming it. */
public final class Params {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern ID_CHARACTERS = Pattern.compile("[A-Za-z0-9@._-]{1,200}");
    private static final Pattern TASK_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}@v[0-9]{1,7}(\\.[0-9]{1,6}){0,12}");

    private Params() {}

    public static String learnerId(Context ctx) {
        return matching(ctx, "learnerId", CreateLearner.ID, "a learner id: letters, digits, '.', '_', '-'");
    }

    public static String slug(Context ctx) {
        return matching(ctx, "slug", SLUG, "a project slug: lower-case letters, digits, '-', '_'");
    }

    /**
     * A task id. One spelled with id characters only that is not the shape of any id ({@code no-such-task.9.9})
     * names no task: 404, like an unknown well-formed id. Characters no id has (a slash, a space, a quote) are 400.
     */
    public static String taskId(Context ctx) {
        String value = ctx.pathParam("taskId");
        if (TASK_ID.matcher(value).matches()) return value;
        if (ID_CHARACTERS.matcher(value).matches() && !value.contains("..")) {
            throw new NotFoundException("no task " + value + ": task ids look like python-fundamentals@v1.2.1; read "
                    + "the project's tree to see them");
        }
        throw HttpProblem.badRequest("taskId", "taskId must be a task id such as python-fundamentals@v1.2.1");
    }

    public static long longId(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id > 0) return id;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw HttpProblem.badRequest(name, name + " must be a positive whole number");
    }

    /** An integer query parameter within bounds, or its default when absent. */
    public static int intQuery(Context ctx, String name, int defaultValue, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null) return defaultValue;
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw HttpProblem.badRequest(name, name + " must be a whole number from " + min + " to " + max);
    }

    public static boolean boolQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals("false")) return false;
        if (value.equals("true")) return true;
        throw HttpProblem.badRequest(name, name + " must be true or false");
    }

    private static String matching(Context ctx, String name, Pattern pattern, String what) {
        String value = ctx.pathParam(name);
        if (!pattern.matcher(value).matches()) throw HttpProblem.badRequest(name, name + " must be " + what);
        return value;
    }
}
