package dev.ltt.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.error.FieldError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text PostgreSQL cannot store as written: a NUL character (refused by {@code text} and {@code jsonb}) or an
 * unpaired surrogate (not Unicode; it would silently become '?'). For request bodies, checked in keys and
 * values alike, so such input is a 422 naming its path rather than a failed insert.
 */
public final class StorableJson {
    private StorableJson() {}

    /** What is wrong with {@code text}, if anything. */
    public static Optional<String> problem(String text) {
        if (text.indexOf('\u0000') >= 0) {
            return Optional.of("contains a NUL character (\\u0000), which cannot be stored: remove it");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (\\ud800 to \\udfff alone), which is not Unicode "
                        + "text: fix the encoding");
            }
        }
        return Optional.empty();
    }

    /** Every unstorable string or key of {@code node}, by path ({@code a.b[2]}) below {@code path}. */
    public static List<FieldError> problems(JsonNode node, String path) {
        List<FieldError> problems = new ArrayList<>();
        scan(node, path, problems);
        return problems;
    }

    private static void scan(JsonNode node, String path, List<FieldError> problems) {
        if (node.isTextual()) {
            problem(node.textValue()).ifPresent(m -> problems.add(new FieldError(path.isEmpty() ? "$" : path, m)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scan(node.get(i), path + "[" + i + "]", problems);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                problem(e.getKey()).ifPresent(m -> problems.add(new FieldError(at, "the key " + m)));
                scan(e.getValue(), at, problems);
            }
        }
    }
}
