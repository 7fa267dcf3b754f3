package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;

/**
 * Defends the rule "every bad input is a 4xx in Magnolia's error shape, never a 5xx and never a
 * stack trace": thousands of generated request paths, query strings and bodies (malformed JSON,
 * wrong types, unknown fields, traversal attempts, huge and deeply nested documents) against the
 * nodes endpoint and the publishing commands. The seed is fixed so a failure can be replayed.
 */
class ManagementBadInputIT {

    private static final long SEED = 20171120L;
    private static final int REQUESTS = 3000;
    private static final String ARTICLE = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static String authorization;

    @BeforeAll
    static void start() throws Exception {
        host.host().context().users().create("fuzz-publisher", "fuzz-password", Role.PUBLISHER, "test");
        String token = ApiClient.json(ApiClient.basic(host, "fuzz-publisher", "fuzz-password")
                .send("POST", "/.rest/tokens/v1", "{\"label\":\"fuzz\"}")).path("token").asText();
        authorization = "Bearer " + token;
        ApiClient.bearer(host, token).send("PUT", "/.rest/nodes/v1/news", "{\"name\":\"fuzz\",\"type\":\"mgnl:folder\"}");
    }

    @Test
    void thousandsOfGeneratedBadRequestsAreAnswered4xxInMagnoliasErrorShape() throws Exception {
        Random random = new Random(SEED);
        int fourXx = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String method = pick(random, List.of("GET", "PUT", "POST", "POST", "DELETE"));
            boolean command = random.nextInt(5) == 0;
            String path = command ? "/.rest/commands/v2/" + pick(random, List.of("publish", "unpublish", "publish/", "x", ""))
                    : "/.rest/nodes/v1" + nodePath(random, method.equals("DELETE"));
            String query = method.equals("GET") ? query(random) : "";
            byte[] body = method.equals("GET") || method.equals("DELETE") ? null : body(random, command);
            URI uri;
            try {
                uri = host.uri(path + query);
            } catch (IllegalArgumentException notAUri) {
                continue; // the client refuses to send it at all; nothing for the server to answer
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (body != null) {
                request.header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/json");
            }
            String replay = "request " + i + " (seed " + SEED + "): " + method + " " + uri + " body "
                    + (body == null ? "-" : abbreviate(new String(body, StandardCharsets.UTF_8)));
            HttpResponse<String> response = sendOnce(request.build(), replay);
            assertTrue(response.statusCode() < 500, replay + " → " + response.statusCode() + " " + response.body());
            assertFalse(response.body().contains("at org.") || response.body().contains("Exception"), replay + " leaks " + response.body());
            if (response.statusCode() >= 400) {
                fourXx++;
                JsonNode error;
                try {
                    error = Json.MAPPER.readTree(response.body()).path("error");
                } catch (java.io.IOException notJson) {
                    throw new AssertionError(replay + " → " + response.statusCode() + " not JSON: " + response.body(), notJson);
                }
                assertFalse(error.path("code").asText().isEmpty(), replay + " → " + response.body());
                assertFalse(error.path("message").asText().isEmpty(), replay + " → " + response.body());
            }
        }
        assertTrue(fourXx > REQUESTS / 2, "most generated requests are bad ones: " + fourXx);
        assertEquals(200, ApiClient.bearer(host, authorization.substring(7)).get("/.rest/nodes/v1/news" + ARTICLE).statusCode(),
                "the seed article is still there");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413() throws Exception {
        String huge = "{\"properties\":[{\"name\":\"lead\",\"values\":[\"" + "x".repeat(3 * 1024 * 1024) + "\"]}]}";
        HttpResponse<String> response = ApiClient.bearer(host, authorization.substring(7)).send("POST", "/.rest/nodes/v1/news" + ARTICLE, huge);
        assertEquals(413, response.statusCode());
        assertEquals("payloadTooLarge", ApiClient.errorCode(response));
    }

    /** A raw socket: the JDK 17 HttpClient never returns when a server answers Expect: 100-continue with a final status. */
    @Test
    void aClientThatWaitsFor100ContinueGetsThe413BeforeSendingTheBody() throws Exception {
        try (Socket socket = new Socket("localhost", host.uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /.rest/nodes/v1/news" + ARTICLE + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + (3 * 1024 * 1024) + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Payload Too Large", statusLine);
        }
    }

    @Test
    void deeplyNestedJsonIsA400NotAStackOverflow() throws Exception {
        String deep = "{\"properties\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        HttpResponse<String> response = ApiClient.bearer(host, authorization.substring(7)).send("POST", "/.rest/nodes/v1/news" + ARTICLE, deep);
        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    void traversalOutOfTheWorkspaceIsRefused() throws Exception {
        ApiClient client = ApiClient.bearer(host, authorization.substring(7));
        for (String path : List.of("/news/../users/admin", "/news/%2e%2e/users", "/news/2017/%2E%2E/%2E%2E/users", "/news/2017%2F..%2F..%2Fusers",
                "/news/2017%5B1%5D", "/news/*", "/news/2017%7Cx", "/news/fuzz/./%00")) {
            HttpResponse<String> response = client.get("/.rest/nodes/v1" + path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " → " + response.statusCode() + " " + response.body());
            assertFalse(response.body().contains("pswd"), path);
        }
    }

    /**
     * Jetty answers an unparseable request line with 400 and closes the connection; the JDK client
     * may already have picked that pooled connection for the next request and then reports "no
     * bytes". One more try, on a fresh connection, tells that apart from a server that never answers.
     */
    private static HttpResponse<String> sendOnce(HttpRequest request, String replay) throws InterruptedException {
        java.io.IOException first = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return host.send(request);
            } catch (java.io.IOException e) {
                first = first == null ? e : first;
            }
        }
        throw new AssertionError(replay + " got no answer: " + first.getMessage(), first);
    }

