package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/** Requests to the management API of a running host with one caller's Authorization header. */
record ApiClient(RunningHost host, String authorization) {

    static ApiClient basic(RunningHost host, String user, String password) {
        return new ApiClient(host, RunningHost.basicAuth(user, password));
    }

    static ApiClient bearer(RunningHost host, String token) {
        return new ApiClient(host, "Bearer " + token);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, null);
    }

    HttpResponse<String> send(String method, String path, String body, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return host.send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    static String errorCode(HttpResponse<String> response) throws IOException {
        return json(response).path("error").path("code").asText();
    }

    /** The values of a property in Magnolia's node JSON, or null when the node has no such property. */
    static JsonNode property(JsonNode node, String name) {
        for (JsonNode property : node.path("properties")) {
            if (property.path("name").asText().equals(name)) {
                return property.path("values");
            }
        }
        return null;
    }
}
