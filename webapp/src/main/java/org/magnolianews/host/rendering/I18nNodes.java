package org.magnolianews.host.rendering;

import javax.jcr.Node;

/**
 * What {@code cmsfn.wrapForI18n(node)} returns: the node, marked so that a ContentMap made of it
 * ({@code cmsfn.asContentMap}) reads properties in the page's language, as Magnolia's I18nNodeWrapper makes it
 * ({@link I18nNode}). Every other call goes to the node itself.
 */
final class I18nNodes {

    private I18nNodes() {
    }

    static Node wrap(Node node) {
        if (isWrapped(node)) {
            return node;
        }
        return new I18nNode(node);
    }

    static boolean isWrapped(Node node) {
        return node instanceof I18nNode;
    }

    /** The repository's own node, for the host's code (equality, JCR calls that want Jackrabbit's class). */
    static Node unwrap(Node node) {
        return node instanceof I18nNode marked ? marked.node() : node;
    }
}
