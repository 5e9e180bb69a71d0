package dev.ltt.template;

import java.util.Arrays;
import java.util.List;

/** Bloom's taxonomy levels a learning objective names, from the lowest to the highest. */
public enum BloomLevel {
    REMEMBER,
    UNDERSTAND,
    APPLY,
    ANALYZE,
    EVALUATE,
    CREATE;

    public String key() {
        return name().toLowerCase();
    }

    public static BloomLevel fromKey(String key) {
        return valueOf(key.toUpperCase());
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(BloomLevel::key).toList();
    }
}
