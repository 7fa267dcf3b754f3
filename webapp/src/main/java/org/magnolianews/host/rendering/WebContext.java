package org.magnolianews.host.rendering;

import java.util.Map;

/** {@code ctx} in templates, after Magnolia's WebContext: context path, parameters, aggregation state. */
public final class WebContext {

    private final Rendering rendering;

    WebContext(Rendering rendering) {
        this.rendering = rendering;
    }

    /** The site runs at the root context, so links need no prefix. */
    public String getContextPath() {
        return "";
    }

    public String getParameter(String name) {
        return rendering.request.parameters().get(name);
    }

    public Map<String, String> getParameters() {
        return rendering.request.parameters();
    }

    public AggregationState getAggregationState() {
        return new AggregationState(rendering);
    }

    /** Scheme, host and port the reader used, for absolute links (canonical, OpenGraph). */
    public String getBaseUrl() {
        return rendering.request.baseUrl();
    }
}
