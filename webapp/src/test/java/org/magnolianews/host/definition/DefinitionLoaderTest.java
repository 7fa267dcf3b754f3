package org.magnolianews.host.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.ModuleDiscovery;
import org.magnolianews.host.module.Resources;
import org.magnolianews.host.repository.WorkspaceLayout;

class DefinitionLoaderTest {

    @TempDir
    Path lightModules;

    @Test
    void loadsEveryDefinitionOfTheNewsModuleByMagnoliaId() {
        DefinitionRegistry registry = load();
        assertTrue(registry.find(DefinitionType.TEMPLATE, "news-module:pages/article").isPresent());
        assertTrue(registry.find(DefinitionType.TEMPLATE, "news-module:components/book-promo").isPresent());
        assertTrue(registry.find(DefinitionType.DIALOG, "news-module:components/related-news").isPresent());
        assertTrue(registry.find(DefinitionType.REST_ENDPOINT, "delivery/news").isPresent());
        assertEquals(List.of("news", "publication", "subject"),
                registry.contentTypes().stream().map(ContentTypeDefinition::name).sorted().toList());
        ContentTypeDefinition news = registry.contentType("news").orElseThrow();
        assertEquals("news", news.workspace());
        assertEquals("news:article", news.nodeType());
        assertTrue(news.property("title").orElseThrow().i18n());
        assertTrue(news.property("date").orElseThrow().required());
        assertEquals("reference:subject", news.property("subjects").orElseThrow().type());
        assertEquals(List.of("date", "note"), news.subModels().get("correction").stream()
                .map(ContentTypeDefinition.PropertyDefinition::name).toList());
    }

