package org.magnolianews.host.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for rich text: exactly what the admincentral's editor (CKEditor 5, see {@code author/richtext.js})
 * produces, applied on every save (forms, API, import) and again on output. Paragraphs, headings h2–h4 (h1 is
 * the page's title), bold, italic, links (http, https, mailto, relative), lists, block quotes, images from the
 * DAM ({@code /dam/jcr:<uuid>/<file>}, in a {@code figure class="image"} with a caption, or inline), and media
 * embeds as CKEditor writes them with {@code previewsInData}: a {@code figure class="media"} around the player's
 * iframe, YouTube or Vimeo only. Anything else (script, event handlers, styles, other images and frames, tables,
 * h1) is dropped, its text kept.
 */
public final class RichTextSanitizer {

    /** A published asset's link, as {@code damfn.getAssetLink} makes it and the editor's DAM button inserts it. */
    private static final Pattern DAM_LINK = Pattern.compile("/dam/jcr:[0-9a-fA-F-]{36}/[^/?#\"'<>\\\\]+");
    private static final Pattern PLAYER = Pattern.compile(
            "https://www\\.youtube\\.com/embed/[\\w-]+(\\?start=\\d+)?|https://player\\.vimeo\\.com/video/\\d+");
    private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s\"'<>]+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "strong", "b", "i", "em", "br", "ul", "ol", "li", "blockquote", "figure", "figcaption")
            .allowStandardUrlProtocols() // http, https, mailto
            .allowElements("a").allowAttributes("href").onElements("a")
            // An image or frame whose address is not allowed is dropped whole (attribute policies run first).
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img", "iframe")
            .allowAttributes("src").matching(DAM_LINK).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img", "iframe")
            .allowAttributes("class").matching(Pattern.compile("image|media")).onElements("figure")
            .allowElements("div").allowAttributes("data-oembed-url").matching(HTTPS_URL).onElements("div")
            .allowAttributes("src").matching(PLAYER).onElements("iframe")
            .allowAttributes("frameborder").matching(Pattern.compile("0")).onElements("iframe")
            .allowAttributes("allow").matching(Pattern.compile("[a-z-]+(; [a-z-]+)*")).onElements("iframe")
            .allowAttributes("referrerpolicy").matching(Pattern.compile("strict-origin-when-cross-origin")).onElements("iframe")
            .allowAttributes("allowfullscreen").onElements("iframe")
            .toFactory();

    private RichTextSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
