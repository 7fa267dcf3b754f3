package org.magnolianews.host.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Finds the part of a request Jetty cannot decode, before any servlet asks for a parameter.
 *
 * <p>Why (issue 12, defect 9): Jetty 12 decodes parameters lazily, on the first {@code getParameter}; a
 * bad %-escape or invalid UTF-8 then throws a {@code BadMessageException} (or an
 * {@code IllegalArgumentException}) from deep inside whichever handler asked, which answered 500 with a
 * stack trace. Decoding here, once, with Jetty's own decoder, leaves Jetty's parsed parameters cached
 * for the servlets, so they can never throw later.
 */
final class RequestDecoding {

    private RequestDecoding() {
    }

    /** What is malformed, in words for the client ("…the query string…"); empty when everything decodes. */
    static Optional<String> problem(HttpServletRequest request) {
        Optional<String> query = queryProblem(request.getQueryString());
        if (query.isPresent()) {
            return query;
        }
        // The raw header: getContentType() itself throws for a charset the JVM does not know.
        String contentType = request.getHeader("Content-Type");
        Optional<String> charset = charsetProblem(contentType);
        if (charset.isPresent()) {
            return charset;
        }
        if (isMultipart(contentType)) {
            // Parts are decoded by the servlet that accepts uploads, within its own size limits.
            return Optional.empty();
        }
        defaultToUtf8(request);
        try {
            request.getParameterMap(); // query and, for a form post, the body: Jetty caches what it parsed
            return Optional.empty();
        } catch (RuntimeException e) {
            if (e instanceof HttpException http && http.getCode() != 400) {
                throw e; // a form over Jetty's size limit: Jetty answers its own status (413)
            }
            return Optional.of("the form body cannot be decoded: malformed %-encoding, bytes that are not text in its charset, "
                    + "or a charset that does not exist");
        }
    }

    /** A form without a charset is UTF-8, as the servlets would set before their first getParameter (too late after this). */
    private static void defaultToUtf8(HttpServletRequest request) {
        if (request.getCharacterEncoding() != null) {
            return;
        }
        try {
            request.setCharacterEncoding("UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every JVM has UTF-8", e);
        }
    }

    /** The query string decoded as Jetty decodes it for the servlets (UTF-8, strict). */
    static Optional<String> queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        try {
            UrlEncoded.decodeUtf8To(query, new Fields());
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the query string cannot be decoded: malformed %-encoding or bytes that are not UTF-8");
        }
    }

    /** A {@code charset} parameter of the Content-Type header must name a charset this JVM has. */
    static Optional<String> charsetProblem(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                boolean known;
                try {
                    known = Charset.isSupported(name);
                } catch (IllegalArgumentException illegalName) {
                    known = false;
                }
                if (!known) {
                    return Optional.of("the Content-Type header names a charset that does not exist");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
