package org.magnolianews.host.rendering;

import freemarker.core.Environment;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.templating.EditorAnnotations;

/**
 * The {@code cms} directives of Magnolia scripts:
 * <ul>
 *   <li>{@code [@cms.page /]} marks the page for the page editor; nothing to write on the public site;</li>
 *   <li>{@code [@cms.area name="main" /]} renders the components of that area of the current content;</li>
 *   <li>{@code [@cms.component content=component /]} renders one component.</li>
 * </ul>
 * In the pages app's edit mode ({@link Rendering#editMode}) each also writes what Magnolia's templating elements write
 * for its page editor: {@code <!-- cms:page … -->} then {@code <!-- /cms:page -->}, and the area and component between
 * {@code <!-- cms:area … -->}/{@code <!-- /cms:area -->} and {@code <!-- cms:component … -->}/{@code <!-- /cms:component -->}
 * (a component that fails still gets its comments, so the editor can delete it). The attributes are
 * {@link EditorAnnotations}', the same the template annotations endpoint answers.
 */
final class CmsDirectives {

    private CmsDirectives() {
    }

    static SimpleHash hash(TemplateRenderer renderer, ObjectWrapper wrapper, EditorAnnotations annotations) {
        SimpleHash cms = new SimpleHash(wrapper);
        cms.put("page", (TemplateDirectiveModel) (env, params, loopVars, body) -> page(annotations, env));
        cms.put("area", (TemplateDirectiveModel) (env, params, loopVars, body) -> area(renderer, annotations, env, params));
        cms.put("component", (TemplateDirectiveModel) (env, params, loopVars, body) -> component(renderer, annotations, env, params));
        return cms;
    }

    private static void page(EditorAnnotations annotations, Environment env) throws IOException, TemplateModelException {
        Rendering rendering = Rendering.current();
        if (!rendering.editMode) {
            return;
        }
        try {
            env.getOut().write(EditorAnnotations.open(annotations.page(rendering.page, Optional.ofNullable(rendering.definitions.peekLast()))));
            env.getOut().write(EditorAnnotations.close(EditorAnnotations.PAGE));
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot annotate the page", e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void area(TemplateRenderer renderer, EditorAnnotations annotations, Environment env, Map params)
            throws TemplateException, IOException {
        Object name = unwrap(params.get("name"));
        if (name == null) {
            throw new TemplateModelException("cms.area needs a name");
        }
        Object content = params.containsKey("content") ? unwrap(params.get("content")) : unwrap(env.getVariable("content"));
        Rendering rendering = Rendering.current();
        try {
            Node parent = TemplatingFunctions.node(content);
            if (rendering.editMode) {
                // The area of the node whose script runs: its template defines the area (Magnolia's AreaElement).
                Optional<Definition> owner = Optional.ofNullable(rendering.definitions.peek());
                env.getOut().write(EditorAnnotations.open(annotations.area(parent, String.valueOf(name), owner)));
            }
            if (parent.hasNode(String.valueOf(name))) {
                for (NodeIterator it = parent.getNode(String.valueOf(name)).getNodes(); it.hasNext(); ) {
                    Node component = it.nextNode();
                    if (component.isNodeType(MgnlNodeTypes.COMPONENT)) {
                        renderComponent(renderer, annotations, component, env);
                    }
                }
            }
            if (rendering.editMode) {
                env.getOut().write(EditorAnnotations.close(EditorAnnotations.AREA));
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read area " + name, e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void component(TemplateRenderer renderer, EditorAnnotations annotations, Environment env, Map params)
            throws TemplateException, IOException {
        Object content = unwrap(params.get("content"));
        if (content == null) {
            throw new TemplateModelException("cms.component needs content");
        }
        try {
            renderComponent(renderer, annotations, TemplatingFunctions.node(content), env);
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot annotate the component", e);
        }
    }

    private static void renderComponent(TemplateRenderer renderer, EditorAnnotations annotations, Node component, Environment env)
            throws IOException, RepositoryException {
        boolean edit = Rendering.current().editMode;
        if (edit) {
            env.getOut().write(EditorAnnotations.open(annotations.component(component)));
        }
        renderer.renderComponent(component, env.getOut());
        if (edit) {
            env.getOut().write(EditorAnnotations.close(EditorAnnotations.COMPONENT));
        }
    }

    private static Object unwrap(Object model) throws TemplateModelException {
        return model == null ? null : DeepUnwrap.unwrap((TemplateModel) model);
    }

}
