package dev.ltt.cli;

import dev.ltt.json.Json;
import java.io.PrintWriter;

/** Writes a command's result: JSON when asked for, otherwise the text a person reads. */
final class Output {
    private Output() {}

    static void print(PrintWriter out, CommonOptions options, Object result, String text) {
        out.println(options.json ? Json.writePretty(result) : text);
        out.flush();
    }
}
