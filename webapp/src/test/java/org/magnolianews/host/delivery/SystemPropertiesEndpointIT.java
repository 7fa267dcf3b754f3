package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.RunningHost;

/**
 * Endpoints in the form Magnolia's minimal headless SPA demos write them ({@code class:}, {@code systemProperties},
 * {@code personalized}, a resolver given by {@code class:}): a page and its components carry {@code mgnl:template},
 * which {@code @magnolia/react-editor} maps components by, and no other system property than the ones listed.
 */
class SystemPropertiesEndpointIT {

    @TempDir
    static Path lightModules;
    private static RunningHost host;
    private static DeliveryClient client;

    @BeforeAll
    static void start() throws Exception {
        Path endpoints = Files.createDirectories(lightModules.resolve("spa-shapes/restEndpoints/delivery"));
        // Written here in the shape of spa-lm's pages_v1.yaml (our own values).
        Files.writeString(endpoints.resolve("spapages_v1.yaml"), """
                class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition
                workspace: website
                depth: 10
                personalized: true
                bypassWorkspaceAcls: true
                systemProperties:
                  - mgnl:template
                  - mgnl:lastModified
                nodeTypes:
                  - mgnl:page
                childNodeTypes:
                  - mgnl:area
                  - mgnl:component
                references:
                  - name: imageReference
                    propertyName: image
                    referenceResolver:
                      class: info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition
                """);
        Files.writeString(endpoints.resolve("plainpages.yaml"), """
                $type: jcrDeliveryEndpoint_v2
                workspace: website
                depth: 10
                nodeTypes: [mgnl:page]
                childNodeTypes: [mgnl:area, mgnl:component]
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        client = new DeliveryClient(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void listedSystemPropertiesAreServedOnPagesAndComponents() throws Exception {
        JsonNode page = client.json("/.rest/delivery/spapages/v1/home");
        assertEquals("news-module:pages/home", page.path("mgnl:template").asText());
        assertTrue(page.has("mgnl:lastModified"), "listed");
        assertFalse(page.has("mgnl:created"), "not listed: left out");
        assertFalse(page.has("jcr:created"), "not listed: left out");
        List<JsonNode> components = components(page);
        assertFalse(components.isEmpty(), "the home page has components");
        for (JsonNode component : components) {
            assertTrue(component.path("mgnl:template").asText().startsWith("news-module:components/"),
                    component.path("@path") + " carries its template id");
            assertFalse(component.has("mgnl:created"), component.path("@path").asText());
        }
    }

    @Test
    void withoutIncludeSystemPropertiesOrAListNoSystemPropertyIsServed() throws Exception {
        JsonNode page = client.json("/.rest/delivery/plainpages/home");
        assertFalse(page.has("mgnl:template"), "Magnolia's default: includeSystemProperties false");
        assertTrue(components(page).stream().noneMatch(c -> c.has("mgnl:template")));
    }

    @Test
    void theModulesPagesEndpointCarriesTheTemplateOfEveryComponent() throws Exception {
        JsonNode page = client.json("/.rest/delivery/pages/home");
        assertEquals("news-module:pages/home", page.path("mgnl:template").asText());
        assertTrue(components(page).stream().allMatch(c -> c.path("mgnl:template").asText().startsWith("news-module:components/")));
    }

    @Test
    void theModuleShipsAPagesAndAPagenavEndpointInTheDemosShape() throws Exception {
        JsonNode page = client.json("/.rest/delivery/pages/v1/home");
        assertEquals("news-module:pages/home", page.path("mgnl:template").asText());
        assertTrue(page.has("mgnl:created") && !page.has("jcr:created") && !page.has("mgnl:createdBy"), "only the listed ones");
        assertFalse(components(page).isEmpty());
        assertTrue(components(page).stream().allMatch(c -> c.path("mgnl:template").asText().startsWith("news-module:components/")));
        JsonNode nav = client.json("/.rest/delivery/pagenav/v1/home");
        assertEquals("news-module:pages/home", nav.path("mgnl:template").asText());
        assertTrue(nav.path("@nodes").size() > 0, "the home page has child pages");
        for (JsonNode name : nav.path("@nodes")) {
            assertEquals("mgnl:page", nav.path(name.asText()).path("@nodeType").asText(), "pages only, no areas: " + name);
        }
    }

    private static List<JsonNode> components(JsonNode node) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode name : node.path("@nodes")) {
            JsonNode child = node.path(name.asText());
            if (child.path("@nodeType").asText().equals("mgnl:component")) {
                found.add(child);
            }
            found.addAll(components(child));
        }
        return found;
    }
}
