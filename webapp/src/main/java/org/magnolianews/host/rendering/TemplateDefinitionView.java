package org.magnolianews.host.rendering;

import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.Map;
import org.magnolianews.host.definition.Definition;

/**
 * A template definition as Magnolia hands it to a model's constructor: the YAML definition seen through
 * Magnolia's {@link RenderableDefinition}.
 */
final class TemplateDefinitionView implements RenderableDefinition {

    private final Definition definition;
    @SuppressWarnings("rawtypes")
    private final Class<? extends RenderingModel> modelClass;

    @SuppressWarnings("rawtypes")
    TemplateDefinitionView(Definition definition, Class<? extends RenderingModel> modelClass) {
        this.definition = definition;
        this.modelClass = modelClass;
    }

    @Override
    public String getId() {
        return definition.id();
    }

    @Override
    public String getName() {
        return definition.name();
    }

    @Override
    public String getRenderType() {
        return definition.string("renderType").orElse(null);
    }

    @Override
    public String getTitle() {
        return definition.string("title").orElse(null);
    }

    @Override
    public String getDescription() {
        return definition.string("description").orElse(null);
    }

    @Override
    public String getI18nBasename() {
        return definition.string("i18nBasename").orElse(null);
    }

    @Override
    public String getTemplateScript() {
        return definition.string("templateScript").orElse(null);
    }

    @Override
    public Map<String, Object> getParameters() {
        return definition.map("parameters");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends RenderingModel> getModelClass() {
        return modelClass;
    }

    @Override
    public String toString() {
        return definition.id();
    }
}
