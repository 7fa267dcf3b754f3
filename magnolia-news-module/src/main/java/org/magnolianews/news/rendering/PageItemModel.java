package org.magnolianews.news.rendering;

import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Model of the templates that show the page's item ({@link PageItem}): its identifier and workspace, which the
 * script loads with Magnolia's {@code cmsfn.contentById(model.itemId, model.itemWorkspace)}. A component names it
 * as its own {@code modelClass} rather than reaching the page's model through {@code model.root}: on Magnolia 6.2 an
 * area without a model class may have no model, which would cut the chain of parents.
 *
 * @param <RD> the template's definition
 */
public class PageItemModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    private Optional<Node> item;

    @Inject
    public PageItemModel(Node content, RD definition, RenderingModel<?> parent) {
        super(content, definition, parent);
    }

    /** Identifier of the item the page shows, or null on a page that shows none. */
    public String getItemId() throws RepositoryException {
        Optional<Node> shown = item();
        return shown.isPresent() ? shown.get().getIdentifier() : null;
    }

    /** The workspace of {@link #getItemId()}, or null when the page shows no item. */
    public String getItemWorkspace() throws RepositoryException {
        return item().isPresent() ? PageItem.workspaceOf(MgnlContext.getAggregationState()).orElse(null) : null;
    }

    protected Optional<Node> item() throws RepositoryException {
        if (item == null) {
            item = PageItem.of(MgnlContext.getAggregationState());
        }
        return item;
    }
}
