package org.magnolianews.host.rendering;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.jcr.Node;

/**
 * What {@code cmsfn.wrapForI18n(node)} returns: the node, marked so that a ContentMap made of it
 * ({@code cmsfn.asContentMap}) reads properties in the page's language, as Magnolia's I18nNodeWrapper makes it.
 * Every other call goes to the node itself.
 */
final class I18nNodes {

    private record Marker(Node node) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(node, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private I18nNodes() {
    }

    static Node wrap(Node node) {
        if (isWrapped(node)) {
            return node;
        }
        return (Node) Proxy.newProxyInstance(I18nNodes.class.getClassLoader(), new Class<?>[] {Node.class}, new Marker(node));
    }

    static boolean isWrapped(Node node) {
        return Proxy.isProxyClass(node.getClass()) && Proxy.getInvocationHandler(node) instanceof Marker;
    }

    /** The repository's own node, for the host's code (equality, JCR calls that want Jackrabbit's class). */
    static Node unwrap(Node node) {
        return isWrapped(node) ? ((Marker) Proxy.getInvocationHandler(node)).node() : node;
    }
}
