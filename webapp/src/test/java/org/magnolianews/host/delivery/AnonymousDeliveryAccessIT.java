package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Delivery reads as the anonymous user, through the ACLs of its roles (issue 8): the news module bootstraps read
 * access for rest-anonymous on news, subjects, publications and dam; a workspace nobody granted is not readable
 * anonymously, unless its endpoint sets bypassWorkspaceAcls, as Magnolia documents.
 */
class AnonymousDeliveryAccessIT {

    @TempDir
    static Path lightModules;
    private static RunningHost host;
    private static DeliveryClient client;

    @BeforeAll
    static void start() throws Exception {
        Path module = Files.createDirectories(lightModules.resolve("events-module"));
        Files.createDirectories(module.resolve("contentTypes"));
        Files.createDirectories(module.resolve("restEndpoints/delivery"));
        Files.writeString(module.resolve("contentTypes/event.yaml"), """
                datasource:
                  $type: jcrContentTypeDatasource
                  workspace: events
                  autoCreate: true
                  namespaces:
                    ev: https://example.org/jcr/events/1.0
                model:
                  nodeType: ev:event
                  properties:
                    - name: title
                """);
        Files.writeString(module.resolve("restEndpoints/delivery/events.yaml"), """
                $type: jcrDeliveryEndpoint_v2
                workspace: events
                nodeTypes: [ev:event]
                """);
        Files.writeString(module.resolve("restEndpoints/delivery/open-events.yaml"), """
                $type: jcrDeliveryEndpoint_v2
                workspace: events
                nodeTypes: [ev:event]
                bypassWorkspaceAcls: true
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        client = new DeliveryClient(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theWorkspacesTheNewsModuleGrantsAreReadableAnonymously() throws Exception {
        assertTrue(client.json("/.rest/delivery/news").path("results").size() > 0);
        assertTrue(client.json("/.rest/delivery/subjects").path("results").size() > 0);
        assertTrue(client.json("/.rest/delivery/publications").path("results").size() > 0);
        assertEquals("home", client.json("/.rest/delivery/pages/home").path("@name").asText(), "website: Magnolia's anonymous role");
        JsonNode image = client.json("/.rest/delivery/news" + DeliveryClient.SEED).path("image");
        String link = image.path("@link").asText().replaceFirst("^https?://[^/]+", "");
        assertEquals(200, host.get(link).statusCode(), "dam is granted: " + link);
    }

    @Test
    void aWorkspaceNoRoleGrantsIsRefusedNamingTheTwoWaysToOpenIt() throws Exception {
        JsonNode error = client.error(403, "/.rest/delivery/events");
        assertEquals("accessDenied", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("workspace 'events'"), error.toString());
        assertTrue(error.path("message").asText().contains("acl_events"), error.toString());
        assertTrue(error.path("message").asText().contains("bypassWorkspaceAcls"), error.toString());
        assertEquals(403, host.get("/.rest/delivery/events/some/item").statusCode());
    }

    @Test
    void bypassWorkspaceAclsOpensTheEndpointWhateverTheRoles() throws Exception {
        assertEquals(0, client.json("/.rest/delivery/open-events").path("results").size());
    }
}
