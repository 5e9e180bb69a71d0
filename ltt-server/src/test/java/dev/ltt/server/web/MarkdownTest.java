package dev.ltt.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Curriculum Markdown renders to HTML that can run nothing: no script, no event handler, no javascript: link. */
class MarkdownTest {
    /** Markdown written to get script into the page every way a curriculum author (or attacker) might try. */
    static final String HOSTILE = """
            # Title

            <script>alert(1)</script>

            Inline <img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">a raw link</a>.

            [click me](javascript:alert(4)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)
            and [upper](JaVaScRiPt:alert(6)) and ![img](javascript:alert(7))

            <div onmouseover="alert(8)">hover</div>

            <iframe src="https://example.org"></iframe>

            | a | b |
            |---|---|
            | <b onclick="alert(9)">x</b> | [t](javascript:alert(10)) |
            """;

    /** Asserts that {@code html} carries no way to run script. */
    static void assertInert(String html) {
        assertThat(Inert.problems(html, null)).isEmpty();
    }

    @Test
    void script_tags_event_handlers_and_javascript_links_render_inert() {
        String html = new Markdown().toHtml(HOSTILE);

        assertInert(html);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<h1>Title</h1>").contains("<table>");
    }

    @Test
    void ordinary_markdown_keeps_its_links_code_and_emphasis() {
        String html = new Markdown()
                .toHtml("Read **the docs** at [PostgreSQL](https://www.postgresql.org/docs/) "
                        + "or mail [us](mailto:help@example.org).\n\n```sql\nSELECT 1;\n```");

        assertThat(html)
                .contains("<strong>the docs</strong>")
                .contains(
                        "<a rel=\"nofollow noopener noreferrer\" href=\"https://www.postgresql.org/docs/\">PostgreSQL</a>")
                .contains("href=\"mailto:help@example.org\"")
                .contains("<code class=\"language-sql\">SELECT 1;\n</code>");
    }

    @Test
    void the_inertness_check_catches_what_it_looks_for() {
        assertThat(Inert.problems("<p><script>alert(1)</script></p>", null)).hasSize(1);
        assertThat(Inert.problems("<img src=x onerror=alert(1)>", null)).hasSize(1);
        assertThat(Inert.problems("<a href=' JaVa\tScript:alert(1)'>x</a>", null))
                .hasSize(1);
        assertThat(Inert.problems("<p title=\"onerror=alert(1) <b>\">fine</p>", null))
                .isEmpty();
    }

    @Test
    void blank_text_renders_nothing() {
        assertThat(new Markdown().toHtml(null)).isEmpty();
        assertThat(new Markdown().toHtml("  \n")).isEmpty();
    }
}