    private static String nodePath(Random random, boolean sandboxOnly) {
        if (sandboxOnly) {
            return "/news/fuzz" + segments(random, 1 + random.nextInt(2));
        }
        String workspace = pick(random, List.of("/news", "/news", "/website", "/subjects", "/publications", "/dam",
                "/users", "/news_live", "/nosuch", "/NEWS", "", "/", "/%2e%2e", "/news%2F2017"));
        return switch (random.nextInt(4)) {
            case 0 -> workspace + ARTICLE;
            case 1 -> workspace + "/fuzz";
            default -> workspace + segments(random, random.nextInt(4));
        };
    }

    private static String segments(Random random, int count) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < count; i++) {
            path.append('/').append(pick(random, List.of("2017", "11", "fuzz", "..", ".", "%2e%2e", "%2F", "a%20b", "%5B1%5D",
                    "*", "jcr:content", "jcr:system", "%C3%BC", "x".repeat(300), "%00", "%27%22", "%3Cscript%3E", "rep:policy",
                    "home", "main", "0", "", "%FF", "~", "a;b", "a%3Bb")));
        }
        return path.toString();
    }

    private static String query(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "?depth=" + pick(random, List.of("-1", "11", "999999999999", "1e3", "abc", "", "3", "%00"));
            case 1 -> "?includeMetadata=" + pick(random, List.of("yes", "TRUE", "", "1", "true"));
            case 2 -> "?excludeNodeTypes=" + pick(random, List.of("mgnl:page", "x", "%27or1=1", ",,,", "mgnl:area,bad type"));
            case 3 -> "?depth=1&depth=2&includeMetadata=true";
            default -> "";
        };
    }

    private static byte[] body(Random random, boolean command) {
        String text = switch (random.nextInt(12)) {
            case 0 -> truncated(random, command ? validCommand() : validNode());
            case 1 -> randomJson(random, 0);
            case 2 -> command ? mutatedCommand(random) : mutatedNode(random);
            case 3 -> command ? mutatedCommand(random) : mutatedNode(random);
            case 4 -> command ? mutatedCommand(random) : mutatedNode(random);
            case 5 -> "";
            case 6 -> pick(random, List.of("null", "[]", "\"text\"", "42", "true", "{}{}", "{\"a\":1} trailing", "{'single':'quotes'}",
                    "{\"properties\":[{\"name\":\"date\",\"values\":[1e400]}]}", "{\"name\":\"\\u0000\"}"));
            case 7 -> "[".repeat(random.nextInt(200) + 65) + "]".repeat(10);
            case 8 -> new String(randomBytes(random), StandardCharsets.ISO_8859_1);
            default -> command ? mutatedCommand(random) : mutatedNode(random);
        };
        return random.nextInt(30) == 0 ? randomBytes(random) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String validNode() {
        return "{\"name\":\"fuzz-item\",\"type\":\"news:article\",\"properties\":[{\"name\":\"title\",\"type\":\"String\",\"multiple\":false,"
                + "\"values\":[\"Fuzz\"]},{\"name\":\"date\",\"type\":\"Date\",\"multiple\":false,\"values\":[\"2017-11-20\"]}]}";
    }

    private static String validCommand() {
        return "{\"repository\":\"news\",\"path\":\"" + ARTICLE + "\",\"recursive\":false}";
    }

    private static String mutatedNode(Random random) {
        String name = pick(random, List.of("\"fuzz-item\"", "\"Bad Name\"", "\"../x\"", "\"\"", "1", "null", "[]", "\"" + "a".repeat(500) + "\"",
                "\"jcr:content\"", "\"a/b\"", "\"\\u0000\""));
        String type = pick(random, List.of("\"news:article\"", "\"mgnl:folder\"", "\"mgnl:page\"", "\"mgnl:component\"", "\"nt:unstructured\"",
                "\"rep:root\"", "\"\"", "5", "{}", "\"news:subject\""));
        String propertyName = pick(random, List.of("\"title\"", "\"date\"", "\"subjects\"", "\"body\"", "\"corrections\"", "\"image\"",
                "\"jcr:uuid\"", "\"mgnl:lastModified\"", "\"mgnl:template\"", "\"unknown\"", "\"\"", "7", "null", "\"title_de\"", "\"text\""));
        String propertyType = pick(random, List.of("\"String\"", "\"Date\"", "\"Long\"", "\"Binary\"", "\"Nonsense\"", "3", "null"));
        String multiple = pick(random, List.of("true", "false", "\"yes\"", "null", "1"));
        String values = pick(random, List.of("[\"x\"]", "[]", "[\"2017-11-20\"]", "[\"not a date\"]", "[\"a\",\"b\"]", "[{}]", "[[\"x\"]]",
                "\"x\"", "null", "[null]", "[1e999]", "[\"" + "y".repeat(210_000) + "\"]", "[\"00000000-0000-0000-0000-000000000000\"]",
                "[true]", "{\"a\":1}", "[\"<script>alert(1)</script>\"]"));
        String property = "{\"name\":" + propertyName + ",\"type\":" + propertyType + ",\"multiple\":" + multiple + ",\"values\":" + values
                + (random.nextInt(8) == 0 ? ",\"extra\":1" : "") + "}";
        String properties = pick(random, List.of("[" + property + "]", "[" + property + "," + property + "]", "\"x\"", "{}", "null", "[1]"));
        return "{\"name\":" + name + ",\"type\":" + type + ",\"properties\":" + properties
                + (random.nextInt(8) == 0 ? ",\"nodes\":[{\"name\":\"child\"}]" : "")
                + (random.nextInt(8) == 0 ? ",\"surprise\":true" : "") + "}";
    }

    private static String mutatedCommand(Random random) {
        String repository = pick(random, List.of("\"news\"", "\"users\"", "\"news_live\"", "\"website\"", "\"\"", "1", "null", "[\"news\"]"));
        String path = pick(random, List.of("\"" + ARTICLE + "\"", "\"/\"", "\"\"", "\"relative\"", "\"/../users\"", "\"/2017/11/nothing\"",
                "5", "null", "\"/home/news/main/0\"", "\"/2017/11/..\"", "\"/fuzz\""));
        String recursive = pick(random, List.of("true", "false", "\"true\"", "1", "null"));
        return "{\"repository\":" + repository + ",\"path\":" + path + ",\"recursive\":" + recursive
                + (random.nextInt(6) == 0 ? ",\"command\":\"delete\"" : "") + "}";
    }

    private static String truncated(Random random, String json) {
        return json.substring(0, random.nextInt(json.length()));
    }

    private static String randomJson(Random random, int depth) {
        int kind = depth > 4 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> "\"" + "abc<>\\\"'\u0416".charAt(random.nextInt(8)) + "\"";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> random.nextBoolean() ? "true" : "null";
            case 3 -> String.valueOf(random.nextDouble());
            case 4 -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(randomJson(random, depth + 1)).append(i > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.append('"').append(pick(random, List.of("name", "type", "properties", "values", "path", "x"))).append("\":")
                            .append(randomJson(random, depth + 1)).append(i > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200) + 1];
        random.nextBytes(bytes);
        return bytes;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
    }

}
