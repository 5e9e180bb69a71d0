package dev.ltt.server.web;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders curriculum Markdown (CommonMark with tables) to HTML that is safe to embed: raw HTML in the text is
 * escaped, not passed through, and link and image URLs other than http, https and mailto are dropped, so a
 * curriculum cannot inject script ({@code <script>}, {@code onerror=}, {@code javascript:}). Thread-safe.
 */
public final class Markdown {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (tag.equals("a")) attributes.put("rel", "nofollow noopener noreferrer");
            })
            .build();

    /** The HTML of {@code markdown}; empty for null or blank text. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        Node document = parser.parse(markdown);
        return renderer.render(document);
    }
}
