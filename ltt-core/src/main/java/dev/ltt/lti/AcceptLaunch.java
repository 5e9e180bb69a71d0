package dev.ltt.lti;

import dev.ltt.access.Role;
import dev.ltt.access.TokenStore;
import dev.ltt.access.Tokens;
import dev.ltt.lti.grades.LineItems;
import dev.ltt.lti.grades.ScoreOutbox;
import dev.ltt.lti.platforms.PlatformHttp;
import dev.ltt.lti.platforms.Registration;
import dev.ltt.lti.platforms.RegistrationStore;
import dev.ltt.lti.platforms.Rosters;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.TemplateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launch: the platform's form post of {@code id_token} and {@code state}. The state is consumed (single use),
 * the id_token verified completely ({@link IdTokenVerifier}); only then is anything of the person written, in one
 * transaction: the learner (created on first launch), the identity, the grade link, a session token.
 */
public final class AcceptLaunch {
    private static final Logger log = LoggerFactory.getLogger(AcceptLaunch.class);
    /** How long the session a launch opens lasts. */
    public static final Duration SESSION = Duration.ofHours(8);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    private final Jdbi jdbi;
    private final LoginStateStore states;
    private final RegistrationStore registrations;
    private final IdTokenVerifier verifier;
    private final Identities identities;
    private final LineItems lineItems;
    private final ScoreOutbox outbox;
    private final TemplateStore templates;
    private final TokenStore tokens;
    private final DeepLinks deepLinks;
    private final Rosters rosters;
    private final Clock clock;

    AcceptLaunch(
            Jdbi jdbi,
            LoginStateStore states,
            RegistrationStore registrations,
            IdTokenVerifier verifier,
            Identities identities,
            LineItems lineItems,
            ScoreOutbox outbox,
            TemplateStore templates,
            TokenStore tokens,
            DeepLinks deepLinks,
            Rosters rosters,
            Clock clock) {
        this.rosters = rosters;
        this.deepLinks = deepLinks;
        this.jdbi = jdbi;
        this.states = states;
        this.registrations = registrations;
        this.verifier = verifier;
        this.identities = identities;
        this.lineItems = lineItems;
        this.outbox = outbox;
        this.templates = templates;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The form post, the state cookie this browser sent back (null when none came, as in a blocked iframe), and
     * the state LTT's launch page read back from the platform's storage (null when it did not ask).
     */
    public record Command(String idToken, String state, String stateCookie, String storedState) {
        public Command(String idToken, String state, String stateCookie) {
            this(idToken, state, stateCookie, null);
        }
    }

    /** Where LTT's launch page reads the state back from: the frame name and the platform's origin. */
    public record StorageCheck(String storageTarget, String platformOrigin) {}

    /**
     * Whether this launch must first read its state back from the platform's storage: when no state cookie came,
     * nothing was read back yet, and the login stored the state there. Reads the state without using it.
     */
    public Optional<StorageCheck> storageCheck(Command c) {
        if (c.stateCookie() != null
                || c.storedState() != null
                || c.state() == null
                || c.state().isBlank()
                || c.state().length() > 200) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> states.peek(h, Tokens.sha256(c.state()))
                .filter(login -> login.storageTarget() != null)
                .flatMap(login -> registrations
                        .find(h, login.registrationId())
                        .map(r -> new StorageCheck(
                                login.storageTarget(), BeginLogin.origin(r.authorizationEndpoint())))));
    }

