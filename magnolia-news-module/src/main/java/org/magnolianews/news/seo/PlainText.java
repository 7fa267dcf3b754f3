package org.magnolianews.news.seo;

import java.util.regex.Pattern;

/**
 * The text of stored rich text, for meta descriptions and teasers. Magnolia's {@code cmsfn} has no such
 * function, so the module does it itself. The rich text the module renders is sanitized markup (tags and a
 * few entities), which this reads without an HTML parser: the module may use only what a Magnolia webapp
 * is sure to have on its class path.
 */
public final class PlainText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|li|blockquote)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" ")).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
