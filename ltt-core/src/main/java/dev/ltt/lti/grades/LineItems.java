package dev.ltt.lti.grades;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.lti.LaunchClaims;
import dev.ltt.lti.platforms.PlatformHttp;
import dev.ltt.lti.platforms.PlatformTokens;
import dev.ltt.lti.platforms.Registration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The line item a resource link's scores go to: the one the launch names, or (a launch with only the
 * {@code lineitems} container) the one tagged {@code ltt-progress} for this resource link, found or created once
 * and remembered. An advisory lock makes concurrent first launches (on any number of servers) create one.
 */
public final class LineItems {
    private final Jdbi jdbi;
    private final PlatformHttp http;
    private final PlatformTokens tokens;

    public LineItems(Jdbi jdbi, PlatformHttp http, PlatformTokens tokens) {
        this.jdbi = jdbi;
        this.http = http;
        this.tokens = tokens;
    }

    /** The line item for this launch, or empty when the launch offers no way to grade. */
    public Optional<String> resolve(Registration r, LaunchClaims c, String label, String slug, int scoreMaximum) {
        if (c.lineItem() != null) return Optional.of(c.lineItem());
        if (c.lineItems() == null
                || c.resourceLinkId() == null
                || !c.agsScopes().contains(Ags.SCOPE_LINEITEM)) {
            return Optional.empty();
        }
        Optional<String> known = remembered(r, c.resourceLinkId());
        if (known.isPresent()) return known;
        return Optional.of(jdbi.inTransaction(h -> {
            h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 10))")
                    .bind("key", r.id() + " " + c.resourceLinkId())
                    .mapTo(Integer.class)
                    .one();
            Optional<String> again = h.createQuery("""
                            SELECT line_item FROM lti_resource_links WHERE registration_id = :r AND resource_link_id = :l
                            """)
                    .bind("r", r.id())
                    .bind("l", c.resourceLinkId())
                    .mapTo(String.class)
                    .findOne();
            if (again.isPresent()) return again.get();
            String item = find(r, c).orElseGet(() -> create(r, c, label, slug, scoreMaximum));
            h.createUpdate("""
                            INSERT INTO lti_resource_links (registration_id, resource_link_id, line_item)
                            VALUES (:r, :l, :item)
                            """)
                    .bind("r", r.id())
                    .bind("l", c.resourceLinkId())
                    .bind("item", item)
                    .execute();
            return item;
        }));
    }

    private Optional<String> remembered(Registration r, String resourceLinkId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT line_item FROM lti_resource_links WHERE registration_id = :r AND resource_link_id = :l
                        """)
                .bind("r", r.id())
                .bind("l", resourceLinkId)
                .mapTo(String.class)
                .findOne());
    }

    private Optional<String> find(Registration r, LaunchClaims c) {
        String url =
                Ags.withQuery(Ags.withQuery(c.lineItems(), "resource_link_id", c.resourceLinkId()), "tag", Ags.TAG);
        PlatformHttp.Answer answer = http.get(url, Ags.CONTAINER_TYPE, tokens.token(r, Ags.SCOPE_LINEITEM));
        if (!answer.ok()) throw new PlatformHttp.PlatformException("listing line items answered " + answer.status());
        JsonNode items = read(answer.body());
        if (!items.isArray()) return Optional.empty();
        for (JsonNode item : items) {
            if (c.resourceLinkId().equals(item.path("resourceLinkId").asText(null))
                    && Ags.TAG.equals(item.path("tag").asText(null))
                    && item.hasNonNull("id")) {
                return Optional.of(item.get("id").asText());
            }
        }
        return Optional.empty();
    }

    private String create(Registration r, LaunchClaims c, String label, String slug, int scoreMaximum) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("label", label);
        body.put("scoreMaximum", Math.max(1, scoreMaximum));
        body.put("resourceLinkId", c.resourceLinkId());
        body.put("resourceId", slug);
        body.put("tag", Ags.TAG);
        PlatformHttp.Answer answer =
                http.postJson(c.lineItems(), Ags.LINEITEM_TYPE, body.toString(), tokens.token(r, Ags.SCOPE_LINEITEM));
        if (!answer.ok())
            throw new PlatformHttp.PlatformException("creating the line item answered " + answer.status());
        String id = read(answer.body()).path("id").asText(null);
        if (id == null || id.isEmpty()) throw new PlatformHttp.PlatformException("the created line item has no id");
        return id;
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PlatformHttp.PlatformException("the platform's answer is not JSON");
        }
    }
}
