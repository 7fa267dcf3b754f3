package org.magnolianews.host.author.users;

import static org.magnolianews.host.author.web.Html.esc;

import org.magnolianews.host.audit.AuditAction;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.AuditRecord;
import org.magnolianews.host.author.security.AuthorSessions;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.security.User;
import org.magnolianews.host.security.UserStore;

/**
 * The Users app (admins only): create accounts, set roles, reset passwords. Open sessions follow the
 * account by themselves ({@link AuthorSessions} reads it on every request): a new role applies at
 * once, a reset password ends them.
 */
public final class UserRoutes {

    private final UserStore users;
    private final AuthorSessions sessions;
    private final AuditLog audit;

    public UserRoutes(UserStore users, AuthorSessions sessions, AuditLog audit) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.USERS, this::list);
        servlet.handle(AuthorRoute.USER_CREATE, this::create);
        servlet.handle(AuthorRoute.USER_ROLE, this::changeRole);
        servlet.handle(AuthorRoute.USER_PASSWORD, this::password);
    }

    private void list(Exchange x) throws Exception {
        x.page(200, x.t("users.title"), render(x, ""));
    }

    private String render(Exchange x, String error) {
        StringBuilder html = new StringBuilder("<h1>").append(esc(x.t("users.title"))).append("</h1>");
        if (!error.isEmpty()) {
            html.append("<p class=\"error\" id=\"users-error\">").append(esc(error)).append("</p>");
        }
        html.append("<table class=\"items\" id=\"users\"><thead><tr><th>").append(esc(x.t("login.user"))).append("</th><th>")
                .append(esc(x.t("users.role"))).append("</th><th>").append(esc(x.t("users.resetPassword"))).append("</th></tr></thead><tbody>");
        for (User user : users.list()) {
            html.append("<tr data-user=\"").append(esc(user.name())).append("\"><td>").append(esc(user.name())).append("</td><td>")
                    .append("<form method=\"post\" class=\"inline\" action=\"").append(Exchange.BASE).append("/users/role\">").append(x.csrfField())
                    .append("<input type=\"hidden\" name=\"name\" value=\"").append(esc(user.name())).append("\">").append(roleSelect(x, user.role()))
                    .append("<button type=\"submit\">").append(esc(x.t("action.save"))).append("</button></form></td><td>")
                    .append("<form method=\"post\" class=\"inline\" action=\"").append(Exchange.BASE).append("/users/password\">").append(x.csrfField())
                    .append("<input type=\"hidden\" name=\"name\" value=\"").append(esc(user.name())).append("\">")
                    .append("<input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"8\" required>")
                    .append("<button type=\"submit\">").append(esc(x.t("users.resetPassword"))).append("</button></form></td></tr>");
        }
        html.append("</tbody></table><h2>").append(esc(x.t("users.create"))).append("</h2>")
                .append("<form method=\"post\" id=\"create-user\" action=\"").append(Exchange.BASE).append("/users/create\">").append(x.csrfField())
                .append("<label>").append(esc(x.t("login.user"))).append(" <input name=\"name\" id=\"new-user-name\" required></label>")
                .append("<label>").append(esc(x.t("login.password"))).append(" <input type=\"password\" name=\"password\" id=\"new-user-password\" autocomplete=\"new-password\" required></label>")
                .append(roleSelect(x, Role.EDITOR))
                .append("<button type=\"submit\" id=\"new-user-create\">").append(esc(x.t("users.create"))).append("</button></form>");
        return html.toString();
    }

    private static String roleSelect(Exchange x, Role current) {
        StringBuilder html = new StringBuilder("<select name=\"role\">");
        for (Role role : Role.values()) {
            html.append("<option value=\"").append(role.id()).append("\"").append(role == current ? " selected" : "").append(">")
                    .append(esc(x.t("role." + role.id()))).append("</option>");
        }
        return html.append("</select>").toString();
    }

    private static Role role(Exchange x) {
        String id = x.required("role");
        return Role.of(id).orElseThrow(() -> AuthorProblem.badRequest(x.t("error.badRole", id)));
    }

    private void create(Exchange x) throws Exception {
        Role role = role(x);
        try {
            users.create(x.required("name"), x.request().getParameter("password") == null ? "" : x.request().getParameter("password"),
                    role, x.user().name());
        } catch (IllegalArgumentException e) {
            x.page(400, x.t("users.title"), render(x, e.getMessage()));
            return;
        }
        audit.record(AuditRecord.now(AuditAction.USER_CREATED, x.user().name(), x.clientAddress(), x.required("name"), "role " + role.id()));
        x.redirect("/users?done=userCreated");
    }

    private void changeRole(Exchange x) throws Exception {
        String name = x.required("name");
        if (name.equals(x.user().name())) {
            throw AuthorProblem.badRequest(x.t("users.ownRole"));
        }
        Role role = role(x);
        users.setRole(name, role);
        audit.record(AuditRecord.now(AuditAction.ROLE_CHANGED, x.user().name(), x.clientAddress(), name, "role " + role.id()));
        x.redirect("/users?done=roleSet");
    }

    private void password(Exchange x) throws Exception {
        String name = x.required("name");
        try {
            users.setPassword(name, x.request().getParameter("password") == null ? "" : x.request().getParameter("password"));
        } catch (IllegalArgumentException e) {
            x.page(400, x.t("users.title"), render(x, e.getMessage()));
            return;
        }
        audit.record(AuditRecord.now(AuditAction.PASSWORD_CHANGED, x.user().name(), x.clientAddress(), name, ""));
        if (name.equals(x.user().name())) {
            x.session().ifPresent(own -> sessions.continueAfterOwnPasswordChange(own.id()));
        }
        x.redirect("/users?done=passwordReset");
    }
}
