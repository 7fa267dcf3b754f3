package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An SPA page in the page editor (issue 9 item 3): a light module's {@code renderType: spa} page template with a
 * {@code baseUrl} (the shape of Magnolia's minimal headless SPA demos) and SPA component templates with only title and
 * dialog. Its annotations come from the template annotations endpoint; the editor frames the front end at its own
 * origin, which renders the annotations as comments and loads the page editor script from the host the way
 * {@code @magnolia/template-annotations}' PageEditorBridge does (here a small front end of the test's own, rendering
 * server-side from the endpoint as an SSR front end would); its bars add, edit and delete components through the
 * admincentral's dialogs.
 */
class SpaPageEditorBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);
    private static final String PAGE = "/home/spa-page";

    private static Path lightModules;
    private static HttpServer frontEnd;
    private static RunningHost host;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        frontEnd = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lightModules = TempDirs.create("spa-editor-lm-");
        Path templates = Files.createDirectories(lightModules.resolve("spa-lm/templates"));
        Files.createDirectories(templates.resolve("pages"));
        Files.createDirectories(templates.resolve("components"));
        Files.createDirectories(lightModules.resolve("spa-lm/dialogs/components"));
        Files.createDirectories(lightModules.resolve("spa-lm/dialogs/pages"));
        Files.writeString(templates.resolve("pages/basic.yaml"), """
                renderType: spa
                class: info.magnolia.rendering.spa.renderer.SpaRenderableDefinition
                title: SPA basic page
                dialog: spa-lm:pages/basic
                baseUrl: http://127.0.0.1:%d
                routeTemplate: '/{language}{{@path}}'
                areas:
                  main:
                    title: Main area
                    availableComponents:
                      paragraph:
                        id: spa-lm:components/paragraph
                """.formatted(frontEnd.getAddress().getPort()));
        Files.writeString(templates.resolve("components/paragraph.yaml"), "title: Paragraph\ndialog: spa-lm:components/paragraph\n");
        Files.writeString(lightModules.resolve("spa-lm/dialogs/components/paragraph.yaml"), """
                label: Paragraph
                form:
                  properties:
                    text:
                      $type: textField
                """);
        Files.writeString(lightModules.resolve("spa-lm/dialogs/pages/basic.yaml"), """
                label: Page
                form:
                  properties:
                    title:
                      $type: textField
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        host.host().context().content().createPageNode("/home", "spa-page", "mgnl:page",
                Map.of("mgnl:template", "spa-lm:pages/basic", "title", "SPA page"), "test");
        frontEnd.createContext("/", exchange -> {
            byte[] body = render(exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        frontEnd.start();
        browser = Browser.open("http://localhost:" + host.host().port() + "/.magnolia/admincentral");
        browser.logIn("superuser", RunningHost.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (frontEnd != null) {
            frontEnd.stop(0);
        }
        if (host != null) {
            host.close();
        }
        TempDirs.delete(lightModules);
    }

    private static JsonNode annotations() throws Exception {
        HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("/.rest/template-annotations/v1" + PAGE))
                .header("Authorization", AUTH).build());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /**
     * The front end's page for {@code /en/home/spa-page}: each annotation as the comment @magnolia/react-editor's
     * EditablePage, EditableArea and EditableComponent print (areas and components closed), then the bridge's handshake.
     */
    private static String render(String route) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>SPA</title></head><body><main id=\"spa\">");
        try {
            JsonNode annotations = annotations();
            String open = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String comment = entry.getValue().asText();
                if (comment.startsWith("cms:area")) {
                    if (open != null) {
                        html.append("</section><!--/cms:area-->");
                    }
                    html.append("<!--").append(comment).append("--><section class=\"spa-area\">");
                    open = entry.getKey();
                } else if (comment.startsWith("cms:component")) {
                    html.append("<!--").append(comment).append("--><p class=\"spa-component\">").append(entry.getKey())
                            .append("</p><!--/cms:component-->");
                } else {
                    html.append("<!--").append(comment).append("-->");
                }
            }
            if (open != null) {
                html.append("</section><!--/cms:area-->");
            }
        } catch (Exception e) {
            html.append("<p>").append(e).append("</p>");
        }
        html.append("<p id=\"route\">").append(route).append("</p></main>").append(BRIDGE).append("</body></html>");
        return html.toString();
    }

    /** PageEditorBridge 1.4.0's protocol: "initialize" up, "updateState" down, then the host's page editor script. */
    private static final String BRIDGE = """
            <script>
            window.addEventListener('message', function (event) {
              var message = JSON.parse(event.data);
              if (message.action !== 'updateState') return;
              var url = new URL(message.serverUrl);
              var base = url.origin + url.pathname.substring(0, url.pathname.indexOf('.magnolia'));
              var script = document.createElement('script');
              script.src = base + 'VAADIN/widgetsets/info.magnolia.PageEditor/info.magnolia.PageEditor.nocache.js';
              script.onload = function wait() {
                if (window.mgnlFrameReady === undefined) { setTimeout(wait, 100); return; }
                window.mgnlFrameReady();
                if (window.mgnlRefresh && message.serverUrl.endsWith(':edit')) window.mgnlRefresh();
              };
              document.head.appendChild(script);
            });
            window.parent.postMessage(JSON.stringify({element: {dialog: '', path: '/', workspace: 'website'}, action: 'initialize',
              elementType: 'page'}), '*');
            </script>
            """;

    @Test
    void theAnnotationsOfAnSpaPageComeFromItsTemplateDefinitions() throws Exception {
        JsonNode annotations = annotations();
        assertEquals("cms:page content=\"website:" + PAGE + "\" dialog=\"spa-lm:pages/basic\" preview=\"false\"", annotations.path(PAGE).asText());
        assertEquals("cms:area content=\"website:" + PAGE + "/main\" name=\"main\" availableComponents=\"spa-lm:components/paragraph\" "
                + "type=\"list\" label=\"Main area\" inherit=\"false\" optional=\"false\" showAddButton=\"true\" showNewComponentArea=\"true\" "
                + "activationStatus=\"0\"", annotations.path(PAGE + "/main").asText());
        JsonNode definition = JSON.readTree(host.send(HttpRequest.newBuilder(host.uri("/.rest/template-definitions/v1/spa-lm:pages/basic"))
                .header("Authorization", AUTH).build()).body()).path("spa-lm:pages/basic");
        assertEquals("spa", definition.path("renderType").asText());
        assertEquals("spa-lm:components/paragraph", definition.path("areas").path("main").path("availableComponents").path("paragraph").path("id").asText());
        HttpResponse<String> script = host.get("/VAADIN/widgetsets/info.magnolia.PageEditor/info.magnolia.PageEditor.nocache.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, host.get("/VAADIN/themes/pages-app/page-editor.css").statusCode());
    }

    @Test
    void anSpaPageIsEditedInTheFrameOfItsFrontEnd() throws Exception {
        browser.go("/pages/page?path=" + PAGE);
        WebElement frame = browser.find("#page-frame");
        assertEquals("http://127.0.0.1:" + frontEnd.getAddress().getPort() + "/en" + PAGE + "?mgnlPreview=false&mgnlChannel=desktop",
                frame.getAttribute("src"), "baseUrl + routeTemplate, in edit mode");
        WebElement before = browser.find("#page-editor[data-ready=true]");
        browser.driver.switchTo().frame(frame);
        assertEquals("/en" + PAGE, browser.text("#route"));
        WebElement area = browser.find(".mgnl-editor-area[data-area=main]");
        new Select(area.findElement(By.cssSelector("select.mgnl-add-template"))).selectByValue("spa-lm:components/paragraph");
        assertEquals("Paragraph", new Select(area.findElement(By.cssSelector("select.mgnl-add-template"))).getFirstSelectedOption().getText());
        area.findElement(By.cssSelector("button.mgnl-add")).click();

        browser.driver.switchTo().defaultContent();
        browser.find("#component-dialog[open]");
        browser.driver.switchTo().frame(browser.find("#dialog-frame"));
        browser.type("#f-text", "Written in the SPA's editor");
        browser.click("#save-component");
        browser.driver.switchTo().defaultContent();
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        WebElement saved = browser.find("#page-editor[data-ready=true]");
        assertTrue(browser.exists("#notice"));
        browser.driver.switchTo().frame(browser.find("#page-frame"));
        WebElement bar = browser.find(".mgnl-editor-component");
        String added = bar.getAttribute("data-path");
        assertTrue(added.startsWith(PAGE + "/main/"), added);
        assertEquals("Written in the SPA's editor", host.host().context().repository().call(WorkspaceLayout.WEBSITE,
                session -> session.getNode(added).getProperty("text").getString()));

        bar.findElement(By.cssSelector("button.mgnl-delete")).click();
        browser.waitFor(ExpectedConditions.alertIsPresent()).accept(); // the editor asks before it deletes
        browser.driver.switchTo().defaultContent();
        browser.waitFor(ExpectedConditions.stalenessOf(saved));
        browser.find("#page-editor[data-ready=true]");
        browser.driver.switchTo().frame(browser.find("#page-frame"));
        browser.find(".mgnl-editor-area[data-area=main]");
        assertTrue(browser.driver.findElements(By.cssSelector(".mgnl-editor-component")).isEmpty(), "deleted");
        boolean stillThere = host.host().context().repository().call(WorkspaceLayout.WEBSITE, session -> session.nodeExists(added));
        assertFalse(stillThere);
        browser.driver.switchTo().defaultContent();
        assertEquals(List.of(), browser.cspViolations());
    }
}
