package org.magnolianews.host.rendering;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionException;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.news.jcr.Items;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a page or component node with the template its {@code mgnl:template} names: looks up the
 * definition, creates its model as Magnolia does ({@link ModelFactory}, then {@code execute()}; a model
 * returning {@link RenderingModel#SKIP_RENDERING} renders nothing), and runs its script with Magnolia's
 * objects in scope ({@code content def model ctx state cmsfn damfn i18n cms}). While a node renders it is the
 * aggregation state's current content node and its model is the parent of the models inside it. A component
 * that fails is logged and left out, as Magnolia does on a public instance, so one broken box never takes a
 * page down; a definition problem (a bad {@code modelClass}) is logged as its {@code file:line}, without a
 * stack trace.
 */
final class TemplateRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateRenderer.class);

    private final Configuration freemarker;
    private final DefinitionRegistry definitions;
    private final ModelFactory models;
    private final Messages messages;
    private final TemplatingFunctions cmsfn = new TemplatingFunctions();
    private final DamFunctions damfn;
    private final SimpleHash cms;

    TemplateRenderer(Configuration freemarker, DefinitionRegistry definitions, ModelFactory models, Messages messages) {
        this(freemarker, definitions, models, messages, org.magnolianews.host.delivery.ImagingUrls.of(definitions));
    }

    /** @param renditions the themes' image variations as Magnolia's imaging URLs, for {@code damfn.getAssetLink(key, rendition)} */
    TemplateRenderer(Configuration freemarker, DefinitionRegistry definitions, ModelFactory models, Messages messages,
                     org.magnolianews.host.delivery.ImagingUrls renditions) {
        this.damfn = new DamFunctions(renditions);
        this.freemarker = freemarker;
        this.definitions = definitions;
        this.models = models;
        this.messages = messages;
        this.cms = CmsDirectives.hash(this, freemarker.getObjectWrapper(), new org.magnolianews.host.templating.EditorAnnotations(definitions));
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
        } catch (DefinitionException e) {
            LOG.warn("component {} left out: {}", safePath(component), e.getMessage());
        } catch (TemplateException e) {
            LOG.warn("component {} left out: {}", safePath(component), ScriptProblem.describe(e));
        } catch (RepositoryException | RuntimeException e) {
            LOG.warn("component {} left out: {}", safePath(component), e.getMessage(), e);
        }
    }

    private void render(Node node, Writer out) throws IOException, TemplateException, RepositoryException {
        String templateId = Items.single(node, MgnlNodeTypes.TEMPLATE)
                .orElseThrow(() -> new IllegalStateException(safePath(node) + " has no mgnl:template"));
        Definition definition = FreemarkerTemplates.renderable(definitions, templateId);
        String script = definition.string("templateScript")
                .orElseThrow(() -> new IllegalStateException(templateId + " has no templateScript"));
        Rendering rendering = Rendering.current();
        Node previous = rendering.state.getCurrentContentNode();
        rendering.state.setCurrentContentNode(node);
        rendering.definitions.push(definition);
        try {
            RenderingModel<?> model = models.create(definition, node, rendering.models.peek()).orElse(null);
            String actionResult = model == null ? null : model.execute();
            if (RenderingModel.SKIP_RENDERING.equals(actionResult)) {
                return;
            }
            if (model != null) {
                rendering.models.push(model);
            }
            try {
                run(node, definition, script, model, actionResult, out);
            } finally {
                if (model != null) {
                    rendering.models.pop();
                }
            }
        } finally {
            rendering.definitions.pop();
            rendering.state.setCurrentContentNode(previous);
        }
    }

    private void run(Node node, Definition definition, String script, RenderingModel<?> model, String actionResult,
                     Writer out) throws IOException, TemplateException {
        Rendering rendering = Rendering.current();
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("content", rendering.content(node));
        scope.put("def", new TemplateDefinitionView(definition, null));
        if (model != null) {
            scope.put("model", model);
        }
        if (actionResult != null) {
            scope.put("actionResult", actionResult); // what execute() returned, as Magnolia exposes it
        }
        scope.put("cmsfn", cmsfn);
        scope.put("damfn", damfn);
        scope.put("i18n", new MessagesModel(messages, rendering.language()));
        scope.put("cms", cms);
        scope.put("state", rendering.state);
        scope.put("ctx", MgnlContext.getWebContext());
        Template template = freemarker.getTemplate(script.startsWith("/") ? script.substring(1) : script);
        Environment environment = template.createProcessingEnvironment(new SimpleHash(scope, freemarker.getObjectWrapper()), out);
        environment.setLocale(Locale.forLanguageTag(rendering.language()));
        environment.process();
    }

    private static String safePath(Node node) {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            return "?";
        }
    }
}
