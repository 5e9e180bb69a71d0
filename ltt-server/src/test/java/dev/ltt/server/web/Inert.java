package dev.ltt.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks, on HTML parsed as a browser parses it, that nothing in it can run script: no script element but the
 * allowed ones, no event-handler attribute, no javascript:, vbscript: or data: URL, no frame or plugin.
 */
final class Inert {
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data");

    private Inert() {}

    /** The ways {@code html} could run script, in words; empty when it cannot. {@code allowedScript} may be null. */
    static List<String> problems(String html, String allowedScript) {
        Document doc = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && (allowedScript == null || !e.attr("src").startsWith(allowedScript))) {
                problems.add("script element: " + e.outerHtml());
            }
            if (Set.of("iframe", "frame", "object", "embed", "base").contains(tag)) problems.add(tag + " element");
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) problems.add("event handler " + key + " on <" + tag + ">");
                String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(key)
                        && (value.startsWith("javascript:")
                                || value.startsWith("vbscript:")
                                || value.startsWith("data:"))) {
                    problems.add(key + "=" + a.getValue() + " on <" + tag + ">");
                }
            }
        }
        return problems;
    }
}
