package dev.ltt.server.web;

import java.nio.charset.StandardCharsets;

/** The web UI's addresses, built in one place so that templates never assemble a URL from raw text. */
final class Urls {
    static final String LEARN = "/learn";
    static final String TEACH = "/teach";

    private Urls() {}

    /** Where a signed-in person starts: learners at /learn, staff at /teach. */
    static String home(dev.ltt.access.Principal principal) {
        return principal.isStaff() ? TEACH : LEARN;
    }

    static String teachProject(String slug) {
        return TEACH + "/projects/" + segment(slug);
    }

    /** Percent-encodes one path segment, keeping the characters task ids and slugs use ({@code A-Za-z0-9 . _ - @ ~}). */
    static String segment(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-_@~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Whose pages these are and where their links point: a learner's own ({@code /learn}, with actions) or one
     * learner seen by staff ({@code /teach/learners/{id}}, read only).
     */
    record Scope(String learnerId, boolean own, String base) {
        static Scope own(String learnerId) {
            return new Scope(learnerId, true, LEARN);
        }

        static Scope staff(String learnerId) {
            return new Scope(learnerId, false, TEACH + "/learners/" + segment(learnerId));
        }

        String project(String slug) {
            return base + "/projects/" + segment(slug);
        }

        String task(String taskId) {
            return base + "/tasks/" + segment(taskId);
        }

        String projects() {
            return own ? LEARN : TEACH;
        }
    }
}
