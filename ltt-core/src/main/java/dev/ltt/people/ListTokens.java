package dev.ltt.people;

import dev.ltt.access.TokenStore;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.LearnerStore;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Lists issued tokens, newest first: every one (an admin), or one learner's own. The admin token is not among them. */
public final class ListTokens {
    public static final int MAX_LIMIT = 1000;
    private final Jdbi jdbi;
    private final TokenStore tokens;
    private final LearnerStore learners;
    private final TokenUses uses;

    public ListTokens(Jdbi jdbi, TokenStore tokens, LearnerStore learners, TokenUses uses) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.learners = learners;
        this.uses = uses;
    }

    /** Every issued token (learner and instructor tokens). */
    public List<TokenSummary> all(int limit, int offset) {
        check(limit, offset);
        uses.flush(); // this server's pending last uses, so the listing is exact here
        return jdbi.inTransaction(h -> tokens.list(h, null, limit, offset).stream()
                .map(TokenSummary::of)
                .toList());
    }

    /** The tokens issued to one learner; 404 when there is no such learner. */
    public List<TokenSummary> ofLearner(String learnerId, int limit, int offset) {
        check(limit, offset);
        uses.flush();
        return jdbi.inTransaction(h -> {
            if (learners.find(h, learnerId).isEmpty()) {
                throw new NotFoundException("no learner " + learnerId + ": list learners to see their ids");
            }
            return tokens.list(h, learnerId, limit, offset).stream()
                    .map(TokenSummary::of)
                    .toList();
        });
    }

    private static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInputException("limit", "limit must be 1 to " + MAX_LIMIT);
        if (offset < 0) throw new InvalidInputException("offset", "offset must be 0 or more");
    }
}
