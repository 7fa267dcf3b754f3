package info.magnolia.cms.core;

import java.util.Locale;
import javax.jcr.Node;

/**
 * What Magnolia's filter chain found out about the current request: its URIs, the handle and selector,
 * the main content node (the page) and the node currently rendered, the locale. A plain bean the
 * request's handler fills with setters and everyone else reads.
 *
 * <p>Source: Magnolia CE {@code magnolia-core}, {@code info/magnolia/cms/core/AggregationState.java}
 * (ekirkilevics/Magnolia mirror; its 4.x-era copy has {@code Content} getters, Magnolia 5+ has the
 * {@code Node} getters {@code getMainContentNode()}/{@code getCurrentContentNode()}, listed in
 * in the project's Magnolia reference notes; see docs/magnolia-compatibility.md). Selectors are the parts between
 * {@code ~} in a URI ({@code /page~one~two~.html}); {@link #getSelectors()} splits {@link #getSelector()} on {@code ~}.
 * Only the members this project uses are declared; Magnolia's class also has the channel, file and
 * browser URIs.
 */
public class AggregationState {

    private String originalURI;
    private String originalURL;
    private String currentURI;
    private String queryString;
    private String characterEncoding;
    private String extension;
    private String handle;
    private String repository;
    private String selector;
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

    /** Everything between the first and the last {@code ~} of the URI's last segment, or null. */
    public String getSelector() {
        return selector;
    }

    public void setSelector(String selector) {
        this.selector = selector;
    }

    /** {@link #getSelector()} split on {@code ~}; empty when there is no selector. */
    public String[] getSelectors() {
        return selector == null || selector.isEmpty() ? new String[0] : selector.split("~");
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
