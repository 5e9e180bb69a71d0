package dev.ltt.lti.platforms;

/**
 * Starts signing with a new tool key. The previous key stays published (platforms that cached it keep verifying
 * what it signed); keys older than that are retired and no longer published.
 */
public final class RotateToolKey {
    private final ToolKeys keys;

    public RotateToolKey(ToolKeys keys) {
        this.keys = keys;
    }

    /** The new key's id. */
    public String rotate() {
        return keys.rotate();
    }
}
