package org.magnolianews.host.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The sanitizer keeps exactly what the admincentral's CKEditor 5 produces (issue 10) and strips the rest. The
 * inputs are CKEditor 5's data as its browser build writes it (RichTextEditorBrowserIT saves the same through
 * the real editor).
 */
class RichTextSanitizerTest {

    private static void kept(String html) {
        assertEquals(html, RichTextSanitizer.sanitize(html));
    }

    @Test
    void paragraphsHeadingsFormattingListsAndQuotesAreKept() {
        kept("<h2>Talks in Vladivostok</h2><p>First <strong>bold</strong> and <i>italic</i>.</p><h3>Details</h3><h4>More</h4>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>A quote</p></blockquote>");
    }

    @Test
    void linksKeepTheirAddress() {
        kept("<p><a href=\"https://tass.com/politics\">TASS</a> and <a href=\"/news.html\">news</a></p>");
        assertEquals("<p>x</p>", RichTextSanitizer.sanitize("<p><a href=\"javascript:alert(1)\">x</a></p>"));
    }

    @Test
    void anImageFromTheDamInAFigureWithCaptionIsKept() {
        kept("<figure class=\"image\"><img src=\"/dam/jcr:0b5a3b7e-4b5e-4a40-9a1d-8f7d3f1f2c11/putin-abe.jpg\" alt=\"Putin and Abe\" "
                + "width=\"1200\" height=\"800\" /><figcaption>In Da Nang</figcaption></figure>");
        kept("<p>Inline <img src=\"/dam/jcr:0b5a3b7e-4b5e-4a40-9a1d-8f7d3f1f2c11/a%20b.png\" alt=\"\" /> image</p>");
    }

    @Test
    void imagesFromAnywhereElseAreDropped() {
        String html = RichTextSanitizer.sanitize("<p>a<img src=\"https://evil.example/pixel.gif\" alt=\"x\" />"
                + "<img src=\"data:image/png;base64,AAAA\" /><img src=\"/dam/../admin\" /></p>");
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void scriptsEventHandlersAndStylesAreStripped() {
        String html = RichTextSanitizer.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">Hi<script>alert(1)</script></p>"
                + "<img src=\"/dam/jcr:0b5a3b7e-4b5e-4a40-9a1d-8f7d3f1f2c11/a.png\" onerror=\"alert(2)\" />"
                + "<iframe src=\"https://evil.example/\"></iframe><div onmouseover=\"x()\">d</div><object data=\"x\"></object>");
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onerror") || html.contains("onclick") || html.contains("onmouseover"), html);
        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("evil.example") || html.contains("<object"), html);
        assertTrue(html.startsWith("<p>Hi</p><img src=\"/dam/jcr:0b5a3b7e-4b5e-4a40-9a1d-8f7d3f1f2c11/a.png\" />"), html);
    }

    @Test
    void whatTheEditorDoesNotOfferIsStripped() {
        assertEquals("Title big", RichTextSanitizer.sanitize("<h1>Title</h1> <table><tr><td>big</td></tr></table><u></u><font></font>"));
    }

    @Test
    void aYouTubeOrVimeoEmbedIsKeptWithoutItsStyles() {
        String youtube = "<figure class=\"media\"><div data-oembed-url=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><div>"
                + "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" width=\"1280\" height=\"720\" "
                + "style=\"width: 100%; height: auto; aspect-ratio: 16 / 9; border: 0; display: block;\" frameborder=\"0\" "
                + "allow=\"autoplay; encrypted-media\" referrerpolicy=\"strict-origin-when-cross-origin\" allowfullscreen></iframe></div></div></figure>";
        assertEquals("<figure class=\"media\"><div data-oembed-url=\"https://www.youtube.com/watch?v&#61;dQw4w9WgXcQ\"><div>"
                + "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" width=\"1280\" height=\"720\" frameborder=\"0\" "
                + "allow=\"autoplay; encrypted-media\" referrerpolicy=\"strict-origin-when-cross-origin\" allowfullscreen=\"allowfullscreen\">"
                + "</iframe></div></div></figure>", RichTextSanitizer.sanitize(youtube));
        String vimeo = RichTextSanitizer.sanitize("<figure class=\"media\"><div data-oembed-url=\"https://vimeo.com/1084537\"><div>"
                + "<iframe src=\"https://player.vimeo.com/video/1084537\" width=\"1280\" height=\"720\" frameborder=\"0\" "
                + "webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe></div></div></figure>");
        assertTrue(vimeo.contains("<iframe src=\"https://player.vimeo.com/video/1084537\""), vimeo);
        assertFalse(RichTextSanitizer.sanitize("<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>").contains("iframe"));
    }
}
