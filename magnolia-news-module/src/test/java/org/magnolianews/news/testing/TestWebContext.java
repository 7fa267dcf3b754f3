package org.magnolianews.news.testing;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.context.WebContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.servlet.http.HttpServletRequest;

/**
 * Magnolia's context for module tests, as Magnolia's renderer would set it: a {@link WebContext} whose
 * JCR sessions are real ones on the test repository's workspaces (created on first use, logged out by
 * {@link #close()}), an {@link AggregationState} the test fills, request parameters and headers. Install
 * it with {@link #install()} in {@code @BeforeEach}; {@link #close()} in {@code @AfterEach} clears
 * {@code MgnlContext} again.
 */
public final class TestWebContext implements WebContext, AutoCloseable {

    /** English stored unsuffixed, Russian as {@code _ru}: the module's languages. */
    public static final I18nContentSupport EN_RU = new I18nContentSupport() {
        @Override
        public Locale getLocale() {
            return MgnlContext.getLocale();
        }

        @Override
        public Locale getFallbackLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public Locale getDefaultLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public Collection<Locale> getLocales() {
            return List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));
        }

        @Override
        public boolean isEnabled() {
            return true;
        }
    };

    private final TestRepository repository;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final AggregationState state = new AggregationState();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private boolean withRequest = true;

    public TestWebContext(TestRepository repository) {
        this.repository = repository;
        state.setLocale(Locale.ENGLISH);
    }

    public TestWebContext install() {
        MgnlContext.setInstance(this);
        return this;
    }

    /** Sets a request parameter; null removes it. */
    public TestWebContext parameter(String name, String value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return this;
    }

    public TestWebContext header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** No servlet request at all (as in a preview). */
    public TestWebContext withoutRequest() {
        withRequest = false;
        return this;
    }

    @Override
    public Locale getLocale() {
        return state.getLocale();
    }

    @Override
    public void setLocale(Locale locale) {
        state.setLocale(locale);
    }

    @Override
    public Session getJCRSession(String workspaceName) throws RepositoryException {
        Session session = sessions.get(workspaceName);
        if (session == null) {
            session = repository.login(workspaceName);
            sessions.put(workspaceName, session);
        }
        return session;
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
        return state;
    }

    @Override
    public String getParameter(String name) {
        return parameters.get(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.containsKey(name) ? new String[] {parameters.get(name)} : null;
    }

    @Override
    public Map<String, String> getParameters() {
        return parameters;
    }

    @Override
    public String getContextPath() {
        return "";
    }

    /** No response: models under test render none (a model that answers 404 asks for one; see LatestNewsModel). */
    @Override
    public javax.servlet.http.HttpServletResponse getResponse() {
        return null;
    }

    /** A request answering the headers and parameters set here; its other methods are not needed by the module. */
    @Override
    public HttpServletRequest getRequest() {
        if (!withRequest) {
            return null;
        }
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getHeaderNames" -> java.util.Collections.enumeration(new ArrayList<>(headers.keySet()));
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "toString" -> "test request " + headers;
                    default -> throw new UnsupportedOperationException("test request: " + method.getName()
                            + Arrays.toString(method.getParameterTypes()));
                });
    }

    @Override
    public void close() {
        MgnlContext.setInstance(null);
        sessions.values().forEach(Session::logout);
        sessions.clear();
    }
}
