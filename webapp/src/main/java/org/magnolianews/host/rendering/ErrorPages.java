package org.magnolianews.host.rendering;

import java.nio.charset.StandardCharsets;

/**
 * The site's own "not found", "server error" and "request not understood" pages: plain HTML in the site's style and language,
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
        return page(language, 404, messages.get(language, "news-module.site.notFound"), messages.get(language, "news-module.site.notFound.text"));
    }

    byte[] serverError(String language) {
        return page(language, 500, messages.get(language, "news-module.site.serverError"), messages.get(language, "news-module.site.serverError.text"));
    }

    /** Any other refusal (a malformed request, a method the site does not take): the status and a way home. */
    byte[] refused(String language, int status) {
        return page(language, status, messages.get(language, "news-module.site.badRequest"), messages.get(language, "news-module.site.badRequest.text"));
    }

    /** The page for a status, as the host's error handling asks for one (see {@code http/ErrorPage}). */
    byte[] forStatus(String language, int status) {
        if (status == 404) {
            return notFound(language);
        }
        return status >= 500 ? serverError(language) : refused(language, status);
    }

    private byte[] page(String language, int status, String title, String text) {
        String home = links.languagePrefix(language) + "/";
        String html = "<!DOCTYPE html><html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<meta name=\"robots\" content=\"noindex\"/><title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + stylesheet + "\"/></head><body class=\"error-page\">"
                + "<main class=\"error\"><p class=\"error-code\">" + status + "</p><h1>" + escape(title) + "</h1><p>"
                + escape(text) + "</p><p><a href=\"" + home + "\">" + escape(messages.get(language, "news-module.site.backHome"))
                + "</a></p></main></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
