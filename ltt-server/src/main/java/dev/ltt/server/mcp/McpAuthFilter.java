package dev.ltt.server.mcp;

import dev.ltt.access.Principal;
import dev.ltt.access.Role;
import dev.ltt.people.Authenticate;
import dev.ltt.people.CreateLearner;
import dev.ltt.server.tools.Caller;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Binds every {@code /mcp} request to one learner before the MCP servlet sees it: a learner's bearer token
 * binds that learner; an admin token binds the learner named in {@value #LEARNER_HEADER}; anything else is
 * refused with a problem+json answer (401 without a valid token, 403 for a token that cannot act for a
 * learner). The bound {@link Caller} travels on as the request attribute {@value #CALLER}; the MCP servlet's own
 * refusals are rewritten as problem+json too ({@link McpProblemResponse}).
 */
final class McpAuthFilter implements Filter {
    static final String CALLER = "ltt.mcp.caller";
    static final String LEARNER_HEADER = "X-LTT-Learner";
    private final Authenticate authenticate;

    McpAuthFilter(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        Optional<Principal> principal = principal(http.getHeader("Authorization"));
        if (principal.isEmpty()) {
            problem(
                    out,
                    401,
                    "UNAUTHORIZED",
                    "send a learner's token as 'Authorization: Bearer <token>' (an admin "
                            + "issues one with POST /api/v1/learners/{id}/tokens or 'ltt token learner ID')");
            return;
        }
        Optional<Caller> caller = caller(principal.get(), http.getHeader(LEARNER_HEADER));
        if (caller.isEmpty()) {
            problem(
                    out,
                    403,
                    "FORBIDDEN",
                    "the MCP tools act for one learner: connect with that learner's token"
                            + (principal.get().role() == Role.ADMIN
                                    ? ", or send '" + LEARNER_HEADER + ": <learner id>' " + "with the admin token"
                                    : ""));
            return;
        }
        http.setAttribute(CALLER, caller.get());
        McpProblemResponse answer = new McpProblemResponse(http, out);
        chain.doFilter(request, answer);
        answer.finish();
    }

    private Optional<Principal> principal(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        return authenticate.principal(header.substring(7).trim());
    }

    static Optional<Caller> caller(Principal principal, String learnerHeader) {
        if (principal.role() == Role.LEARNER) return Optional.of(Caller.learner(principal.learnerId()));
        if (principal.role() == Role.ADMIN
                && learnerHeader != null
                && CreateLearner.ID.matcher(learnerHeader).matches()) {
            return Optional.of(new Caller(learnerHeader, principal.name()));
        }
        return Optional.empty();
    }

    private static void problem(HttpServletResponse out, int status, String code, String detail) throws IOException {
        McpProblemResponse.write(out, status, code, detail);
    }
}
