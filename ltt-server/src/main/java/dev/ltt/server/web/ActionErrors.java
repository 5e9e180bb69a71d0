package dev.ltt.server.web;

import dev.ltt.error.BlockedException;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.LttException;
import dev.ltt.error.NotFoundException;
import dev.ltt.progress.TaskDetail;
import java.util.List;
import java.util.Map;

/**
 * Says why a learner's action was refused in words a learner understands, from the domain error and the task as
 * it stands now. The error messages of the API speak to agents ("reopen it (go_back)"); these speak to people.
 */
final class ActionErrors {
    private ActionErrors() {}

    /**
     * @param action start, submit, complete, reopen or help
     * @param task   the task as it is now (null when it could not be read)
     * @param titles task titles by id, to name blockers
     */
    static String describe(LttException e, String action, TaskDetail task, Map<String, String> titles) {
        if (e instanceof BlockedException blocked) return blocked(blocked, task, titles);
        if (e instanceof InvalidInputException invalid) return invalid(invalid, action);
        if (e instanceof NotFoundException)
            return "This task could not be found any more. Go back to the project and pick another.";
        if (e instanceof InvalidStateException && task != null) {
            String words = invalidState(action, task);
            if (words != null) return words;
        }
        return Words.sentence(e.getMessage());
    }

    private static String blocked(BlockedException e, TaskDetail task, Map<String, String> titles) {
        if (e.blockedBy().isEmpty()) {
            String why = task == null || task.blockedReason() == null ? "" : " (" + task.blockedReason() + ")";
            return "This task is on hold" + why + ". Ask your instructor when you can continue.";
        }
        List<String> names = e.blockedBy().stream()
                .map(id -> "\u201c" + titles.getOrDefault(id, id) + "\u201d")
                .toList();
        return "Finish these first: " + Words.list(names) + ".";
    }

    private static String invalid(InvalidInputException e, String action) {
        for (FieldError error : e.errors()) {
            String path = error.path();
            if (path.equals("reason") && error.message().startsWith("give a reason")) {
                return "Please say why you want to reopen this task: a sentence is enough.";
            }
            if (path.equals("content") && error.message().startsWith("content is required")) {
                return "Write your answer in the box before you hand it in.";
            }
            if ((path.equals("message") || path.equals("answer"))
                    && error.message().contains("required")) {
                return action.equals("help") ? "Write your question first." : "Write an answer first.";
            }
        }
        return Words.sentence(e.errors().stream()
                .map(FieldError::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse(e.getMessage()));
    }

    private static String invalidState(String action, TaskDetail task) {
        boolean closed = task.status().equals("closed");
        boolean leaf = task.children().isEmpty();
        return switch (action) {
            case "start", "submit", "complete" -> {
                if (closed) yield "You have already finished this task. Reopen it if you want to work on it again.";
                if (action.equals("submit") && !leaf)
                    yield "This task is made of smaller tasks: hand in your work on those.";
                if (action.equals("complete") && task.requiresSubmission()) {
                    yield "This task is finished by handing in your work: use the answer box below.";
                }
                if (action.equals("complete") && !leaf) yield "Finish all of its parts first; then mark it done.";
                yield null;
            }
            case "reopen" ->
                closed
                        ? null
                        : "Only a finished task can be reopened; this one is still "
                                + Badge.of(task.status()).label().toLowerCase() + ".";
            default -> null;
        };
    }
}
