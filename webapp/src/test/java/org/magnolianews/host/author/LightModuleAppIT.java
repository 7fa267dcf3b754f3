package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.RunningHost;

/**
 * A content type and an app YAML dropped into a light module give an editor a working content app:
 * launcher tile, list and form, with no Java change.
 */
class LightModuleAppIT {

    @TempDir
    static Path lightModules;
    private static RunningHost host;
    private static AuthorClient admin;

    @BeforeAll
    static void start() throws Exception {
        Path module = Files.createDirectories(lightModules.resolve("events-module"));
        Files.createDirectories(module.resolve("contentTypes"));
        Files.createDirectories(module.resolve("apps"));
        Files.writeString(module.resolve("contentTypes/event.yaml"), """
                datasource:
                  workspace: events
                  rootPath: /
                  autoCreate: true
                  namespaces:
                    ev: https://example.org/jcr/events/1.0
                model:
                  nodeType: ev:event
                  properties:
                    - name: title
                      required: true
                      i18n: true
                    - name: startsAt
                      type: Date
                      required: true
                    - name: venue
                """);
        Files.writeString(module.resolve("apps/events.yaml"), """
                !content-type:event
                name: events
                label: Events
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theNewContentTypeGetsALauncherTileAListAndAForm() throws Exception {
        assertTrue(admin.get("/").body().contains("/app?app=events\">Events</a>"));
        HttpResponse<String> form = admin.get("/app/new?app=events");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"title_ru\""), "i18n title has a Russian input");
        assertTrue(form.body().contains("type=\"date\" name=\"startsAt\""), "a Date property gets a date picker");
        assertTrue(form.body().contains("name=\"venue\""));

        HttpResponse<String> saved = admin.postWithToken("/app/save", Map.of("app", "events", "title", "Book fair",
                "startsAt", "2026-05-01", "venue", "Moscow"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("path=%2Fbook-fair"));
        HttpResponse<String> list = admin.get("/app?app=events");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(">Book fair</a>"));
        assertTrue(list.body().contains("data-status=\"unpublished\""));
        assertEquals("Moscow", host.host().context().repository().call("events", s -> s.getNode("/book-fair").getProperty("venue").getString()));
    }
}
