package org.magnolianews.host.author.users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.magnolianews.host.audit.AuditAction;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.AuditRecord;
import org.magnolianews.host.author.security.AuthorSessions;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.security.User;
import org.magnolianews.host.security.UserStore;

/**
 * The Users app (admins only): create accounts, set roles, reset passwords, disable, enable and delete
 * accounts. Open sessions follow the account by themselves ({@link AuthorSessions} reads it on every
 * request): a new role applies at once; a reset password, a disabled or a deleted account ends them.
 * Every change is recorded in the audit trail. The screen is the template {@code users.ftlh}.
 */
public final class UserRoutes {

    /** The names {@link UserStore} accepts, checked here first so the form says it in the UI's language. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 8;

    private final UserStore users;
    private final AuthorSessions sessions;
    private final AuditLog audit;
    private final AdminTemplates templates;

    public UserRoutes(UserStore users, AuthorSessions sessions, AuditLog audit, AdminTemplates templates) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.templates = templates;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.USERS, this::list);
        servlet.handle(AuthorRoute.USER_CREATE, this::create);
        servlet.handle(AuthorRoute.USER_ROLE, this::changeRole);
        servlet.handle(AuthorRoute.USER_PASSWORD, this::password);
        servlet.handle(AuthorRoute.USER_ENABLED, this::enabled);
        servlet.handle(AuthorRoute.USER_DELETE, this::delete);
    }

    private void list(Exchange x) throws Exception {
        show(x, 200, null);
    }

    private void show(Exchange x, int status, String error) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (User user : users.list()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", user.name());
            row.put("role", user.role().id());
            row.put("enabled", user.enabled());
            row.put("self", user.name().equals(x.user().name()));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("users", rows);
        model.put("roles", List.of(Role.values()).stream().map(Role::id).toList());
        if (error != null) {
            model.put("error", error);
        }
        x.page(status, x.t("users.title"), templates.render(x, "users.ftlh", model));
    }

    private static Role role(Exchange x) {
        String id = x.required("role");
        return Role.of(id).orElseThrow(() -> AuthorProblem.badRequest(x.t("error.badRole", id)));
    }

    private static String password(Exchange x, String parameter) {
        String password = x.request().getParameter(parameter);
        return password == null ? "" : password;
    }

    private void create(Exchange x) throws Exception {
        Role role = role(x);
        String name = x.param("name").orElse("");
        String password = password(x, "password");
        if (!NAME.matcher(name).matches()) {
            show(x, 400, x.t("users.error.name"));
            return;
        }
        if (password.length() < MIN_PASSWORD) {
            show(x, 400, x.t("users.error.password", MIN_PASSWORD));
            return;
        }
        if (users.find(name).isPresent()) {
            show(x, 400, x.t("users.error.exists", name));
            return;
        }
        users.create(name, password, role, x.user().name());
        audit.record(AuditRecord.now(AuditAction.USER_CREATED, x.user().name(), x.clientAddress(), name, "role " + role.id()));
        x.redirect("/users?done=userCreated");
    }

    private void changeRole(Exchange x) throws Exception {
        String name = existing(x);
        if (name.equals(x.user().name())) {
            throw AuthorProblem.badRequest(x.t("users.ownRole"));
        }
        Role role = role(x);
        users.setRole(name, role);
        audit.record(AuditRecord.now(AuditAction.ROLE_CHANGED, x.user().name(), x.clientAddress(), name, "role " + role.id()));
        x.redirect("/users?done=roleSet");
    }

    private void password(Exchange x) throws Exception {
        String name = existing(x);
        String password = password(x, "password");
        if (password.length() < MIN_PASSWORD) {
            show(x, 400, x.t("users.error.password", MIN_PASSWORD));
            return;
        }
        users.setPassword(name, password);
        audit.record(AuditRecord.now(AuditAction.PASSWORD_CHANGED, x.user().name(), x.clientAddress(), name, ""));
        if (name.equals(x.user().name())) {
            x.session().ifPresent(own -> sessions.continueAfterOwnPasswordChange(own.id()));
        }
        x.redirect("/users?done=passwordReset");
    }

    private void enabled(Exchange x) throws Exception {
        String name = existing(x);
        boolean enabled = Boolean.parseBoolean(x.required("enabled"));
        if (name.equals(x.user().name())) {
            show(x, 400, x.t("users.error.self"));
            return;
        }
        users.setEnabled(name, enabled);
        audit.record(AuditRecord.now(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, x.user().name(),
                x.clientAddress(), name, ""));
        x.redirect("/users?done=" + (enabled ? "userEnabled" : "userDisabled"));
    }

    private void delete(Exchange x) throws Exception {
        String name = existing(x);
        if (name.equals(x.user().name())) {
            show(x, 400, x.t("users.error.self"));
            return;
        }
        users.delete(name);
        audit.record(AuditRecord.now(AuditAction.USER_DELETED, x.user().name(), x.clientAddress(), name, ""));
        x.redirect("/users?done=userDeleted");
    }

    /** The account the form names; an unknown one is a 404 page, not an exception's text. */
    private String existing(Exchange x) {
        String name = x.required("name");
        if (users.find(name).isEmpty()) {
            throw AuthorProblem.notFound(x.t("users.error.unknown", name));
        }
        return name;
    }
}
