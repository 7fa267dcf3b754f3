package org.magnolianews.host.rendering;

import java.nio.charset.StandardCharsets;

/**
 * The site's own "not found" and "server error" pages: plain HTML in the site's style and language,
 * with a way home; no stack trace, no server details.
 */
final class ErrorPages {

    private final Messages messages;
    private final SiteLinks links;
    private final String stylesheet;

    ErrorPages(Messages messages, SiteLinks links, String stylesheet) {
        this.messages = messages;
        this.links = links;
        this.stylesheet = stylesheet;
    }

    byte[] notFound(String language) {
        return page(language, 404, messages.get(language, "site.notFound"), messages.get(language, "site.notFound.text"));
    }

    byte[] serverError(String language) {
        return page(language, 500, messages.get(language, "site.serverError"), messages.get(language, "site.serverError.text"));
    }

    private byte[] page(String language, int status, String title, String text) {
        String home = links.languagePrefix(language) + "/";
        String html = "<!DOCTYPE html><html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<meta name=\"robots\" content=\"noindex\"/><title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + stylesheet + "\"/></head><body class=\"error-page\">"
                + "<main class=\"error\"><p class=\"error-code\">" + status + "</p><h1>" + escape(title) + "</h1><p>"
                + escape(text) + "</p><p><a href=\"" + home + "\">" + escape(messages.get(language, "site.backHome"))
                + "</a></p></main></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
