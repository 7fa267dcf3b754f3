package org.magnolianews.host.author.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.magnolianews.host.author.security.AuthorSession;
import org.magnolianews.host.author.security.AuthorSessions;
import org.magnolianews.host.content.ConcurrentEditException;
import org.magnolianews.host.content.ItemNotFoundException;
import org.magnolianews.host.content.PublishedContentException;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.http.ErrorPage;
import org.magnolianews.host.repository.PublishingException;
import org.magnolianews.host.security.ClientOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admincentral's one servlet: finds the route of a path, checks the session, the role the route
 * needs and (for every POST) the CSRF token, then maps what a route throws to a page with the right
 * status. No route sees a request it is not allowed to answer.
 */
public final class AdmincentralServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AdmincentralServlet.class);

    /** The largest request body accepted (uploads, imports); the multipart limits of the servlet match it. */
    public static final long MAX_REQUEST_BYTES = 70L * 1024 * 1024;

    private final Map<AuthorRoute, Route> handlers = new EnumMap<>(AuthorRoute.class);
    private final AuthorSessions sessions;
    private final UiMessages messages;
    private final Layout layout;
    private final ClientOrigin clients;

    public AdmincentralServlet(AuthorSessions sessions, UiMessages messages, Layout layout, ClientOrigin clients) {
        this.sessions = sessions;
        this.messages = messages;
        this.layout = layout;
        this.clients = clients;
    }

    /** Binds the handler of a route; the route's permission is checked before the handler runs. */
    public AdmincentralServlet handle(AuthorRoute route, Route handler) {
        if (handlers.putIfAbsent(route, handler) != null) {
            throw new IllegalStateException("two handlers for " + route);
        }
        return this;
    }

    /** Start-up check: a route listed in {@link AuthorRoute} but never bound would answer 500 at the first call. */
    public void requireEveryRouteHandled() {
        EnumSet<AuthorRoute> missing = EnumSet.allOf(AuthorRoute.class);
        missing.removeAll(handlers.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("admincentral routes without a handler: " + missing);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = request.getPathInfo() == null || request.getPathInfo().isEmpty() ? "/" : request.getPathInfo();
        AuthorSession session = sessionOf(request).orElse(null);
        Exchange x = new Exchange(request, response, session, messages, layout, clients);
        try {
            if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
                throw new AuthorProblem(413, x.t("error.tooLarge", MAX_REQUEST_BYTES / 1024 / 1024));
            }
            AuthorRoute route = AuthorRoute.find(request.getMethod(), path).orElse(null);
            if (route == null) {
                boolean otherMethod = AuthorRoute.existsWithAnotherMethod(request.getMethod(), path);
                throw new AuthorProblem(otherMethod ? 405 : 404, x.t(otherMethod ? "error.method" : "error.notFound"));
            }
            if (route.permission().isPresent()) {
                if (session == null) {
                    if (request.getMethod().equals("GET")) {
                        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                        x.redirect("/login?next=" + Html.url(path + query));
                        return;
                    }
                    throw new AuthorProblem(401, x.t("error.loginNeeded"), loginAgain(request));
                }
                if (request.getMethod().equals("POST")) {
                    checkCsrf(x, session);
                }
                x.require(route.permission().get());
            }
            handlers.get(route).handle(x);
        } catch (AuthorProblem e) {
            problem(x, e.status(), e.getMessage(), e.onward().map(href -> x.t("login.again")).orElse(null), e.onward().orElse(null));
        } catch (ValidationException e) {
            problem(x, 400, e.errors().stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; ")));
        } catch (ItemNotFoundException e) {
            problem(x, 404, e.getMessage());
        } catch (ConcurrentEditException | PublishingException | PublishedContentException e) {
            problem(x, 409, e.getMessage());
        } catch (IllegalArgumentException e) {
            problem(x, 400, e.getMessage());
        } catch (Exception e) {
            LOG.error("Author UI request {} {} failed", request.getMethod(), path, e);
            problem(x, 500, x.t("error.internal"));
        }
    }

    private void checkCsrf(Exchange x, AuthorSession session) {
        String sent = Optional.ofNullable(x.request().getHeader("X-CSRF-Token")).orElse(x.request().getParameter("_csrf"));
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw AuthorProblem.forbidden(x.t("error.csrf"));
        }
    }

    private Optional<AuthorSession> sessionOf(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(AuthorSessions.COOKIE))
                .map(Cookie::getValue).findFirst().flatMap(sessions::find);
    }

    private static void problem(Exchange x, int status, String message) throws IOException {
        problem(x, status, message, null, null);
    }

    private static void problem(Exchange x, int status, String message, String onwardLabel, String onward) throws IOException {
        if (x.response().isCommitted()) {
            return;
        }
        x.response().reset();
        String markup = problemMarkup(status, message, x.t("back"));
        if (onward != null) {
            markup = markup.replace("</section>", "<p><a id=\"login-again\" href=\"" + Exchange.BASE + Html.esc(onward) + "\">"
                    + Html.esc(onwardLabel) + "</a></p></section>");
        }
        x.page(status, x.t("error.title"), markup);
    }

    /**
     * A form posted after the session ended: the login that leads back to the form's page (the typed work is
     * kept in the browser, see drafts.js). Only a page of this admincentral counts as where the user came from.
     */
    private static String loginAgain(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getHeader("Host");
        String page = referer != null && referer.startsWith(origin + Exchange.BASE + "/") ? referer.substring((origin + Exchange.BASE).length()) : "/";
        return "/login?next=" + Html.url(org.magnolianews.host.author.security.LoginRoutes.safeNext(page));
    }

    /**
     * The same problem page for a request the host refused before this servlet ran (a malformed query
     * string or form): in the default language, without session, since nothing of the request can be read.
     */
    public static ErrorPage errorPage(UiMessages messages, Layout layout) {
        return (path, status, message) -> new ErrorPage.Body("text/html;charset=utf-8", layout.renderAnonymous(messages, "en",
                messages.get("en", "error.title"), problemMarkup(status, message, messages.get("en", "back"))).getBytes(StandardCharsets.UTF_8));
    }

    private static String problemMarkup(int status, String message, String back) {
        return "<section class=\"problem\"><h1>" + status + "</h1><p id=\"problem\">" + Html.esc(message) + "</p><p><a href=\""
                + Exchange.BASE + "/\">" + Html.esc(back) + "</a></p></section>";
    }
}
