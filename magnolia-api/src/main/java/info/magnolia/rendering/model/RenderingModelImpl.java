package info.magnolia.rendering.model;

import info.magnolia.rendering.template.RenderableDefinition;
import javax.jcr.Node;

/**
 * Magnolia's base class for models: keeps the node, the definition and the parent model given to
 * Magnolia's constructor. Source: Magnolia CE {@code magnolia-rendering},
 * {@code info/magnolia/rendering/model/RenderingModelImpl.java} (ekirkilevics/Magnolia mirror: fields
 * {@code parentModel}, {@code content}, {@code definition}; {@code getDef()} as the templates' shorthand).
 *
 * @param <RD> the definition type
 */
public class RenderingModelImpl<RD extends RenderableDefinition> implements RenderingModel<RD> {

    protected RenderingModel<?> parentModel;
    protected final Node content;
    protected final RD definition;

    public RenderingModelImpl(Node content, RD definition, RenderingModel<?> parent) {
        this.content = content;
        this.definition = definition;
        this.parentModel = parent;
    }

    @Override
    public RenderingModel<?> getParent() {
        return parentModel;
    }

    @Override
    public RenderingModel<?> getRoot() {
        RenderingModel<?> root = this;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    @Override
    public Node getNode() {
        return content;
    }

    @Override
    public RD getDefinition() {
        return definition;
    }

    /** {@code model.def} in templates. */
    public RD getDef() {
        return definition;
    }

    /** Does nothing by default; subclasses load what they need here or lazily in their getters. */
    @Override
    public String execute() {
        return null;
    }
}
