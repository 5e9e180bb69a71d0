package dev.ltt.validation;

/**
 * How an expected fragment is looked for in a program's output. Curricula often write a line break as the
 * two characters backslash and n (JSON {@code "\\n"}); such an escaped fragment also matches the character it
 * stands for, in the output without the line breaks that merely end it.
 */
final class OutputMatch {
    private OutputMatch() {}

    static boolean contains(String output, String expected) {
        if (output.contains(expected)) return true;
        String unescaped = unescape(expected);
        return !unescaped.equals(expected) && withoutFinalLineBreaks(output).contains(unescaped);
    }

    /** Decodes {@code \n}, {@code \t}, {@code \r} and {@code \\}; other backslashes stay as written. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    private static String withoutFinalLineBreaks(String output) {
        String normalized = output.replace("\r\n", "\n");
        int end = normalized.length();
        while (end > 0 && normalized.charAt(end - 1) == '\n') end--;
        return normalized.substring(0, end);
    }
}
