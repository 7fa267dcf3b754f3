package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.ApiTokens;
import org.magnolianews.host.security.Permission;
import org.magnolianews.host.security.User;
import org.magnolianews.host.security.UserStore;

/**
 * API tokens, {@code /.rest/tokens/v1}: GET lists the caller's tokens (an admin may ask for
 * {@code ?user=name}, or {@code ?user=*} for all), POST {@code {"label": …, "user": …}} creates one
 * and shows its secret once, DELETE {@code /{id}} revokes one. Everyone manages their own tokens;
 * only an admin manages other users' tokens.
 */
final class TokensServlet extends ApiServlet {

    private final ApiTokens tokens;
    private final UserStore users;

    TokensServlet(ApiTokens tokens, UserStore users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        User caller = Access.require(request, Permission.MANAGE_OWN_TOKENS);
        String id = request.getPathInfo() == null || request.getPathInfo().equals("/") ? null : request.getPathInfo().substring(1);
        switch (request.getMethod()) {
            case "GET" -> {
                if (id != null) {
                    throw new ApiException(404, "notFound", "list tokens at /.rest/tokens/v1");
                }
                list(request, response, caller);
            }
            case "POST" -> {
                if (id != null) {
                    throw methodNotAllowed(request);
                }
                create(request, response, caller);
            }
            case "DELETE" -> revoke(response, caller, id);
            default -> throw methodNotAllowed(request);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response, User caller) throws IOException {
        String user = request.getParameter("user");
        Optional<String> whose = user == null ? Optional.of(caller.name()) : user.equals("*") ? Optional.empty() : Optional.of(user);
        if (!whose.equals(Optional.of(caller.name()))) {
            Access.require(caller, Permission.MANAGE_ALL_TOKENS);
        }
        List<Map<String, Object>> results = tokens.list(whose).stream().map(TokensServlet::toJson).toList();
        Json.write(response, 200, Map.of("results", results));
    }

    private void create(HttpServletRequest request, HttpServletResponse response, User caller) throws IOException {
        JsonNode body = RequestBodies.jsonObject(request);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("label") && !key.equals("user")) {
                throw ApiException.badRequest(key, "unknown field; a token has label and user");
            }
        }
        if (!body.path("label").isTextual()) {
            throw ApiException.badRequest("label", "is required: what the token is for");
        }
        String owner = caller.name();
        if (body.has("user")) {
            if (!body.get("user").isTextual()) {
                throw ApiException.badRequest("user", "must be a user name");
            }
            owner = body.get("user").asText();
            if (!owner.equals(caller.name())) {
                Access.require(caller, Permission.MANAGE_ALL_TOKENS);
            }
            if (users.find(owner).isEmpty()) {
                throw ApiException.badRequest("user", "no user '" + (owner.length() > 40 ? owner.substring(0, 40) : owner) + "'");
            }
        }
        ApiTokens.IssuedToken issued;
        try {
            issued = tokens.create(owner, body.get("label").asText(), caller.name());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("label", e.getMessage());
        }
        Map<String, Object> json = toJson(issued.info());
        json.put("token", issued.secret());
        response.setHeader("Location", "/.rest/tokens/v1/" + issued.info().id());
        Json.write(response, 201, json);
    }

    private void revoke(HttpServletResponse response, User caller, String id) {
        if (id == null) {
            throw methodNotAllowedOnList();
        }
        ApiTokens.TokenInfo token = tokens.find(id).orElseThrow(() -> new ApiException(404, "pathNotFound", "no token " + abbreviate(id)));
        if (!token.user().equals(caller.name())) {
            Access.require(caller, Permission.MANAGE_ALL_TOKENS);
        }
        tokens.revoke(id);
        response.setStatus(204);
    }

    private static ApiException methodNotAllowedOnList() {
        return new ApiException(405, "methodNotAllowed", "DELETE a single token: /.rest/tokens/v1/{id}");
    }

    private static Map<String, Object> toJson(ApiTokens.TokenInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", info.id());
        json.put("user", info.user());
        json.put("label", info.label());
        json.put("created", info.created().toInstant().toString());
        json.put("createdBy", info.createdBy());
        return json;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
