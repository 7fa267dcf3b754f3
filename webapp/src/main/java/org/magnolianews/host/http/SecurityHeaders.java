package org.magnolianews.host.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security headers of one kind of response (issue 12): a Content-Security-Policy that allows what
 * that kind of response really uses and nothing else, who may frame it, no MIME sniffing and how much
 * of its URL a link passes on. Applied to every response of a surface by {@link SecurityHeadersFilter}
 * (errors included) and by {@link QuietErrorHandler}.
 */
public record SecurityHeaders(Map<String, String> values) {

    /** The players rich text may embed (content/RichTextSanitizer keeps no other frame). */
    private static final String PLAYER_ORIGINS = "https://www.youtube.com https://player.vimeo.com";
    private static final String PLAYERS = "frame-src " + PLAYER_ORIGINS + "; ";

    /**
     * Site pages. The templates load one stylesheet and images from {@code /.resources} and {@code /dam},
     * and have no script but a JSON-LD data block: a {@code <script type="application/ld+json">} is
     * never executed, so CSP does not apply to it (HTML "prepare the script element" returns for a
     * non-JavaScript type before the CSP inline check). Rich text may show images by http(s) URL (the
     * sanitizer's image rule), hence {@code img-src http: https:}. Same-origin framing stays allowed,
     * for a preview in the admincentral. Rich text may embed a YouTube or Vimeo player (the editor's media
     * embed, the only frames the sanitizer keeps), hence {@code frame-src} for exactly those two.
     */
    public static final SecurityHeaders SITE = of(
            "default-src 'self'; img-src 'self' http: https:; " + PLAYERS + "object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'self'", "SAMEORIGIN", "strict-origin-when-cross-origin");

    /**
     * Admincentral pages: admin.js, admin.css and CKEditor 5 from the admincentral itself, thumbnails as data
     * URLs; inline styles for the rich-text editor (CKEditor 5 positions its balloons and panels with
     * {@code style} attributes, as its CSP guide says); frames of the admincentral itself (the page editor's
     * page and dialogs) and the media embed's players in the editor; no inline script; never framed.
     */
    public static final SecurityHeaders ADMIN = of(adminPolicy("'self'"), "DENY", "same-origin");

    /**
     * The admincentral's screens the pages app shows over its page editor (a component's dialog in a frame): the
     * admincentral's policy, but framed by the admincentral's own pages (same origin) only.
     */
    public static final SecurityHeaders ADMIN_FRAMED = of(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src 'self' " + PLAYER_ORIGINS
                    + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'", "SAMEORIGIN", "same-origin");

    /** The admincentral's policy for the page editor of an SPA page, which frames the SPA's front end as well. */
    public static String adminPolicyFraming(String frontEndOrigin) {
        return adminPolicy("'self' " + frontEndOrigin);
    }

    private static String adminPolicy(String frameSources) {
        return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src " + frameSources + " "
                + PLAYER_ORIGINS + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** JSON and XML APIs, feeds, sitemaps, images and web resources: nothing in them may run or be framed. */
    public static final SecurityHeaders DATA = of("default-src 'none'; frame-ancestors 'none'", "DENY", "no-referrer");

    private static SecurityHeaders of(String policy, String frameOptions, String referrerPolicy) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Content-Security-Policy", policy);
        values.put("X-Frame-Options", frameOptions);
        values.put("X-Content-Type-Options", "nosniff");
        values.put("Referrer-Policy", referrerPolicy);
        return new SecurityHeaders(Map.copyOf(values));
    }

    public String policy() {
        return values.get("Content-Security-Policy");
    }

    public void applyTo(HttpServletResponse response) {
        values.forEach(response::setHeader);
    }

    public void applyTo(BiConsumer<String, String> setHeader) {
        values.forEach(setHeader);
    }
}
