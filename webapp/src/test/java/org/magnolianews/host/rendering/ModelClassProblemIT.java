package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * Pages of a light module's templates whose models Magnolia could not create, or that ask to skip rendering,
 * through the whole host (issue 8): a missing {@code modelClass} gives the site's error page and one log line
 * naming the definition's file and line, never a stack trace; so does a script calling a function Magnolia lacks
 * (its file and line); {@code SKIP_RENDERING} renders nothing.
 */
class ModelClassProblemIT {

    private static Path lightModules;
    private static RunningHost host;

    /** A model that tells the renderer to render nothing (a redirect template would). */
    public static class SkippingModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {
        public SkippingModel(Node content, RD definition, RenderingModel<?> parent) {
            super(content, definition, parent);
        }

        @Override
        public String execute() {
            return SKIP_RENDERING;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        lightModules = Files.createTempDirectory("news-light-");
        Path pages = Files.createDirectories(lightModules.resolve("probe-module/templates/pages"));
        template(pages, "broken", "org.example.NoSuchModel");
        template(pages, "skipped", SkippingModel.class.getName());
        Files.writeString(pages.resolve("unknown-function.yaml"), "title: unknown function\nrenderType: freemarker\n"
                + "templateScript: /probe-module/templates/pages/unknown-function.ftl\n");
        Files.writeString(pages.resolve("unknown-function.ftl"), "<!DOCTYPE html><html><body>\n"
                + "<link rel=\"canonical\" href=\"${cmsfn.absoluteLink(content)}\"/>\n</body></html>\n");
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        ContentService content = host.host().context().content();
        for (String name : List.of("broken", "skipped", "unknown-function")) {
            content.createPageNode("/home", name, "mgnl:page",
                    Map.of("mgnl:template", "probe-module:pages/" + name), "test");
            content.publish("website", "/home/" + name, false, "test");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
        try (var files = Files.walk(lightModules)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void aModelClassNotOnTheClassPathIsOneLogLineWithFileAndLine() throws Exception {
        StringBuilder captured = new StringBuilder();
        HttpResponse<String> response = loggingTo(captured, "/broken.html");
        String log = captured.toString();
        assertEquals(500, response.statusCode());
        assertFalse(response.body().contains("NoSuchModel"), "the reader sees the error page, not the problem");
        assertTrue(log.contains("probe-module/templates/pages/broken.yaml:4: modelClass org.example.NoSuchModel is not on the class path"),
                log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
    }

    @Test
    void aScriptCallingAFunctionMagnoliaLacksIsOneLogLineWithFileAndLine() throws Exception {
        StringBuilder captured = new StringBuilder();
        HttpResponse<String> response = loggingTo(captured, "/unknown-function.html");
        String log = captured.toString();
        assertEquals(500, response.statusCode());
        assertFalse(response.body().contains("absoluteLink"), "the reader sees the error page, not the problem");
        assertTrue(log.contains("probe-module/templates/pages/unknown-function.ftl:2: "), log);
        assertTrue(log.contains("cmsfn.absoluteLink"), "FreeMarker names what is missing: " + log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
    }

    @Test
    void aModelReturningSkipRenderingRendersNothing() throws Exception {
        HttpResponse<String> response = host.get("/skipped.html");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body(), "the template never ran");
    }

    /** The response to {@code path}, with what the host logged meanwhile (its log goes to standard error). */
    private static HttpResponse<String> loggingTo(StringBuilder log, String path) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return host.get(path);
        } finally {
            System.setErr(original);
            log.append(captured.toString(StandardCharsets.UTF_8));
        }
    }

    private static void template(Path pages, String name, String modelClass) throws Exception {
        Files.writeString(pages.resolve(name + ".yaml"), "title: " + name + "\nrenderType: freemarker\n"
                + "templateScript: /probe-module/templates/pages/" + name + ".ftl\nmodelClass: " + modelClass + "\n");
        Files.writeString(pages.resolve(name + ".ftl"), "<!DOCTYPE html><html><body><p>rendered " + name + "</p></body></html>\n");
    }
}
