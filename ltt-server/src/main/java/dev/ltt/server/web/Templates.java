package dev.ltt.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The JTE templates of {@code src/main/jte}, precompiled to Java classes at build time and rendered with HTML
 * escaping of every {@code ${...}} by default. Each template takes one view record. Thread-safe.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} (a path under src/main/jte, e.g. {@code "learn/task.jte"}) with its one parameter. */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, model, out);
        return out.toString();
    }
}
