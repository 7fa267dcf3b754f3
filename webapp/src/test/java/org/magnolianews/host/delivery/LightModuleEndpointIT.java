package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.RunningHost;

/** A new endpoint YAML in a light module is served without any Java change. */
class LightModuleEndpointIT {

    @TempDir
    static Path lightModules;
    private static RunningHost host;
    private static DeliveryClient client;

    @BeforeAll
    static void start() throws Exception {
        Path endpoints = Files.createDirectories(lightModules.resolve("portal-extras/restEndpoints/delivery"));
        Files.writeString(endpoints.resolve("archive2017.yaml"), """
                # Items of 2017 only, flat, with subjects resolved through a regex property name.
                $type: jcrDeliveryEndpoint_v2
                workspace: news
                rootPath: /2017
                nodeTypes:
                  - news:article
                depth: 0
                limit: 2
                includeSystemProperties: false
                references:
                  - name: subjectReference
                    propertyName: subj.*
                    referenceResolver:
                      $type: jcrReferenceResolver
                      targetWorkspace: subjects
                """);
        Files.writeString(endpoints.resolve("any-language.yaml"), """
                # News in English where there is English, else in Russian.
                $type: jcrDeliveryEndpoint_v2
                workspace: news
                nodeTypes: [news:article]
                fallbackLanguages:
                  en: [ru]
                """);
        Files.writeString(endpoints.resolve("topics_v2.yaml"), """
                class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition
                workspace: subjects
                nodeTypes: [news:subject]
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        client = new DeliveryClient(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theLightModuleEndpointIsServedWithItsOwnSettings() throws Exception {
        JsonNode page = client.json("/.rest/delivery/archive2017?orderBy=date%20desc");
        assertEquals(2, page.path("results").size(), "limit 2 from the YAML");
        JsonNode all = client.json("/.rest/delivery/archive2017?limit=100");
        assertTrue(all.path("results").size() >= 3);
        for (JsonNode item : all.path("results")) {
            assertTrue(item.path("@path").asText().startsWith("/2017/"), "rootPath scopes the query: " + item.path("@path"));
            assertFalse(item.has("mgnl:created"), "includeSystemProperties: false");
            assertEquals("[]", item.path("@nodes").toString(), "depth 0: no children");
        }
        JsonNode seed = client.json("/.rest/delivery/archive2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature");
        assertEquals(DeliveryClient.SEED, seed.path("@path").asText(), "@path stays workspace-absolute");
        assertEquals("news:subject", seed.path("subjects").get(0).path("@nodeType").asText(), "propertyName is a regex");
        assertEquals("/.rest/delivery/archive2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature?lang=ru",
                seed.path("@languages").path("ru").asText());
        assertEquals("pathNotFound", client.error(404, "/.rest/delivery/archive2017/2018").path("code").asText());
        assertEquals("invalidValueFormat", client.error(400, "/.rest/delivery/archive2017?@ancestor=/2018").path("code").asText());
    }

    @Test
    void fallbackLanguagesAreConfigurablePerEndpoint() throws Exception {
        String russianOnly = "?@name[like]=putin-i-kim%25&lang=en";
        JsonNode fallback = client.json("/.rest/delivery/any-language" + russianOnly).path("results").get(0);
        assertTrue(fallback.path("title").asText().startsWith("Путин и Ким Чен Ын"), "en falls back to ru on this endpoint");
        JsonNode standard = client.json("/.rest/delivery/news" + russianOnly).path("results").get(0);
        assertFalse(standard.has("title"), "the module's endpoint keeps en without fallback");
        JsonNode english = client.json("/.rest/delivery/any-language/" + DeliveryClient.SEED.substring(1) + "?lang=en");
        assertEquals("Putin and Abe discuss North Korean crisis and peace treaty signature", english.path("title").asText());
    }

    @Test
    void classSpellingAndVersionedFileNamesWork() throws Exception {
        JsonNode topics = client.json("/.rest/delivery/topics/v2?@name=politics");
        assertEquals(1, topics.path("results").size());
        assertEquals("news:subject", topics.path("results").get(0).path("@nodeType").asText());
    }
}
