package org.magnolianews.host.rendering;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.context.WebContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.jcr.NoSuchWorkspaceException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Magnolia's {@link WebContext} for one site rendering, set as {@code MgnlContext}'s instance on the
 * rendering thread by {@link Rendering} (as Magnolia's context filter does for a request): the aggregation
 * state, the page's locale, the rendering's sessions by workspace name (live twins on the public site,
 * drafts in a preview), parameters, and the servlet request seen through {@code javax.servlet}.
 * Attributes live as long as the rendering, whatever the scope asked for.
 */
final class HostWebContext implements WebContext {

    private final Rendering rendering;
    private final Map<String, Object> attributes = new HashMap<>();
    private Locale locale;

    HostWebContext(Rendering rendering) {
        this.rendering = rendering;
        this.locale = Locale.forLanguageTag(rendering.language());
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    /** The rendering's session on a workspace ({@code news} is {@code news_live} on the public site). */
    @Override
    public Session getJCRSession(String workspaceName) throws RepositoryException {
        try {
            return rendering.sessions.session(workspaceName);
        } catch (IllegalArgumentException e) {
            throw new NoSuchWorkspaceException(e.getMessage(), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String name) {
        return (T) attributes.get(name);
    }

    @Override
    public <T> T getAttribute(String name, int scope) {
        return getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value, int scope) {
        attributes.put(name, value);
    }

    @Override
    public void removeAttribute(String name, int scope) {
        attributes.remove(name);
    }

    @Override
    public AggregationState getAggregationState() {
        return rendering.state;
    }

    @Override
    public String getParameter(String name) {
        return rendering.request.parameters().get(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        String value = getParameter(name);
        return value == null ? null : new String[] {value};
    }

    @Override
    public Map<String, String> getParameters() {
        return rendering.request.parameters();
    }

    /** The site runs at the root context. */
    @Override
    public String getContextPath() {
        return "";
    }

    /** The reader's request, or null when there is none (a preview, a feed). */
    @Override
    public HttpServletRequest getRequest() {
        return rendering.request.servletRequest() == null ? null : JavaxRequestView.of(rendering.request.servletRequest());
    }

    /**
     * The response as far as a model may use it: {@code setStatus}, {@code sendError} and {@code getStatus}.
     * The page is still rendered to a buffer (and cached only with 200), so the host answers the status a
     * model asked for with the site's own error page; other methods throw, naming themselves.
     */
    @Override
    public HttpServletResponse getResponse() {
        return (HttpServletResponse) java.lang.reflect.Proxy.newProxyInstance(HostWebContext.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus", "sendError" -> {
                        rendering.status = (Integer) args[0];
                        yield null;
                    }
                    case "getStatus" -> rendering.status;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "HostWebContext response of " + rendering.request.path();
                    default -> throw new UnsupportedOperationException("the host's response offers models setStatus and sendError, not "
                            + method.getName());
                });
    }

    @Override
    public String toString() {
        return "HostWebContext[" + rendering.request.path() + "]";
    }
}
