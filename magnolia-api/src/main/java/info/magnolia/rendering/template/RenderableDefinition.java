package info.magnolia.rendering.template;

import info.magnolia.rendering.model.RenderingModel;
import java.util.Map;

/**
 * Magnolia's definition of something renderable (a page or component template): the subset of its
 * getters this project uses. Source: Magnolia CE {@code magnolia-rendering},
 * {@code info/magnolia/rendering/template/RenderableDefinition.java} (read in the ekirkilevics/Magnolia
 * mirror); docs "Rendering context objects" ({@code def}),
 * https://docs.magnolia-cms.com/product-docs/6.2/Developing/Templating/Template-scripts/Rendering-context-objects/.
 * Magnolia's interface has more members (variations, auto generation, {@code setId}); they are left out
 * because nothing here calls them.
 */
public interface RenderableDefinition {

    /** The definition's id, e.g. {@code news-module:components/related-news}. */
    String getId();

    String getName();

    String getRenderType();

    String getTitle();

    String getDescription();

    String getI18nBasename();

    String getTemplateScript();

    /** The definition's free-form {@code parameters}. */
    Map<String, Object> getParameters();

    /** The {@code modelClass}, or null when the definition has none. */
    @SuppressWarnings("rawtypes")
    Class<? extends RenderingModel> getModelClass();
}
