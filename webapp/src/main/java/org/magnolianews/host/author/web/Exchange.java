package org.magnolianews.host.author.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.magnolianews.host.author.security.AuthorSession;
import org.magnolianews.host.security.ClientOrigin;
import org.magnolianews.host.security.Permission;
import org.magnolianews.host.security.User;

/** One author request: parameters, the session, the UI language, and the ways to answer. */
public final class Exchange {

    public static final String BASE = "/.magnolia/admincentral";
    public static final String LANG_COOKIE = "mgnlAuthorLang";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final AuthorSession session;
    private final UiMessages messages;
    private final Layout layout;
    private final ClientOrigin clients;

    public Exchange(HttpServletRequest request, HttpServletResponse response, AuthorSession session,
                    UiMessages messages, Layout layout, ClientOrigin clients) {
        this.request = request;
        this.response = response;
        this.session = session;
        this.messages = messages;
        this.layout = layout;
        this.clients = clients;
    }

    /** The client's address: the peer's, or per a trusted proxy's X-Forwarded-For (see {@link ClientOrigin}). */
    public String clientAddress() {
        return clients.address(request);
    }

    /**
     * Sets a cookie of the admincentral: always SameSite=Strict, HttpOnly unless a script must read it,
     * and Secure whenever the request came over HTTPS, directly or per a trusted proxy (issue 12).
     *
     * @param maxAgeSeconds -1: until the browser closes; 0: delete the cookie
     */
    public void setCookie(String name, String value, String path, long maxAgeSeconds, boolean httpOnly) {
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=" + path
                + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : "")
                + (httpOnly ? "; HttpOnly" : "") + "; SameSite=Strict" + (clients.secure(request) ? "; Secure" : ""));
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public Optional<AuthorSession> session() {
        return Optional.ofNullable(session);
    }

    /** The logged-in user; routes behind the login only. */
    public User user() {
        if (session == null) {
            throw new AuthorProblem(401, "not logged in");
        }
        return session.user();
    }

    public boolean may(Permission permission) {
        return session != null && session.user().may(permission);
    }

    /** Refuses with 403 and a page naming the role the action needs, unless the user has the permission. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw AuthorProblem.forbidden(t("error.forbidden", t("role." + permission.least().id())));
        }
    }

    public String lang() {
        String chosen = request.getParameter("lang");
        if (chosen == null && request.getCookies() != null) {
            chosen = Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(LANG_COOKIE))
                    .map(Cookie::getValue).findFirst().orElse(null);
        }
        return chosen != null && UiMessages.LANGUAGES.contains(chosen) ? chosen : "en";
    }

    public String t(String key, Object... args) {
        return messages.get(lang(), key, args);
    }

    public UiMessages messages() {
        return messages;
    }

    public Optional<String> param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String required(String name) {
        return param(name).orElseThrow(() -> AuthorProblem.badRequest(t("error.missingParameter", name)));
    }

    public List<String> params(String name) {
        String[] values = request.getParameterValues(name);
        List<String> list = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    list.add(v.trim());
                }
            }
        }
        return list;
    }

    public int intParam(String name, int fallback, int min, int max) {
        Optional<String> value = param(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                throw AuthorProblem.badRequest(t("error.range", name, min, max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw AuthorProblem.badRequest(t("error.range", name, min, max));
        }
    }

    /** An uploaded file, when the request is multipart and the part has content. */
    public Optional<Part> file(String name) {
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return Optional.empty();
        }
        try {
            Part part = request.getPart(name);
            return part != null && part.getSize() > 0 && part.getSubmittedFileName() != null ? Optional.of(part) : Optional.empty();
        } catch (IOException | jakarta.servlet.ServletException | IllegalStateException e) {
            throw AuthorProblem.badRequest(t("error.upload", e.getMessage()));
        }
    }

    /** The hidden form field carrying the session's CSRF token. */
    public String csrfField() {
        return session == null ? "" : "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.esc(session.csrfToken()) + "\">";
    }

    public void page(int status, String title, String body) throws IOException {
        html(status, layout.render(this, title, body));
    }

    public void html(int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Redirects within the admincentral (a path starting with '/'); never to another site. */
    public void redirect(String pathAndQuery) {
        response.setStatus(303);
        response.setHeader("Location", BASE + pathAndQuery);
    }
}
