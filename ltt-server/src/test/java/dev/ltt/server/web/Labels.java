package dev.ltt.server.web;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds form fields a screen reader could not name: no {@code <label for>}, no wrapping label, no aria-label. */
final class Labels {
    private Labels() {}

    static List<String> unlabelled(String html) {
        Document doc = Jsoup.parse(html);
        List<String> missing = new ArrayList<>();
        for (Element field : doc.select("input, textarea, select")) {
            if (field.attr("type").equals("hidden")) continue;
            boolean labelled = !field.attr("aria-label").isBlank()
                    || !field.attr("aria-labelledby").isBlank()
                    || field.closest("label") != null
                    || (!field.id().isEmpty()
                            && !doc.select("label[for=" + field.id() + "]").isEmpty());
            if (!labelled) missing.add(field.outerHtml());
        }
        return missing;
    }
}
