package org.magnolianews.host.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;

/**
 * {@code --role} (issue 11): one data directory (the sample content, written by a "both" host) opened as a public node
 * and as an author node. The public node serves readers and answers every author route 404, for every method, and
 * writes nothing; the author node serves the admincentral, the API and previews, and not the site.
 */
class NodeRolesIT {

    static final String ARTICLE = "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html";
    static final String AUTH = RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);

    static Path data;

    @BeforeAll
    static void sampleContent() throws Exception {
        data = TempDirs.create("news-roles-");
        RunningHost.start(data, List.of()).close();
    }

    @AfterAll
    static void cleanUp() {
        TempDirs.delete(data);
    }

    @Test
    void aPublicNodeServesReadersAndRefusesEveryAuthorRoute() throws Exception {
        try (RunningHost node = RunningHost.start(data, List.of("--role", "public"))) {
            for (String reader : List.of("/", ARTICLE, "/feeds/news.xml", "/sitemap.xml", "/sitemap-news.xml",
                    "/.rest/delivery/news?limit=1", "/.rest/health/ready", "/robots.txt")) {
                assertEquals(200, node.get(reader).statusCode(), reader);
            }
            for (String author : List.of("/.magnolia/admincentral", "/.magnolia/admincentral/login", "/.magnolia/admincentral/app/news",
                    "/.magnolia/admincentral/app/preview?workspace=news&path=/2017", "/.rest/nodes/v1/news/2017/11?depth=1",
                    "/.rest/commands/v2/news/activate", "/.rest/tokens/v1", "/.rest/users/v1", "/.rest/audit/v1", "/.rest/openapi.json",
                    "/.rest/template-annotations/v1/home", "/.rest/template-definitions/v1/news-module:pages/home",
                    "/.magnolia/admincentral/pages/frame?path=/home")) {
                for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                    HttpResponse<String> answer = node.send(HttpRequest.newBuilder(node.uri(author)).header("Authorization", AUTH)
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString("{\"repository\":\"news\",\"path\":\"/2017\"}")).build());
                    assertEquals(404, answer.statusCode(), method + " " + author);
                    assertFalse(answer.body().contains("Exception"), answer.body());
                }
            }
            HttpResponse<String> api = node.get("/.rest/nodes/v1/news");
            assertTrue(api.body().contains("\"error\""), "the API surface's JSON error: " + api.body());
        }
    }

    @Test
    void anAuthorNodeServesTheAdmincentralAndTheApiButNotTheSite() throws Exception {
        try (RunningHost node = RunningHost.start(data, List.of("--role", "author"))) {
            assertEquals(200, node.get("/.magnolia/admincentral/login").statusCode());
            assertEquals(200, node.send(HttpRequest.newBuilder(node.uri("/.rest/nodes/v1/news/2017/11?depth=1"))
                    .header("Authorization", AUTH).build()).statusCode());
            assertEquals(200, node.get("/.resources/news-module/webresources/css/news.css").statusCode(), "the previews' stylesheet");
            for (String reader : List.of(ARTICLE, "/feeds/news.xml", "/sitemap.xml", "/.rest/delivery/news?limit=1")) {
                assertEquals(404, node.get(reader).statusCode(), reader);
            }
        }
    }
}
