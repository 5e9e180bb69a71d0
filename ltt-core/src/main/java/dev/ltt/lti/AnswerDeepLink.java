package dev.ltt.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.ltt.access.Tokens;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.lti.grades.Ags;
import dev.ltt.lti.platforms.Registration;
import dev.ltt.lti.platforms.RegistrationStore;
import dev.ltt.lti.platforms.ToolKeys;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.TemplateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The instructor's choice in the deep-linking picker, answered to the platform: an {@code LtiDeepLinkingResponse}
 * signed with the tool's key, holding one {@code ltiResourceLink} whose {@code custom.project_id} opens the chosen
 * project and whose {@code lineItem} (scoreMaximum = leaves, tag {@code ltt-progress}) receives the grades, and
 * echoing the request's {@code data}. The picker's handle is single use.
 */
public final class AnswerDeepLink {
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private final Jdbi jdbi;
    private final DeepLinks deepLinks;
    private final RegistrationStore registrations;
    private final TemplateStore templates;
    private final ToolKeys keys;
    private final Clock clock;

    AnswerDeepLink(
            Jdbi jdbi,
            DeepLinks deepLinks,
            RegistrationStore registrations,
            TemplateStore templates,
            ToolKeys keys,
            Clock clock) {
        this.jdbi = jdbi;
        this.deepLinks = deepLinks;
        this.registrations = registrations;
        this.templates = templates;
        this.keys = keys;
        this.clock = clock;
    }

    /** The picker's form, and LTT's launch URL (the resource link's {@code url}). */
    public record Command(String handle, String projectId, String launchUrl) {}

    /** Where the browser posts the answer, and the signed answer (the form field {@code JWT}). */
    public record Answer(String returnUrl, String jwt) {}

    public Answer answer(Command c) {
        if (c.handle() == null || c.handle().length() > 200) {
            throw new InvalidInputException(
                    "launch", "the picker's form lost its launch: open the picker again from the course");
        }
        if (c.projectId() == null || c.projectId().isBlank() || c.projectId().length() > 200) {
            throw new InvalidInputException("project_id", "choose a project");
        }
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            ProjectVersion project = templates
                    .latestProject(h, c.projectId())
                    .orElseThrow(
                            () -> new NotFoundException("no project " + c.projectId() + ": choose one of the list"));
            DeepLinks.Request request = deepLinks
                    .consume(h, Tokens.sha256(c.handle()))
                    .filter(r -> now.isBefore(r.expiresAt()))
                    .orElseThrow(() -> new InvalidInputException(
                            "launch",
                            "this choice was already sent, or the picker "
                                    + "was open for more than an hour: open it again from the course"));
            Registration r = registrations
                    .find(h, request.registrationId())
                    .orElseThrow(() -> new NotFoundException("the platform's registration was removed"));
            Map<String, Object> lineItem = new LinkedHashMap<>();
            lineItem.put("scoreMaximum", Math.max(1, project.leafCount()));
            lineItem.put("label", project.title());
            lineItem.put("resourceId", project.slug());
            lineItem.put("tag", Ags.TAG);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "ltiResourceLink");
            item.put("title", project.title());
            item.put("url", c.launchUrl());
            item.put("custom", Map.of("project_id", project.slug()));
            item.put("lineItem", lineItem);
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(r.clientId())
                    .subject(r.clientId())
                    .audience(r.issuer())
                    .issueTime(Date.from(now.minusSeconds(5)))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("nonce", Tokens.generate().substring(4))
                    .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                    .claim(LTI + "version", "1.3.0")
                    .claim(LTI + "deployment_id", request.deploymentId())
                    .claim(DL + "content_items", List.of(item));
            if (request.data() != null) claims.claim(DL + "data", request.data());
            return new Answer(request.returnUrl(), keys.sign(claims.build()));
        });
    }
}
