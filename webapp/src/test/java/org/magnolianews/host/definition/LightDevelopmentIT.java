package org.magnolianews.host.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.LogCapture;
import org.magnolianews.host.testing.RunningHost;

/**
 * Light modules as Magnolia treats them, through the whole host: a module in the shape of the minimal headless SPA
 * demos' {@code spa-lm} (SPA page templates, component templates with only title and dialog, endpoints with
 * {@code class:}, {@code systemProperties}, {@code personalized}) loads without problems and serves
 * {@code mgnl:template} on the page and its components; broken definitions beside it are registered with their
 * problems, logged once, and do not stop start-up; what is broken answers a clear 404 or JSON error; the Definitions
 * screen lists it all for admins; and an edit on disk changes what is served without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LightDevelopmentIT {

    @RegisterExtension
    @Order(1)
    static final LogCapture log = new LogCapture();

    @TempDir
    static Path lightModules;
    private static RunningHost host;
    private static AuthorClient admin;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        // In the shapes of spa-lm (our own values).
        write("spa-demo/templates/pages/basic.yaml", """
                title: "SPA: Basic"
                baseUrl: http://localhost:3000
                routeTemplate: "/{language}{{@path}}"
                dialog: spa-demo:pages/basic
                renderType: spa
                class: info.magnolia.rendering.spa.renderer.SpaRenderableDefinition
                areas:
                  main:
                    title: Main Area
                    availableComponents:
                      Headline:
                        id: spa-demo:components/headline
                      Paragraph:
                        id: spa-demo:components/paragraph
                """);
        write("spa-demo/templates/pages/bundled.yaml", """
                class: info.magnolia.rendering.spa.renderer.SpaRenderableDefinition
                renderType: spa
                title: "SPA: Bundled"
                templateScript: /spa-demo/webresources/build/index.html
                """);
        write("spa-demo/webresources/build/index.html", "<!doctype html><html><body><div id=\"root\">bundled spa</div></body></html>");
        write("spa-demo/templates/components/headline.yaml", "title: Headline\ndialog: spa-demo:components/headline\n");
        write("spa-demo/templates/components/paragraph.yaml", "title: Paragraph\ndialog: spa-demo:components/paragraph\n");
        write("spa-demo/dialogs/pages/basic.yaml", "form:\n  properties:\n    title:\n      $type: textField\n");
        write("spa-demo/dialogs/components/headline.yaml", "form:\n  properties:\n    text:\n      $type: textField\n");
        write("spa-demo/dialogs/components/paragraph.yaml", "form:\n  properties:\n    richText:\n      $type: richTextField\n");
        write("spa-demo/restEndpoints/delivery/spa_v1.yaml", """
                class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition
                workspace: website
                depth: 10
                personalized: true
                bypassWorkspaceAcls: true
                systemProperties:
                  - mgnl:lastModified
                  - mgnl:created
                  - mgnl:template
                  - jcr:mixinTypes
                nodeTypes:
                  - mgnl:page
                childNodeTypes:
                  - mgnl:area
                  - mgnl:component
                  - mgnl:contentNode
                references:
                  - name: assetReference
                    propertyName: image
                    referenceResolver:
                      class: info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition
                """);
        write("spa-demo/restEndpoints/delivery/spanav_v1.yaml", """
                class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition
                workspace: website
                depth: 5
                bypassWorkspaceAcls: true
                systemProperties: [mgnl:template]
                nodeTypes: [mgnl:page]
                childNodeTypes: [mgnl:page]
                """);
        // What Magnolia CLI 5 generates for `mgnl create-content-type tour --app tours-app` (its _default prototype in
        // @magnolia/cli-content-helper 1.2.0, placeholders filled as its create() fills them: the content type's
        // workspace and node type take the app's name).
        write("cli-demo/contentTypes/tour.yaml", """
                datasource:
                  workspace: tours-app
                  autoCreate: true

                model:
                  nodeType: mgnl:tours-app
                  properties:
                  - name: name
                    required: true
                  - name: title
                    type: String
                    required: true
                    i18n: true
                  - name: image
                    type: asset
                  - name: date
                    type: Date
                  - name: requiresConfirmation
                    type: Boolean
                  - name: details
                    type: Details
                    multiple: true
                  - name: infoLink
                    type: reference:page

                  subModels:
                  - name: Details
                    properties:
                    - name: address
                      type: String
                    - name: locationName
                      type: String
                """);
        write("cli-demo/apps/tours-app.yaml", """
                !content-type:tour
                name: tours-app

                subApps:
                  detail:
                    form:
                      layout:
                        $type: tabbedLayout
                        tabs:
                          general:
                            fields:
                              - name: name
                              - name: title
                              - name: date
                              - name: image
                          details:
                            fields:
                              - name: requiresConfirmation
                              - name: infoLink
                              - name: details

                      properties:
                        date:
                          time: true
                        infoLink:
                          chooserId: pages-app:chooser
                          datasource:
                            allowedNodeTypes:
                              - mgnl:page
                """);
        // Broken beside it: unreadable YAML, a missing script, an endpoint on a workspace that does not exist.
        write("broken/contentTypes/syntax.yaml", "datasource:\n  workspace: news\n model: [\n");
        write("broken/templates/pages/oops.yaml", "renderType: freemarker\ntemplateScript: /broken/templates/pages/missing.ftl\n");
        write("broken/restEndpoints/delivery/nowhere.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: nowhere\n");
        // Edited while the host runs.
        write("hot/templates/pages/plain.yaml", "title: Plain\nrenderType: freemarker\ntemplateScript: /hot/templates/pages/plain.ftl\n");
        write("hot/templates/pages/plain.ftl", "<!DOCTYPE html><html><body><p id=\"v\">version one</p></body></html>\n");
        write("hot/restEndpoints/delivery/hot.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: website\nnodeTypes: [mgnl:page]\n");
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        ContentService content = host.host().context().content();
        content.createPageNode("/home", "spa", "mgnl:page", Map.of("mgnl:template", "spa-demo:pages/basic", "title", "SPA page"), "test");
        content.createPageNode("/home/spa", "main", "mgnl:area", Map.of(), "test");
        content.createPageNode("/home/spa/main", "0", "mgnl:component",
                Map.of("mgnl:template", "spa-demo:components/headline", "text", "Hello"), "test");
        content.createPageNode("/home/spa/main", "00", "mgnl:component",
                Map.of("mgnl:template", "spa-demo:components/paragraph", "richText", "<p>Body</p>"), "test");
        content.createPageNode("/home", "bundled", "mgnl:page", Map.of("mgnl:template", "spa-demo:pages/bundled"), "test");
        content.createPageNode("/home", "plain", "mgnl:page", Map.of("mgnl:template", "hot:pages/plain"), "test");
        for (String page : List.of("/home/spa", "/home/bundled", "/home/plain")) {
            content.publish("website", page, true, "test");
        }
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    @Order(1)
    void theSpaModuleLoadsWithoutProblemsAndBrokenOnesDoNotStopStartUp() {
        DefinitionRegistry registry = host.host().context().definitions();
        List<DefinitionProblem> spa = registry.problems().stream().filter(p -> p.file().contains("spa-demo/")).toList();
        assertEquals(List.of(), spa);
        assertTrue(registry.find(DefinitionType.TEMPLATE, "spa-demo:pages/basic").isPresent());
        assertTrue(registry.find(DefinitionType.TEMPLATE, "spa-demo:components/headline").isPresent());
        assertEquals(DefinitionProblem.Severity.SEVERE, worst(registry, DefinitionType.CONTENT_TYPE, "syntax"));
        assertEquals(DefinitionProblem.Severity.MAJOR, worst(registry, DefinitionType.TEMPLATE, "broken:pages/oops"));
        assertEquals(DefinitionProblem.Severity.MAJOR, worst(registry, DefinitionType.REST_ENDPOINT, "delivery/nowhere"));
        List<String> logged = log.linesSince(0).stream().filter(l -> l.contains("broken/templates/pages/oops.yaml:2")).toList();
        assertEquals(1, logged.size(), "logged once: " + logged);
        assertTrue(logged.get(0).contains("MAJOR") && logged.get(0).contains("does not exist"), logged.get(0));
    }

    @Test
    @Order(1)
    void aLightModuleAsMagnoliaCli5GeneratesItLoadsWithOneMinorProblemAndItsAppOpens() throws Exception {
        DefinitionRegistry registry = host.host().context().definitions();
        List<DefinitionProblem> problems = registry.problems().stream().filter(p -> p.file().contains("cli-demo/")).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(DefinitionProblem.Severity.MINOR, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("'infoLink' references content type 'page'"), problems.get(0).message());
        assertTrue(registry.contentType("tour").isPresent());
        assertTrue(registry.find(DefinitionType.APP, "tours-app").isPresent());
        HttpResponse<String> app = admin.get("/app?app=tours-app");
        assertEquals(200, app.statusCode(), app.body());
        HttpResponse<String> form = admin.get("/app/new?app=tours-app");
        assertEquals(200, form.statusCode(), form.body());
    }

    @Test
    @Order(2)
    void theSpaPagesEndpointCarriesTheTemplateOfThePageAndEachComponent() throws Exception {
        JsonNode page = json(host.get("/.rest/delivery/spa/v1/home/spa"));
        assertEquals("spa-demo:pages/basic", page.path("mgnl:template").asText());
        assertTrue(page.has("mgnl:lastModified") && page.has("mgnl:created"));
        assertFalse(page.has("mgnl:createdBy"), "not listed");
        JsonNode main = page.path("main");
        assertEquals("mgnl:area", main.path("@nodeType").asText());
        assertEquals("[\"0\",\"00\"]", main.path("@nodes").toString());
        assertEquals("spa-demo:components/headline", main.path("0").path("mgnl:template").asText());
        assertEquals("Hello", main.path("0").path("text").asText());
        assertEquals("spa-demo:components/paragraph", main.path("00").path("mgnl:template").asText());
        JsonNode nav = json(host.get("/.rest/delivery/spanav/v1/home"));
        assertTrue(nav.path("@nodes").toString().contains("\"spa\""), nav.path("@nodes").toString());
        assertEquals("spa-demo:pages/basic", nav.path("spa").path("mgnl:template").asText());
        assertFalse(nav.path("spa").has("main"), "pages only");
    }

    @Test
    @Order(2)
    void anSpaPageIsEditedInThePagesAppWithItsAreasAndComponents() throws Exception {
        HttpResponse<String> page = admin.get("/pages/structure?path=/home/spa"); // the list of forms (/pages/page frames the SPA)
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("spa-demo:components/headline") || page.body().contains("Headline"), page.body());
        assertTrue(page.body().contains("Hello"), "the component's value is shown");
    }

    @Test
    @Order(3)
    void whatIsBrokenAnswersAClearErrorAndTheRestRuns() throws Exception {
        HttpResponse<String> endpoint = host.get("/.rest/delivery/nowhere");
        assertEquals(503, endpoint.statusCode());
        JsonNode error = JSON.readTree(endpoint.body()).path("error");
        assertEquals("definitionProblem", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("workspace 'nowhere'"), endpoint.body());
        assertEquals(200, host.get("/.rest/delivery/news?limit=1").statusCode(), "the module's endpoints are served");
        assertEquals(200, host.get("/").statusCode(), "the site runs");
    }

    @Test
    @Order(4)
    void anSpaPageOnTheFreemarkerSiteGoesToItsFrontEndOrItsBundledEntryPage() throws Exception {
        HttpResponse<String> external = host.get("/spa.html");
        assertEquals(302, external.statusCode(), external.body());
        assertEquals("http://localhost:3000/en/home/spa", external.headers().firstValue("Location").orElse(""));
        HttpResponse<String> bundled = host.get("/bundled.html");
        assertEquals(200, bundled.statusCode());
        assertTrue(bundled.body().contains("bundled spa"), bundled.body());
    }

    @Test
    @Order(5)
    void theDefinitionsScreenListsEveryDefinitionWithItsProblemsForAdminsOnly() throws Exception {
        HttpResponse<String> all = admin.get("/definitions");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("data-id=\"spa-demo:pages/basic\""), "listed");
        assertTrue(all.body().contains("data-id=\"news-module:pages/article\""), "the module's own too");
        String problems = admin.get("/definitions?problems=true").body();
        assertFalse(problems.contains("data-id=\"spa-demo:pages/basic\""), "no problems: filtered out");
        assertTrue(problems.contains("data-id=\"broken:pages/oops\" data-severity=\"MAJOR\""), problems);
        assertTrue(problems.contains("templateScript /broken/templates/pages/missing.ftl does not exist"), problems);
        assertTrue(problems.contains("data-id=\"syntax\" data-severity=\"SEVERE\""), problems);
        String endpoints = admin.get("/definitions?type=restEndpoints").body();
        assertTrue(endpoints.contains("data-id=\"delivery/nowhere\"") && !endpoints.contains("data-id=\"broken:pages/oops\""));
        assertEquals(400, admin.get("/definitions?type=nonsense").statusCode());
        host.host().context().users().create("defs-editor", "defs-editor-password", Role.EDITOR, "test");
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("defs-editor", "defs-editor-password").statusCode());
        assertEquals(403, editor.get("/definitions").statusCode());
    }

    @Test
    @Order(6)
    void anEditOnDiskChangesWhatIsServedWithoutARestart() throws Exception {
        assertTrue(host.get("/plain.html").body().contains("version one"));
        assertFalse(json(host.get("/.rest/delivery/hot/home/plain")).has("mgnl:template"));
        // A script edited on disk is read again (the page cache keeps no old copy).
        write("hot/templates/pages/plain.ftl", "<!DOCTYPE html><html><body><p id=\"v\">version two</p></body></html>\n");
        eventually(() -> host.get("/plain.html").body().contains("version two"));
        // An endpoint edited: its new systemProperties are served (the delivery cache keeps no old answer).
        write("hot/restEndpoints/delivery/hot.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: website\nnodeTypes: [mgnl:page]\n"
                + "systemProperties: [mgnl:template]\n");
        eventually(() -> json(host.get("/.rest/delivery/hot/home/plain")).path("mgnl:template").asText().equals("hot:pages/plain"));
        // A template broken on disk: registered with its problem, its page answers the site's 404, not a 500.
        write("hot/templates/pages/plain.yaml", "title: Plain\nrenderType: freemarker\ntemplateScript: /hot/templates/pages/gone.ftl\n");
        eventually(() -> host.get("/plain.html").statusCode() == 404);
        assertTrue(admin.get("/definitions?problems=true").body().contains("/hot/templates/pages/gone.ftl does not exist"));
        // Fixed again, and a new definition added: both picked up.
        write("hot/templates/pages/plain.yaml", "title: Plain\nrenderType: freemarker\ntemplateScript: /hot/templates/pages/plain.ftl\n");
        write("hot/templates/components/added.yaml", "title: Added\ndialog: spa-demo:components/headline\n");
        eventually(() -> host.get("/plain.html").statusCode() == 200
                && host.host().context().definitions().find(DefinitionType.TEMPLATE, "hot:components/added").isPresent());
        // A removed file is unregistered.
        Files.delete(lightModules.resolve("hot/templates/components/added.yaml"));
        eventually(() -> host.host().context().definitions().entry(DefinitionType.TEMPLATE, "hot:components/added").isEmpty());
    }

    private static DefinitionProblem.Severity worst(DefinitionRegistry registry, DefinitionType type, String id) {
        return registry.entry(type, id).orElseThrow().worst().orElseThrow();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** The watcher looks every second: a change shows within a few. */
    private static void eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(200);
        }
    }

    private static void write(String relative, String content) throws Exception {
        Path file = lightModules.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
