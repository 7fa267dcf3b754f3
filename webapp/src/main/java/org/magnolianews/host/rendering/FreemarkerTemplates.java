package org.magnolianews.host.rendering;

import java.util.List;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.definition.UnusableDefinitionException;

/**
 * The template definitions the FreeMarker site can render: registered without a problem that blocks use, and of
 * {@code renderType: freemarker}. An SPA template ({@code renderType: spa}) or an SPA component template with only
 * {@code title} and {@code dialog} is registered and editable, but rendered by its front end, not here.
 */
final class FreemarkerTemplates {

    private FreemarkerTemplates() {
    }

    static Definition renderable(DefinitionRegistry definitions, String templateId) {
        Definition definition = definitions.require(DefinitionType.TEMPLATE, templateId);
        String renderType = definition.string("renderType").orElse("none");
        if (!renderType.equals("freemarker")) {
            throw new UnusableDefinitionException(List.of(definition.problem("renderType", "template '" + templateId
                    + "' has renderType " + renderType + ": its front end renders it, the FreeMarker site cannot")));
        }
        return definition;
    }
}
