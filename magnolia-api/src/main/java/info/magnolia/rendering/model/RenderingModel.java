package info.magnolia.rendering.model;

import info.magnolia.rendering.template.RenderableDefinition;
import javax.jcr.Node;

/**
 * Magnolia's rendering model ({@code modelClass} of a template definition), the model part of MVC.
 * The renderer creates one per rendering through the component provider, passing any of
 * {@code (Node content, RD definition, RenderingModel<?> parent)} plus injectable components to its
 * constructor, calls {@link #execute()}, and exposes it to the script as {@code model}.
 *
 * <p>Source: Magnolia CE {@code magnolia-rendering}, {@code info/magnolia/rendering/model/RenderingModel.java}
 * (ekirkilevics/Magnolia mirror) and docs "Rendering context objects" ({@code model.node},
 * {@code model.parent}, {@code model.root}). Magnolia 6's interface also has {@code getContent()}, returning
 * an {@code info.magnolia.jcr.util.ContentMap}; it is left out here because the module does not use it.
 *
 * @param <RD> the definition type
 */
public interface RenderingModel<RD extends RenderableDefinition> {

    /** Returned by {@link #execute()} to tell the renderer to render nothing for this node. */
    String SKIP_RENDERING = "skip-rendering";

    /** The model of the enclosing renderable (the page's model for a component), or null. */
    RenderingModel<?> getParent();

    /** The outermost model (the page's). */
    RenderingModel<?> getRoot();

    /** The node being rendered. */
    Node getNode();

    RD getDefinition();

    /** Called once before the script runs; {@link #SKIP_RENDERING} skips it. */
    String execute();
}
