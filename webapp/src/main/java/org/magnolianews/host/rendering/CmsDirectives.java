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
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * The {@code cms} directives of Magnolia scripts on a public instance:
 * <ul>
 *   <li>{@code [@cms.page /]} marks the page for the page editor; nothing to write on the public site;</li>
 *   <li>{@code [@cms.area name="main" /]} renders the components of that area of the current content;</li>
 *   <li>{@code [@cms.component content=component /]} renders one component.</li>
 * </ul>
 */
final class CmsDirectives {

    private CmsDirectives() {
    }

    static SimpleHash hash(TemplateRenderer renderer, ObjectWrapper wrapper) {
        SimpleHash cms = new SimpleHash(wrapper);
        cms.put("page", (TemplateDirectiveModel) (env, params, loopVars, body) -> { });
        cms.put("area", (TemplateDirectiveModel) (env, params, loopVars, body) -> area(renderer, env, params));
        cms.put("component", (TemplateDirectiveModel) (env, params, loopVars, body) -> component(renderer, env, params));
        return cms;
    }

    @SuppressWarnings("rawtypes")
    private static void area(TemplateRenderer renderer, Environment env, Map params) throws TemplateException, IOException {
        Object name = unwrap(params.get("name"));
        if (name == null) {
            throw new TemplateModelException("cms.area needs a name");
        }
        Object content = params.containsKey("content") ? unwrap(params.get("content")) : unwrap(env.getVariable("content"));
        try {
            Node parent = TemplatingFunctions.node(content);
            if (!parent.hasNode(String.valueOf(name))) {
                return;
            }
            for (NodeIterator it = parent.getNode(String.valueOf(name)).getNodes(); it.hasNext(); ) {
                Node component = it.nextNode();
                if (component.isNodeType(MgnlNodeTypes.COMPONENT)) {
                    renderer.renderComponent(component, env.getOut());
                }
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read area " + name, e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void component(TemplateRenderer renderer, Environment env, Map params) throws TemplateException, IOException {
        Object content = unwrap(params.get("content"));
        if (content == null) {
            throw new TemplateModelException("cms.component needs content");
        }
        renderer.renderComponent(TemplatingFunctions.node(content), env.getOut());
    }

    private static Object unwrap(Object model) throws TemplateModelException {
        return model == null ? null : DeepUnwrap.unwrap((TemplateModel) model);
    }

}
