package info.magnolia.cms.core;

import info.magnolia.context.Context;
import info.magnolia.context.MgnlContext;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.jcr.Node;

/**
 * What Magnolia's filter chain found out about the current request: its URIs, the handle and selector,
 * the main content node (the page) and the node currently rendered, the locale. A plain bean the
 * request's handler fills with setters and everyone else reads.
 *
 * <p>Source: Magnolia CE {@code magnolia-core}, {@code info/magnolia/cms/core/AggregationState.java}
 * (ekirkilevics/Magnolia mirror: URIs, handle, selector decoding and splitting; that copy still has
 * {@code Content} getters, where Magnolia 5+ has the {@code Node} getters {@code getMainContentNode()} and
 * {@code getCurrentContentNode()}, see docs/magnolia-compatibility.md). Selectors are the parts between
 * {@code ~} in a URI's last segment ({@code /page~one~two~.html}).
 * Only the members this project uses are declared; Magnolia's class also has the channel, file and
 * browser URIs.
 */
public class AggregationState {

    /** Separates selectors in a URI ({@code info.magnolia.cms.core.Path.SELECTOR_DELIMITER}). */
    private static final String SELECTOR_DELIMITER = "~";

    private String originalURI;
    private String originalURL;
    private String currentURI;
    private String queryString;
    private String characterEncoding;
    private String extension;
    private String handle;
    private String repository;
    private String selector;
    private String[] selectors = new String[0];
    private String templateName;
    private Locale locale;
    private boolean previewMode;
    private Node mainContentNode;
    private Node currentContentNode;

    public String getOriginalURI() {
        return originalURI;
    }

    public void setOriginalURI(String originalURI) {
        this.originalURI = originalURI;
    }

    /** The full URL the client asked for, without the query string. */
    public String getOriginalURL() {
        return originalURL;
    }

    public void setOriginalURL(String originalURL) {
        this.originalURL = originalURL;
    }

    public String getCurrentURI() {
        return currentURI;
    }

    public void setCurrentURI(String currentURI) {
        this.currentURI = currentURI;
    }

    public String getQueryString() {
        return queryString;
    }

    public void setQueryString(String queryString) {
        this.queryString = queryString;
    }

    public String getCharacterEncoding() {
        return characterEncoding;
    }

    public void setCharacterEncoding(String characterEncoding) {
        this.characterEncoding = characterEncoding;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    /** The path of the main content in its repository ({@code /home/news/article}). */
    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getRepository() {
        return repository;
    }

    public void setRepository(String repository) {
        this.repository = repository;
    }

    /** The whole selector of the URI ({@code x~foo=bar} in {@code /page~x~foo=bar~.html}), decoded; or null. */
    public String getSelector() {
        return selector;
    }

    /**
     * Sets the selector as it appears in the URI: it is URL-decoded (in the character encoding, UTF-8 by
     * default) and split on {@code ~}; each {@code name=value} part also becomes a local attribute of the
     * current context, as in Magnolia.
     */
    public void setSelector(String selector) {
        if (selector == null) {
            this.selector = null;
            this.selectors = new String[0];
            return;
        }
        this.selector = URLDecoder.decode(selector, characterEncoding == null ? StandardCharsets.UTF_8 : Charset.forName(characterEncoding));
        this.selectors = this.selector.isEmpty() ? new String[0] : this.selector.split(SELECTOR_DELIMITER);
        for (String part : selectors) {
            String[] pair = part.split("=");
            if (pair.length == 2 && MgnlContext.hasInstance()) {
                MgnlContext.getInstance().setAttribute(pair[0], pair[1], Context.LOCAL_SCOPE);
            }
        }
    }

    /** The selector's parts ({@code x}, {@code foo=bar}); empty when there is no selector. */
    public String[] getSelectors() {
        return selectors.clone();
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public boolean isPreviewMode() {
        return previewMode;
    }

    public void setPreviewMode(boolean previewMode) {
        this.previewMode = previewMode;
    }

    /** The page the request renders. */
    public Node getMainContentNode() {
        return mainContentNode;
    }

    public void setMainContentNode(Node mainContentNode) {
        this.mainContentNode = mainContentNode;
    }

    /** The node being rendered right now (the page, or a component inside it). */
    public Node getCurrentContentNode() {
        return currentContentNode;
    }

    public void setCurrentContentNode(Node currentContentNode) {
        this.currentContentNode = currentContentNode;
    }
}