    @Test
    void contentTypeAppIsExpandedAndOverridesApply() {
        Definition app = load().find(DefinitionType.APP, "news").orElseThrow();
        assertEquals("news", app.data().get("workspace"));
        Map<?, ?> fields = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) app.data().get("subApps")).get("detail")).get("form")).get("properties");
        assertEquals("richTextField", ((Map<?, ?>) fields.get("body")).get("$type"));
        assertEquals("true", ((Map<?, ?>) fields.get("date")).get("time"), "override from apps/news.yaml");
        assertEquals("jcrMultiValueField", ((Map<?, ?>) fields.get("subjects")).get("$type"));
        assertEquals("jcrMultiField", ((Map<?, ?>) fields.get("corrections")).get("$type"));
    }

    @Test
    void endpointPathsFollowMagnoliasRules() throws Exception {
        write("extra/restEndpoints/delivery/tours_v1.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: news\n");
        write("extra/restEndpoints/custom.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: news\nendpointPath: /my/feed/\n");
        DefinitionRegistry registry = load();
        assertTrue(registry.find(DefinitionType.REST_ENDPOINT, "delivery/tours/v1").isPresent());
        assertTrue(registry.find(DefinitionType.REST_ENDPOINT, "my/feed").isPresent());
    }

    @Test
    void lightModuleAddsAContentTypeWithItsOwnWorkspace() throws Exception {
        write("events/contentTypes/event.yaml", """
                datasource:
                  $type: jcrContentTypeDatasource
                  workspace: events
                  autoCreate: true
                model:
                  properties:
                    title: {required: true}
                    starts: {type: Date}
                """);
        DefinitionRegistry registry = load();
        ContentTypeDefinition event = registry.contentType("event").orElseThrow();
        assertEquals("events", event.workspace());
        assertEquals("mgnl:content", event.nodeType());
        assertEquals("Date", event.property("starts").orElseThrow().type());
    }

    @Test
    void everyBrokenFileIsReportedWithFileLineAndReason() throws Exception {
        write("broken/contentTypes/syntax.yaml", "datasource:\n  workspace: news\n model: [\n");
        write("broken/contentTypes/types.yaml", """
                datasource:
                  workspace: nowhere
                model:
                  properties:
                    - name: title
                    - name: author
                      type: reference:person
                    - name: size
                      type: Integer
                """);
        write("broken/templates/pages/page.yaml", "renderType: freemarker\ntemplateScript: /broken/templates/pages/missing.ftl\n"
                + "dialog: broken:pages/none\nareas:\n  main:\n    availableComponents:\n      x: {id: broken:components/none}\n");
        write("broken/dialogs/old.yaml", "form:\n  tabs:\n    - name: main\n");
        write("broken/restEndpoints/delivery/bad.yaml", "$type: jcrDeliveryEndpoint_v3\n");
        DefinitionRegistry registry = load(); // registered with their problems: start-up goes on
        String report = registry.problems().stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n"));
        assertContains(report, "broken/contentTypes/syntax.yaml:3: YAML syntax error");
        assertContains(report, "broken/contentTypes/types.yaml:2: workspace 'nowhere' is not declared");
        assertContains(report, "broken/contentTypes/types.yaml:7: property 'author' references content type 'person'");
        assertContains(report, "broken/contentTypes/types.yaml:9: property 'size' has unknown type 'Integer'");
        assertContains(report, "broken/templates/pages/page.yaml:2: templateScript /broken/templates/pages/missing.ftl does not exist");
        assertContains(report, "broken/templates/pages/page.yaml:3: dialog 'broken:pages/none' is not defined");
        assertContains(report, "broken/templates/pages/page.yaml:7: component template 'broken:components/none' is not defined");
        assertContains(report, "broken/dialogs/old.yaml:2: 'form.tabs' is the Magnolia 5 UI syntax");
        assertContains(report, "broken/restEndpoints/delivery/bad.yaml:1: endpoint type 'jcrDeliveryEndpoint_v3' is not served");
        assertEquals(9, registry.problems().size(), report);
        assertEquals(DefinitionProblem.Severity.SEVERE, severity(registry, DefinitionType.CONTENT_TYPE, "syntax"));
        assertEquals(DefinitionProblem.Severity.MAJOR, severity(registry, DefinitionType.TEMPLATE, "broken:pages/page"));
        assertEquals(DefinitionProblem.Severity.MAJOR, severity(registry, DefinitionType.DIALOG, "broken:old"));
        assertEquals(DefinitionProblem.Severity.MAJOR, severity(registry, DefinitionType.REST_ENDPOINT, "delivery/bad"));
        assertTrue(registry.find(DefinitionType.TEMPLATE, "broken:pages/page").isEmpty(), "a major problem: not used");
        assertTrue(registry.contentType("types").isEmpty() && registry.contentType("syntax").isEmpty());
        assertTrue(registry.find(DefinitionType.TEMPLATE, "news-module:pages/article").isPresent(), "the rest is used");
        assertTrue(registry.contentType("news").isPresent());
        assertEquals(List.of("broken:pages/page"), registry.entries().stream().filter(e -> !e.usable())
                .filter(e -> e.definition().type() == DefinitionType.TEMPLATE).map(e -> e.definition().id()).toList());
    }

    @Test
    void spaTemplatesInTheDemosShapeLoadWithoutProblems() throws Exception {
        // Written here in the shapes of Magnolia's minimal-headless-spa-demos light module spa-lm.
        write("spa-shapes/templates/pages/basic.yaml", """
                title: "SPA: Basic"
                baseUrl: http://localhost:3000
                routeTemplate: "/{language}{{@path}}"
                dialog: spa-shapes:pages/basic
                renderType: spa
                class: info.magnolia.rendering.spa.renderer.SpaRenderableDefinition
                areas:
                  main:
                    title: Main Area
                    availableComponents:
                      Headline:
                        id: spa-shapes:components/headline
                """);
        write("spa-shapes/templates/pages/bundled.yaml", """
                class: info.magnolia.rendering.spa.renderer.SpaRenderableDefinition
                renderType: spa
                templateScript: /spa-shapes/webresources/build/index.html
                """);
        write("spa-shapes/webresources/build/index.html", "<!doctype html><div id=root></div>");
        write("spa-shapes/templates/components/headline.yaml", "title: Headline\ndialog: spa-shapes:components/headline\n");
        write("spa-shapes/dialogs/pages/basic.yaml", "form:\n  properties:\n    title:\n      $type: textField\n");
        write("spa-shapes/dialogs/components/headline.yaml", "form:\n  properties:\n    text:\n      $type: textField\n");
        DefinitionRegistry registry = load();
        assertEquals(List.of(), registry.problems());
        assertTrue(registry.find(DefinitionType.TEMPLATE, "spa-shapes:pages/basic").isPresent());
        assertTrue(registry.find(DefinitionType.TEMPLATE, "spa-shapes:pages/bundled").isPresent());
        assertTrue(registry.find(DefinitionType.TEMPLATE, "spa-shapes:components/headline").isPresent());
    }

    @Test
    void aReferenceToAContentTypeNoModuleDefinesIsAMinorProblemAndTheTypeIsUsed() throws Exception {
        // Magnolia CLI 5's content-type prototype links a page: infoLink of type reference:page.
        write("cli-shape/contentTypes/tour.yaml", """
                datasource:
                  workspace: tours
                  autoCreate: true
                model:
                  properties:
                    - name: name
                      label: Name
                      required: true
                      i18n: true
                    - name: infoLink
                      type: reference:page
                """);
        DefinitionRegistry registry = load();
        assertEquals(DefinitionProblem.Severity.MINOR, severity(registry, DefinitionType.CONTENT_TYPE, "tour"));
        assertTrue(registry.contentType("tour").isPresent(), "a minor problem: used");
    }

    private static DefinitionProblem.Severity severity(DefinitionRegistry registry, DefinitionType type, String id) {
        return registry.entry(type, id).orElseThrow().worst().orElseThrow();
    }

    @Test
    void includesAreResolvedAndOverridden() throws Exception {
        write("inc/includes/common.yaml", "renderType: freemarker\ntemplateScript: /inc/templates/components/a.ftl\ntitle: From include\n");
        write("inc/templates/components/a.ftl", "A");
        write("inc/templates/components/a.yaml", "<<: !include:/inc/includes/common.yaml\ntitle: Own title\n");
        Definition template = load().find(DefinitionType.TEMPLATE, "inc:components/a").orElseThrow();
        assertEquals("Own title", template.data().get("title"));
        assertEquals("freemarker", template.data().get("renderType"));
    }

    private static void assertContains(String report, String expected) {
        assertTrue(report.contains(expected), "expected «" + expected + "» in:\n" + report);
    }

    @Test
    void theNewsThemeDefinesTheVariationsTheEndpointsName() {
        Map<String, ImageVariations.Variation> variations = ImageVariations.read(load(), new java.util.ArrayList<>());
        assertEquals(new ImageVariations.Variation("news-theme", 480, Optional.of(360)), variations.get("480x360"));
        assertEquals(new ImageVariations.Variation("news-theme", 960, Optional.of(720)), variations.get("960x720"));
    }

    @Test
    void aRenditionNoThemeDefinesAndABrokenVariationAreReportedWithFileAndLine() throws Exception {
        write("extra/themes/broken.yaml", """
                imaging:
                  class: info.magnolia.templating.imaging.VariationAwareImagingSupport
                  variations:
                    tiny:
                      class: info.magnolia.templating.imaging.variation.SimpleResizeVariation
                      width: zero
                    cropped:
                      class: com.example.CropVariation
                      width: 10
                """);
        write("extra/restEndpoints/delivery/photos.yaml", """
                $type: jcrDeliveryEndpoint_v2
                workspace: news
                references:
                  - name: imageReference
                    propertyName: image
                    referenceResolver:
                      $type: assetReferenceResolver
                      assetRenditions:
                        - 480x360
                        - 1200x800
                """);
        DefinitionRegistry registry = load();
        String report = registry.problems().stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n"));
        assertTrue(report.contains("photos.yaml:10: asset rendition '1200x800' is no image variation of any theme"), report);
        assertTrue(report.contains("broken.yaml:6: variation 'tiny' needs a positive whole 'width', found 'zero'"), report);
        assertTrue(report.contains("broken.yaml:8: variation class 'com.example.CropVariation' is not one this host scales with"), report);
        assertEquals(3, registry.problems().size(), report);
    }

    @Test
    void aWebhookInMagnoliasFormatLoads() throws Exception {
        write("hooks/webhooks/refresh.yaml", """
                name: site-refresh
                url: https://front.example.com/revalidate
                method: post
                queryParameters:
                  token: abc
                headers:
                  X-Source: news
                events:
                  - name: goLive
                    eventType: Published
                    filter: "@path LIKE '%out-of-date%'"
                  - name: outdated
                    eventType: Unpublished
                """);
        List<WebhookDefinition> webhooks = WebhookDefinition.readAll(load(), new java.util.ArrayList<>());
        assertEquals(1, webhooks.size());
        WebhookDefinition webhook = webhooks.get(0);
        assertEquals("site-refresh", webhook.name());
        assertEquals("POST", webhook.method());
        assertEquals(Map.of("token", "abc"), webhook.queryParameters());
        assertEquals(Map.of("X-Source", "news"), webhook.headers());
        assertTrue(webhook.enabled(), "enabled by default");
        assertEquals(List.of("goLive", "outdated"), webhook.events().stream().map(WebhookDefinition.Event::name).toList());
        assertEquals(WebhookDefinition.EventType.UNPUBLISHED, webhook.events().get(1).type());
        assertTrue(webhook.events().get(1).filter().isEmpty());
    }

    @Test
    void everyWebhookProblemIsReportedWithFileAndLine() throws Exception {
        write("hooks/webhooks/bad.yaml", """
                name: bad
                url: ftp://example.com/x
                method: FETCH
                events:
                  - name: a
                    eventType: Saved
                  - name: b
                    eventType: Published
                    filter: "@path LIKE"
                  - name: c
                    eventType: Published
                    filter: "@colour = 'red'"
                """);
        write("hooks/webhooks/client.yaml", "name: client\nrestClientName: myClient\nrestCallName: notify\nevents:\n  - name: a\n    eventType: Published\n");
        write("hooks/webhooks/unnamed.yaml", "url: https://example.com/\nmethod: POST\nevents: []\n");
        String valid = "name: dup\nurl: https://example.com/\nmethod: GET\nevents:\n  - {name: x, eventType: Published}\n";
        write("hooks/webhooks/dup.yaml", valid);
        write("other/webhooks/dup.yaml", valid);
        DefinitionRegistry registry = load();
        String report = registry.problems().stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n"));
        assertContains(report, "hooks/webhooks/bad.yaml:2: 'url' must be an absolute http:// or https:// URL, found 'ftp://example.com/x'");
        assertContains(report, "hooks/webhooks/bad.yaml:3: 'method' must be one of GET, POST, PUT, DELETE, PATCH, found 'FETCH'");
        assertContains(report, "hooks/webhooks/bad.yaml:6: 'eventType' must be Published or Unpublished, found 'Saved'");
        assertContains(report, "hooks/webhooks/bad.yaml:9: filter '@path LIKE': after @path LIKE a value in single quotes is expected");
        assertContains(report, "hooks/webhooks/bad.yaml:12: filter '@colour = 'red'': '@colour' is not an attribute");
        assertContains(report, "hooks/webhooks/client.yaml:2: restClientName/restCallName (a REST client defined elsewhere) are not supported");
        assertContains(report, "hooks/webhooks/unnamed.yaml:1: a webhook needs a 'name'");
        assertContains(report, "hooks/webhooks/client.yaml:1: 'url' must be an absolute http:// or https:// URL, found ''");
        assertContains(report, "webhooks id 'dup' is already defined in");
        assertEquals(10, registry.problems().size(), report);
    }

    private void write(String relative, String content) throws Exception {
        Path file = lightModules.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private DefinitionRegistry load() {
        List<InstalledModule> modules = new ModuleDiscovery().discover(getClass().getClassLoader(), Optional.of(lightModules));
        return new DefinitionLoader(new Resources(modules)).load(modules, WorkspaceLayout.declared(modules));
    }
}
