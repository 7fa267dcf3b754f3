package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.Permission;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.security.User;
import org.magnolianews.host.security.UserStore;
import org.magnolianews.host.audit.AuditAction;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.AuditRecord;
import org.magnolianews.host.security.ClientOrigin;

/**
 * User accounts for admins, {@code /.rest/users/v1}: GET lists them; PUT
 * {@code {"name", "password", "role"}} creates one; POST {@code /{name}} with any of
 * {@code role}, {@code enabled}, {@code password} changes one; DELETE {@code /{name}} removes one with its API
 * tokens (not one's own). Passwords are stored as bcrypt hashes only; every change is in the audit trail.
 */
final class UsersServlet extends ApiServlet {

    private final UserStore users;
    private final AuditLog audit;
    private final ClientOrigin clients;

    UsersServlet(UserStore users, AuditLog audit, ClientOrigin clients) {
        this.audit = audit;
        this.clients = clients;
        this.users = users;
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        User admin = Access.require(request, Permission.MANAGE_USERS);
        String name = request.getPathInfo() == null || request.getPathInfo().equals("/") ? null : request.getPathInfo().substring(1);
        switch (request.getMethod()) {
            case "GET" -> {
                List<Map<String, Object>> results = (name == null ? users.list()
                        : List.of(users.find(name).orElseThrow(() -> noUser(name)))).stream().map(UsersServlet::toJson).toList();
                Json.write(response, 200, name == null ? Map.of("results", results) : results.get(0));
            }
            case "PUT" -> {
                if (name != null) {
                    throw methodNotAllowed(request);
                }
                create(RequestBodies.jsonObject(request), admin, clients.address(request), response);
            }
            case "POST" -> {
                if (name == null) {
                    throw methodNotAllowed(request);
                }
                change(name, RequestBodies.jsonObject(request), admin, clients.address(request), response);
            }
            case "DELETE" -> {
                if (name == null) {
                    throw methodNotAllowed(request);
                }
                users.find(name).orElseThrow(() -> noUser(name));
                if (name.equals(admin.name())) {
                    throw ApiException.badRequest("name", "admins cannot delete their own account");
                }
                users.delete(name);
                audit.record(AuditRecord.now(AuditAction.USER_DELETED, admin.name(), clients.address(request), name, ""));
                response.setStatus(204);
            }
            default -> throw methodNotAllowed(request);
        }
    }

    private void create(JsonNode body, User admin, String address, HttpServletResponse response) throws IOException {
        onlyFields(body, Set.of("name", "password", "role"));
        String name = text(body, "name");
        String password = text(body, "password");
        Role role = role(body);
        try {
            users.create(name, password, role, admin.name());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage().startsWith("password") ? "password" : "name", e.getMessage());
        }
        audit.record(AuditRecord.now(AuditAction.USER_CREATED, admin.name(), address, name, "role " + role.id()));
        response.setHeader("Location", "/.rest/users/v1/" + name);
        Json.write(response, 201, toJson(users.find(name).orElseThrow()));
    }

    private void change(String name, JsonNode body, User admin, String address, HttpServletResponse response) throws IOException {
        onlyFields(body, Set.of("role", "enabled", "password"));
        users.find(name).orElseThrow(() -> noUser(name));
        if (name.equals(admin.name()) && (body.has("role") || body.has("enabled"))) {
            throw ApiException.badRequest("role", "admins cannot change their own role or disable themselves");
        }
        Role role = body.has("role") ? role(body) : null;
        if (body.has("enabled") && !body.get("enabled").isBoolean()) {
            throw ApiException.badRequest("enabled", "must be true or false");
        }
        String password = body.has("password") ? text(body, "password") : null;
        if (password != null && password.length() < 8) {
            throw ApiException.badRequest("password", "must have at least 8 characters");
        }
        if (role != null) {
            users.setRole(name, role);
            audit.record(AuditRecord.now(AuditAction.ROLE_CHANGED, admin.name(), address, name, "role " + role.id()));
        }
        if (body.has("enabled")) {
            boolean enabled = body.get("enabled").asBoolean();
            users.setEnabled(name, enabled);
            audit.record(AuditRecord.now(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, admin.name(), address, name, ""));
        }
        if (password != null) {
            users.setPassword(name, password);
            audit.record(AuditRecord.now(AuditAction.PASSWORD_CHANGED, admin.name(), address, name, ""));
        }
        Json.write(response, 200, toJson(users.find(name).orElseThrow()));
    }

    private static void onlyFields(JsonNode body, Set<String> allowed) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw ApiException.badRequest(key, "unknown field; expected " + allowed);
            }
        }
    }

    private static String text(JsonNode body, String field) {
        if (!body.path(field).isTextual()) {
            throw ApiException.badRequest(field, "is required and must be a string");
        }
        return body.get(field).asText();
    }

    private static Role role(JsonNode body) {
        return Role.of(body.path("role").asText("")).orElseThrow(() ->
                ApiException.badRequest("role", "must be editor, publisher or admin"));
    }

    private static ApiException noUser(String name) {
        return new ApiException(404, "pathNotFound", "no user '" + (name.length() > 40 ? name.substring(0, 40) : name) + "'");
    }

    private static Map<String, Object> toJson(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", user.name());
        json.put("role", user.role().id());
        json.put("enabled", user.enabled());
        return json;
    }
}
