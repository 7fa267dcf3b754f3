package info.magnolia.context;

import info.magnolia.cms.core.AggregationState;
import java.util.Locale;
import java.util.Map;
import javax.jcr.LoginException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Static access to the {@link Context} of the current thread. Whoever handles a request (Magnolia's
 * context filter; here the host's renderer) sets it with {@link #setInstance} and clears it afterwards;
 * the static getters delegate to it.
 *
 * <p>Source: Magnolia CE {@code magnolia-core}, {@code info/magnolia/context/MgnlContext.java}
 * (ekirkilevics/Magnolia mirror: a {@code ThreadLocal<Context>}; {@code getInstance()} fails with
 * "MgnlContext is not set for this thread"; web-only getters fail outside a {@link WebContext}).
 * Only the members this project uses are declared.
 */
public class MgnlContext {

    private static final ThreadLocal<Context> LOCAL_CONTEXT = new ThreadLocal<>();

    public MgnlContext() {
    }

    /** Sets the current thread's context; {@code null} clears it. */
    public static void setInstance(Context context) {
        if (context == null) {
            LOCAL_CONTEXT.remove();
        } else {
            LOCAL_CONTEXT.set(context);
        }
    }

    /** The current thread's context; throws {@link IllegalStateException} when none is set. */
    public static Context getInstance() {
        Context context = LOCAL_CONTEXT.get();
        if (context == null) {
            throw new IllegalStateException("MgnlContext is not set for this thread");
        }
        return context;
    }

    public static boolean hasInstance() {
        return LOCAL_CONTEXT.get() != null;
    }

    public static boolean isWebContext() {
        return getWebContextOrNull() != null;
    }

    /** The current web context; throws {@link IllegalStateException} when the context is not a web one. */
    public static WebContext getWebContext() {
        Context context = getInstance();
        if (context instanceof WebContext web) {
            return web;
        }
        throw new IllegalStateException("The current context is not an instance of WebContext (" + context + ")");
    }

    /** The current web context, or null when there is none. */
    public static WebContext getWebContextOrNull() {
        return LOCAL_CONTEXT.get() instanceof WebContext web ? web : null;
    }

    public static Locale getLocale() {
        return getInstance().getLocale();
    }

    public static Session getJCRSession(String workspaceName) throws LoginException, RepositoryException {
        return getInstance().getJCRSession(workspaceName);
    }

    public static AggregationState getAggregationState() {
        WebContext web = getWebContextOrNull();
        if (web == null) {
            throw new IllegalStateException("Can only get the aggregation state within a WebContext.");
        }
        return web.getAggregationState();
    }

    /** A request parameter, or null outside a web context. */
    public static String getParameter(String name) {
        WebContext web = getWebContextOrNull();
        return web == null ? null : web.getParameter(name);
    }

    /** The request parameters, or null outside a web context. */
    public static Map<String, String> getParameters() {
        WebContext web = getWebContextOrNull();
        return web == null ? null : web.getParameters();
    }

    public static String getContextPath() {
        WebContext web = getWebContextOrNull();
        if (web == null) {
            throw new IllegalStateException("Can only get the context path within a WebContext.");
        }
        return web.getContextPath();
    }

    public static <T> T getAttribute(String name) {
        return getInstance().getAttribute(name);
    }
}
