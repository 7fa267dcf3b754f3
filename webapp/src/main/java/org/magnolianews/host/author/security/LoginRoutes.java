package org.magnolianews.host.author.security;

import jakarta.servlet.http.Cookie;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.magnolianews.host.audit.LoginAudit;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.security.Authenticator;

/**
 * Login and logout. The session cookie is HttpOnly and SameSite=Strict (and Secure over HTTPS); the
 * login form itself is protected by a double-submit token (a cookie and a hidden field that must
 * match), so another site cannot log a browser into an account of its choosing. Passwords are checked
 * by the host's one {@link Authenticator}, so the form and the management API share one throttle.
 */
public final class LoginRoutes {

    private static final String LOGIN_TOKEN_COOKIE = "mgnlLoginToken";
    private static final String SESSION_PATH = "/.magnolia";

    private final Authenticator authenticator;
    private final LoginAudit logins;
    private final AuthorSessions sessions;
    private final SecureRandom random = new SecureRandom();
    private final AdminTemplates templates = new AdminTemplates();

    public LoginRoutes(Authenticator authenticator, AuthorSessions sessions, LoginAudit logins) {
        this.logins = logins;
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.LOGIN_FORM, this::form);
        servlet.handle(AuthorRoute.LOGIN, this::login);
        servlet.handle(AuthorRoute.LOGOUT, this::logout);
    }

    private void form(Exchange x) throws Exception {
        showForm(x, 200, "");
    }

    private void showForm(Exchange x, int status, String error) throws Exception {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        x.setCookie(LOGIN_TOKEN_COOKIE, token, Exchange.BASE, -1, true);
        String next = safeNext(x.param("next").orElse("/"));
        String body = templates.render(x, "login.ftlh", java.util.Map.of("error", error, "token", token, "next", next));
        x.page(status, x.t("login.title"), body);
    }

    private void login(Exchange x) throws Exception {
        String cookieToken = cookie(x, LOGIN_TOKEN_COOKIE).orElse("");
        String formToken = x.param("_login").orElse("");
        if (cookieToken.isEmpty() || !MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))) {
            showForm(x, 403, x.t("error.csrf"));
            return;
        }
        String name = x.param("username").orElse("");
        String password = x.request().getParameter("password");
        Authenticator.Outcome outcome = authenticator.password(name, password, x.clientAddress());
        if (outcome instanceof Authenticator.Outcome.Throttled) {
            showForm(x, 429, x.t("login.throttled"));
            return;
        }
        if (!(outcome instanceof Authenticator.Outcome.Authenticated authenticated)) {
            showForm(x, 401, x.t("login.failed"));
            return;
        }
        AuthorSession session = sessions.open(authenticated.user());
        logins.succeeded(authenticated.user().name(), x.clientAddress());
        x.setCookie(AuthorSessions.COOKIE, session.id(), SESSION_PATH, -1, true);
        x.setCookie(LOGIN_TOKEN_COOKIE, "", Exchange.BASE, 0, true);
        x.redirect(safeNext(x.param("next").orElse("/")));
    }

    private void logout(Exchange x) {
        x.session().ifPresent(s -> sessions.close(s.id()));
        x.setCookie(AuthorSessions.COOKIE, "", SESSION_PATH, 0, true);
        x.redirect("/login");
    }

    /** Only paths inside the admincentral: "next" must not send a user to another site. */
    public static String safeNext(String next) {
        return next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.contains("\n") && !next.contains("\r")
                ? next : "/";
    }

    private static Optional<String> cookie(Exchange x, String name) {
        Cookie[] cookies = x.request().getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }
}
