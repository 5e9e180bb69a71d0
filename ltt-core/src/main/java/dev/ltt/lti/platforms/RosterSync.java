package dev.ltt.lti.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.lti.LtiRoles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Fetches course rosters (NRPS 2.0) in the background: the membership container with the client-credentials
 * token, following {@code Link: <...>; rel="next"} (at most 100 pages), then hourly; a failure is retried in
 * five minutes. Launches never wait for it.
 */
public final class RosterSync {
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");
    private final Jdbi jdbi;
    private final Rosters rosters;
    private final RegistrationStore registrations;
    private final PlatformTokens tokens;
    private final PlatformHttp http;
    private final Clock clock;

    public RosterSync(
            Jdbi jdbi,
            Rosters rosters,
            RegistrationStore registrations,
            PlatformTokens tokens,
            PlatformHttp http,
            Clock clock) {
        this.jdbi = jdbi;
        this.rosters = rosters;
        this.registrations = registrations;
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    public int sweep() {
        List<Rosters.Due> due = jdbi.inTransaction(h -> rosters.claimDue(h, clock.instant(), 5));
        for (Rosters.Due d : due) fetch(d);
        return due.size();
    }

    private void fetch(Rosters.Due due) {
        Optional<Registration> registration = jdbi.withHandle(h -> registrations.find(h, due.registrationId()));
        if (registration.isEmpty()) return;
        try {
            List<Rosters.Member> members = new ArrayList<>();
            String url = due.membershipsUrl();
            for (int page = 0; url != null && page < 100; page++) {
                PlatformHttp.Answer answer = http.get(url, MEDIA_TYPE, tokens.token(registration.get(), SCOPE));
                if (answer.status() == 401) tokens.forget(registration.get(), SCOPE);
                if (!answer.ok()) throw new PlatformHttp.PlatformException("the roster answered " + answer.status());
                JsonNode body = Json.MAPPER.readTree(answer.body());
                for (JsonNode m : body.path("members")) {
                    String sub = m.path("user_id").asText(null);
                    if (sub == null || "Inactive".equals(m.path("status").asText())) continue;
                    List<String> roles = new ArrayList<>();
                    m.path("roles").forEach(r -> roles.add(r.asText()));
                    members.add(new Rosters.Member(
                            sub, m.path("name").asText(null), m.path("email").asText(null), LtiRoles.staff(roles)));
                }
                url = answer.header("Link")
                        .map(NEXT::matcher)
                        .filter(Matcher::find)
                        .map(x -> x.group(1))
                        .orElse(null);
            }
            Instant next = clock.instant().plus(Duration.ofHours(1));
            jdbi.useTransaction(h -> rosters.store(h, due, members, next));
        } catch (PlatformHttp.PlatformException | com.fasterxml.jackson.core.JsonProcessingException e) {
            String message = e.getMessage() == null ? "the roster could not be read" : e.getMessage();
            jdbi.useTransaction(h -> rosters.failed(
                    h,
                    due,
                    message.length() > 500 ? message.substring(0, 500) : message,
                    clock.instant().plus(Duration.ofMinutes(5))));
        }
    }
}
