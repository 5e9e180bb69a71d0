package dev.ltt.lti.platforms;

import java.util.Map;

/** The tool's public key set, as {@code /lti/jwks} serves it: every key not retired, public halves only. */
public final class PublishKeys {
    private final ToolKeys keys;

    public PublishKeys(ToolKeys keys) {
        this.keys = keys;
    }

    /** Generates the first key if there is none yet (first start). */
    public void ensureKey() {
        keys.ensure();
    }

    public Map<String, Object> jwks() {
        return keys.publicJwks();
    }
}
