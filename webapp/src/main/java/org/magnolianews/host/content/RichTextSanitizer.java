package org.magnolianews.host.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The allow-list for rich text: formatting, links, lists, tables, quotes and images. Anything else
 * (script, event handlers, javascript: URLs, styles) is dropped on save and again on output.
 */
public final class RichTextSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br", "sub", "sup").toFactory());

    private RichTextSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
