package org.magnolianews.host.rendering;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.ModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a page or component node with the template its {@code mgnl:template} names: looks up the
 * definition, creates its model, and runs its script with Magnolia's objects in scope
 * ({@code content def model ctx state cmsfn damfn i18n cms}). A component that fails is logged and
 * left out, as Magnolia does on a public instance, so one broken box never takes a page down.
 */
final class TemplateRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateRenderer.class);

    private final Configuration freemarker;
    private final DefinitionRegistry definitions;
    private final ModelFactory models;
    private final Messages messages;
    private final TimeZone timeZone;
    private final QueryCounts counts;
    private final TemplatingFunctions cmsfn = new TemplatingFunctions();
    private final DamFunctions damfn = new DamFunctions();
    private final SimpleHash cms;

    TemplateRenderer(Configuration freemarker, DefinitionRegistry definitions, ModelFactory models, Messages messages,
                     TimeZone timeZone, QueryCounts counts) {
        this.counts = counts;
        this.freemarker = freemarker;
        this.definitions = definitions;
        this.models = models;
        this.messages = messages;
        this.timeZone = timeZone;
        this.cms = CmsDirectives.hash(this, freemarker.getObjectWrapper());
    }

    /** Renders a page node (or fails: the caller turns that into an error page). */
    void renderPage(Node page, Writer out) throws IOException, TemplateException, RepositoryException {
        render(page, out);
    }

    /** Renders a component into the page, or leaves it out if it fails. */
    void renderComponent(Node component, Writer out) throws IOException {
        StringWriter buffer = new StringWriter();
        try {
            render(component, buffer);
            out.write(buffer.toString());
        } catch (TemplateException | RepositoryException | RuntimeException e) {
            LOG.warn("component {} left out: {}", safePath(component), e.getMessage(), e);
        }
    }

    private void render(Node node, Writer out) throws IOException, TemplateException, RepositoryException {
        String templateId = Items.single(node, MgnlNodeTypes.TEMPLATE)
                .orElseThrow(() -> new IllegalStateException(safePath(node) + " has no mgnl:template"));
        Definition definition = definitions.find(DefinitionType.TEMPLATE, templateId)
                .orElseThrow(() -> new IllegalStateException("no template definition " + templateId));
        String script = definition.string("templateScript")
                .orElseThrow(() -> new IllegalStateException(templateId + " has no templateScript"));
        Rendering rendering = Rendering.current();
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("content", rendering.map(node));
        scope.put("def", definition.data());
        definition.string("modelClass").ifPresent(modelClass -> scope.put("model", models.create(modelClass, modelContext(node))));
        scope.put("cmsfn", cmsfn);
        scope.put("damfn", damfn);
        scope.put("i18n", new MessagesModel(messages, rendering.language()));
        scope.put("cms", cms);
        scope.put("state", new AggregationState(rendering));
        scope.put("ctx", new WebContext(rendering));
        Template template = freemarker.getTemplate(script.startsWith("/") ? script.substring(1) : script);
        Environment environment = template.createProcessingEnvironment(new SimpleHash(scope, freemarker.getObjectWrapper()), out);
        environment.setLocale(Locale.forLanguageTag(rendering.language()));
        environment.setTimeZone(timeZone);
        environment.process();
    }

    private ModelContext modelContext(Node node) {
        Rendering rendering = Rendering.current();
        return new ModelContext(node, rendering.item, rendering.language(), rendering.languages.defaultLanguage(),
                rendering.languages.all(), rendering.clock, Optional.ofNullable(rendering.request.readerCountry()),
                rendering.request.parameters(), rendering.sessions::session, new ModelLinks(rendering),
                (workspace, xpath) -> counts.count(rendering.sessions, workspace, xpath));
    }

    private static String safePath(Node node) {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            return "?";
        }
    }

    /** Links for models: absolute URLs of the current request's site. */
    private record ModelLinks(Rendering rendering) implements ModelContext.Links {
        @Override
        public String absoluteLink(Node node) throws RepositoryException {
            return rendering.request.baseUrl() + rendering.links.link(node, rendering.language());
        }

        @Override
        public Optional<String> absoluteAssetLink(String itemKey) {
            try {
                return DamFunctions.asset(rendering.sessions.session("dam"), itemKey)
                        .map(asset -> rendering.request.baseUrl() + DamFunctions.link(asset));
            } catch (RepositoryException e) {
                return Optional.empty();
            }
        }
    }
}