    public Launch accept(Command c) {
        if (c.state() == null || c.state().isBlank() || c.state().length() > 200) {
            throw LaunchRefused.bad("the launch carries no state: start again from the course");
        }
        if (c.stateCookie() != null && !Tokens.constantTimeEquals(c.stateCookie(), c.state())) {
            throw LaunchRefused.untrusted(
                    "the launch's state is not the one this browser started: start again from the course");
        }
        Instant now = clock.instant();
        LoginStateStore.Login login = jdbi.inTransaction(h -> states.consume(h, Tokens.sha256(c.state())))
                .orElseThrow(() -> LaunchRefused.untrusted(
                        "this launch's state is unknown or was used already: start " + "again from the course"));
        if (c.stateCookie() == null
                && login.storageTarget() != null
                && (c.storedState() == null || !Tokens.constantTimeEquals(c.storedState(), c.state()))) {
            throw LaunchRefused.untrusted("the state kept in the course platform's storage is not this launch's: "
                    + "start again from the course");
        }
        if (now.isAfter(login.expiresAt()))
            throw LaunchRefused.untrusted("the login took longer than ten minutes: start again");
        Registration r = jdbi.withHandle(h -> registrations.find(h, login.registrationId()))
                .orElseThrow(() -> LaunchRefused.untrusted("the platform's registration was removed"));
        LaunchClaims claims;
        try {
            claims = verifier.verify(r, c.idToken(), login.nonceSha256(), now);
        } catch (PlatformHttp.PlatformException e) {
            log.warn("launch refused: the platform's keys could not be read: {}", e.getMessage());
            throw new LaunchRefused(
                    503, "LTT could not read the platform's keys to check this launch: try again in a moment");
        }
        return open(r, claims, now);
    }

    private Launch open(Registration r, LaunchClaims claims, Instant now) {
        String learnerId = Identities.learnerId(claims.issuer(), claims.sub());
        boolean staff = claims.staff();
        String requested = claims.custom().get("project_id");
        Optional<ProjectVersion> project = requested == null || requested.length() > 200
                ? Optional.empty()
                : jdbi.withHandle(h -> templates.latestProject(h, requested));
        String slug = project.map(ProjectVersion::slug).orElse(null);
        String lineItem = null, gradeProblem = null;
        if (project.isPresent() && !staff && LaunchClaims.RESOURCE_LINK.equals(claims.messageType())) {
            try {
                String label = claims.resourceLinkTitle() != null
                        ? claims.resourceLinkTitle()
                        : project.get().title();
                lineItem = lineItems
                        .resolve(r, claims, label, slug, project.get().leafCount())
                        .orElse(null);
            } catch (PlatformHttp.PlatformException e) {
                gradeProblem = "LTT could not find or create the line item for grades: " + e.getMessage();
                log.warn("launch of {}: {}", learnerId, gradeProblem);
            }
        }
        if (LaunchClaims.DEEP_LINKING.equals(claims.messageType())) {
            if (!staff) throw new LaunchRefused(403, "only instructors choose what a course link opens");
            if (claims.deepLinkReturnUrl() == null)
                throw LaunchRefused.bad("the deep-linking request has no deep_link_return_url");
        }
        String token = Tokens.generate();
        String deepLinkHandle = LaunchClaims.DEEP_LINKING.equals(claims.messageType()) ? Tokens.generate() : null;
        String item = lineItem;
        jdbi.useTransaction(h -> {
            identities.upsertLearner(h, learnerId, name(claims.name()), email(claims.email()));
            identities.insert(h, learnerId, claims.issuer(), claims.sub(), r.id());
            if (item != null) outbox.link(h, learnerId, item, slug, r.id(), claims.sub());
            tokens.insert(
                    h,
                    Tokens.sha256(token),
                    staff ? Role.INSTRUCTOR : Role.LEARNER,
                    staff ? null : learnerId,
                    staff ? learnerId : null,
                    now.plus(SESSION));
            if (slug != null && claims.membershipsUrl() != null && claims.contextId() != null) {
                rosters.remember(h, r.id(), claims.contextId(), slug, claims.membershipsUrl(), now);
            }
            if (deepLinkHandle != null)
                deepLinks.insert(
                        h,
                        Tokens.sha256(deepLinkHandle),
                        r.id(),
                        claims.deploymentId(),
                        claims.deepLinkReturnUrl(),
                        claims.deepLinkData(),
                        now.plus(DeepLinks.LIFETIME));
        });
        List<Launch.Choice> choices = deepLinkHandle == null
                ? List.of()
                : jdbi.withHandle(h -> templates.listProjects(h, false)).stream()
                        .map(p -> new Launch.Choice(p.slug(), p.title(), p.leafCount()))
                        .toList();
        return new Launch(
                learnerId,
                staff,
                slug,
                token,
                claims.messageType(),
                deepLinkHandle,
                r.id(),
                claims.deploymentId(),
                requested,
                gradeProblem,
                choices);
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) return null;
        String stripped = name.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    private static String email(String email) {
        return email != null && EMAIL.matcher(email).matches() ? email : null;
    }
}
