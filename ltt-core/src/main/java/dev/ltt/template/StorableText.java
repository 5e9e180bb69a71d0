package dev.ltt.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.error.FieldError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds text PostgreSQL cannot store as written: a NUL character (refused by {@code text} and {@code jsonb})
 * or an unpaired surrogate (not Unicode; it would silently become '?'). Checked in keys and values alike.
 */
final class StorableText {
    private StorableText() {}

    static List<FieldError> problems(JsonNode document) {
        List<FieldError> problems = new ArrayList<>();
        scan(document, "", problems);
        return problems;
    }

    private static void scan(JsonNode node, String path, List<FieldError> problems) {
        if (node.isTextual()) {
            check(node.textValue(), path, "", problems);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scan(node.get(i), path + "[" + i + "]", problems);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = JsonPaths.field(path, e.getKey());
                check(e.getKey(), at, "the key ", problems);
                scan(e.getValue(), at, problems);
            }
        }
    }

    private static void check(String text, String path, String what, List<FieldError> problems) {
        if (text.indexOf('\u0000') >= 0) {
            problems.add(new FieldError(
                    JsonPaths.display(path),
                    what + "contains a NUL character (\\u0000)," + " which cannot be stored: remove it"));
        } else if (hasUnpairedSurrogate(text)) {
            problems.add(new FieldError(
                    JsonPaths.display(path),
                    what + "contains an unpaired surrogate (\\ud800 to"
                            + " \\udfff alone), which is not Unicode text: fix the encoding"));
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
