package dev.ltt.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.testing.Decisions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Spoils a real curriculum in one of the ways fuzzing tries: wrong types, missing keys, megabyte strings, deep
 * nesting, NUL characters (escaped, or as a raw byte), invalid UTF-8, duplicate titles referred to, dangling
 * dependencies. Every corruption leaves a document ingestion must refuse; {@link #describe} says which was made.
 */
final class FixtureCorruption {
    enum Kind {
        WRONG_TYPE,
        MISSING_TITLE,
        MEGABYTE_STRING,
        DEEP_JSON,
        DEEP_TREE,
        NUL_ESCAPED,
        NUL_RAW,
        INVALID_UTF8,
        DUPLICATE_TITLE_REFERRED,
        DANGLING_DEPENDENCY
    }

    /** Keys set to a value of a type (or shape) the format does not allow. */
    private static final List<String[]> WRONG = List.of(
            new String[] {"title", "42"},
            new String[] {"title", "\"\""},
            new String[] {"title", "null"},
            new String[] {"priority", "\"high\""},
            new String[] {"priority", "9"},
            new String[] {"estimated_minutes", "-3"},
            new String[] {"estimated_minutes", "1e400"},
            new String[] {"requires_submission", "\"yes\""},
            new String[] {"description", "[1, 2]"},
            new String[] {"learning_objectives", "{\"level\": \"apply\"}"},
            new String[] {"dependencies", "17"},
            new String[] {"subtask_type", "\"conversatonal\""},
            new String[] {"tutor_guidance", "\"be nice\""},
            new String[] {"learning_objectives", "[{\"level\": \"memorize\", \"description\": \"x\"}]"},
            new String[] {"learning_objectives", "[{\"description\": \"no level\"}]"});

    private static final String[] BAD_UTF8 = {
        "\u00c0\u00af", "\u00ff", "\u00ed\u00a0\u0080", "\u00e2\u0082", "\u00f8\u0088\u0080\u0080\u0080"
    };

    final Kind kind;
    final String where;
    final byte[] document;

    private FixtureCorruption(Kind kind, String where, byte[] document) {
        this.kind = kind;
        this.where = where;
        this.document = document;
    }

    String describe() {
        return kind + " at " + where;
    }

    static FixtureCorruption of(ObjectNode fixture, Decisions d) {
        ObjectNode doc = fixture.deepCopy();
        List<Located> nodes = new ArrayList<>();
        collect(doc, "", nodes);
        Kind kind = d.oneOf(List.of(Kind.values()));
        Located at = d.oneOf(nodes);
        Located other = d.oneOf(nodes);
        switch (kind) {
            case WRONG_TYPE -> {
                String[] wrong = d.oneOf(WRONG);
                if (wrong[0].equals("subtask_type") && at.path.isEmpty()) at = nodes.get(1); // the root has none
                at.node.set(wrong[0], Json.parse(wrong[1]));
                return json(kind, at.path + "." + wrong[0], doc);
            }
            case MISSING_TITLE -> {
                at.node.remove("title");
                return json(kind, at.path + ".title", doc);
            }
            case MEGABYTE_STRING -> {
                String field = d.oneOf(List.of("title", "description", "content", "acceptance_criteria"));
                at.node.put(field, "x".repeat(1_000_000 + d.pick(50_000)));
                return json(kind, at.path + "." + field, doc);
            }
            case DEEP_JSON -> {
                int depth = 200 + d.pick(300);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                String text = Json.write(doc);
                // raw text: Jackson would refuse to build such a tree; the server's parser must refuse to read it
                return new FixtureCorruption(
                        kind,
                        "tutor_guidance, " + depth + " levels",
                        text.replaceFirst(
                                        "\\{", "{\"tutor_guidance\": {\"deep\": " + nested.replace("$", "\\$") + "}, ")
                                .getBytes(StandardCharsets.UTF_8));
            }
            case DEEP_TREE -> {
                ObjectNode node = at.node;
                int depth = 12 + d.pick(190);
                for (int i = 0; i < depth; i++)
                    node = ((ArrayNode) node.withArray("subtasks")).addObject().put("title", "level " + i);
                return json(kind, at.path + " +" + depth + " levels of subtasks", doc);
            }
            case NUL_ESCAPED -> {
                String field = d.oneOf(List.of("title", "description"));
                at.node.put(field, "before\u0000after");
                return json(kind, at.path + "." + field, doc);
            }
            case NUL_RAW -> {
                byte[] bytes = Json.write(doc).getBytes(StandardCharsets.UTF_8);
                int title = indexOf(bytes, "\"title\": \"", d.pick(50));
                bytes[title + 10] = 0;
                return new FixtureCorruption(kind, "byte " + (title + 10), bytes);
            }
            case INVALID_UTF8 -> {
                String bad = d.oneOf(List.of(BAD_UTF8));
                at.node.put("title", "bad " + "@@MARK@@" + " bytes");
                byte[] bytes = Json.write(doc).getBytes(StandardCharsets.UTF_8);
                return new FixtureCorruption(
                        kind,
                        at.path + ".title",
                        replace(bytes, "@@MARK@@", bad.getBytes(StandardCharsets.ISO_8859_1)));
            }
            case DUPLICATE_TITLE_REFERRED -> {
                if (other == at) other = nodes.get((nodes.indexOf(at) + 1) % nodes.size());
                String title = at.node.path("title").asText("Twin");
                other.node.put("title", title);
                at.node.put("title", title);
                Located referrer = nodes.get(1 + d.pick(nodes.size() - 1));
                ((ArrayNode) referrer.node.withArray("dependencies")).add(title);
                return json(
                        kind,
                        "\"" + title + "\" at " + at.path + " and " + other.path + ", referred to by " + referrer.path,
                        doc);
            }
            case DANGLING_DEPENDENCY -> {
                Located referrer = nodes.get(1 + d.pick(nodes.size() - 1));
                ((ArrayNode) referrer.node.withArray("dependencies")).add("No node is called this " + d.pick(1000));
                return json(kind, referrer.path + ".dependencies", doc);
            }
        }
        throw new AssertionError(kind);
    }

    private record Located(ObjectNode node, String path) {}

    private static void collect(ObjectNode node, String path, List<Located> out) {
        out.add(new Located(node, path));
        for (String key : List.of("epics", "tasks", "subtasks")) {
            JsonNode children = node.get(key);
            if (children == null || !children.isArray()) continue;
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) instanceof ObjectNode child) {
                    collect(child, (path.isEmpty() ? "" : path + ".") + key + "[" + i + "]", out);
                }
            }
        }
    }

    private static FixtureCorruption json(Kind kind, String where, ObjectNode doc) {
        return new FixtureCorruption(kind, where, Json.write(doc).getBytes(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, String what, int skip) {
        byte[] needle = what.getBytes(StandardCharsets.UTF_8);
        int found = -1;
        for (int i = 0, seen = 0; i + needle.length <= bytes.length; i++) {
            if (matches(bytes, needle, i)) {
                found = i;
                if (seen++ == skip) break;
            }
        }
        return found;
    }

    private static boolean matches(byte[] bytes, byte[] needle, int at) {
        for (int j = 0; j < needle.length; j++) if (bytes[at + j] != needle[j]) return false;
        return true;
    }

    private static byte[] replace(byte[] bytes, String mark, byte[] with) {
        int at = indexOf(bytes, mark, 0);
        byte[] out = new byte[bytes.length - mark.length() + with.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(with, 0, out, at, with.length);
        System.arraycopy(bytes, at + mark.length(), out, at + with.length, bytes.length - at - mark.length());
        return out;
    }
}
