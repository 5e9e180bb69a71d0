package dev.ltt;

import dev.ltt.cohort.StuckLearners;
import dev.ltt.discussion.AddComment;
import dev.ltt.discussion.RequestHelp;
import dev.ltt.discussion.ResolveHelpRequest;
import dev.ltt.discussion.WriteNote;
import dev.ltt.template.CurriculumLimits;
import dev.ltt.template.TextEdit;
import dev.ltt.usecase.Guards;
import dev.ltt.validation.SqlConsole;
import dev.ltt.work.ReviewSubmission;
import dev.ltt.work.SubmitWork;
import java.util.Set;

/**
 * Every limit and pattern the use-cases enforce, published once for the doors: the REST checks, the MCP input
 * schemas, the web forms' {@code maxlength} and the OpenAPI document (a test holds it to these values) all read
 * them here, so no door restates a number. The use-cases still check them themselves.
 */
public final class Limits {
    /** A comment on a task, private or shared (characters). */
    public static final int COMMENT = AddComment.MAX_TEXT;
    /** A help request's message. */
    public static final int HELP_MESSAGE = RequestHelp.MAX_MESSAGE;
    /** An instructor's answer to a help request. */
    public static final int HELP_ANSWER = ResolveHelpRequest.MAX_ANSWER;
    /** A progress note. */
    public static final int NOTE = WriteNote.MAX_TEXT;
    /** A reason (reopen, park, unblock, complete). */
    public static final int REASON = Guards.MAX_REASON;
    /** A submission's content. */
    public static final int CONTENT = SubmitWork.MAX_CONTENT;
    /** A submission's result, as JSON text. */
    public static final int RESULT = SubmitWork.MAX_RESULT;
    /** A SQL query run in a learner's workspace (characters). */
    public static final int SQL_QUERY = dev.ltt.workspace.RunSql.MAX_QUERY;
    /** The rows a workspace query counts at most; past it the count reads "or more". */
    public static final long SQL_ROWS_COUNTED = SqlConsole.COUNT_LIMIT;
    /** An instructor's feedback on a reviewed submission. */
    public static final int REVIEW_FEEDBACK = ReviewSubmission.MAX_FEEDBACK;
    /** A submission type: a short lower-case word (text, code, sql...). */
    public static final String SUBMISSION_TYPE_PATTERN = SubmitWork.TYPE_PATTERN;
    /** The longest submission type the pattern allows. */
    public static final int SUBMISSION_TYPE = 40;
    /** A curriculum document, in bytes of UTF-8. */
    public static final int CURRICULUM_BYTES = CurriculumLimits.MAX_DOCUMENT_BYTES;
    /** Deepest nesting below a project. */
    public static final int CURRICULUM_DEPTH = CurriculumLimits.MAX_DEPTH;
    /** Most nodes in one curriculum, the project included. */
    public static final int CURRICULUM_NODES = CurriculumLimits.MAX_NODES;
    /** The longest idle time, in hours, the stuck-learners view may be asked for (a year). */
    public static final int STUCK_HOURS = StuckLearners.MAX_HOURS;
    /** The most failed validations in a row the stuck-learners view may be asked for. */
    public static final int STUCK_FAILURES = StuckLearners.MAX_FAILURES;
    /** The text fields an instructor may edit on a task, in the order they are reported. */
    public static final Set<String> EDITABLE_FIELDS = TextEdit.FIELDS;

    private Limits() {}
}
