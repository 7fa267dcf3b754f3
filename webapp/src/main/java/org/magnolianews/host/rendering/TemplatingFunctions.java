package org.magnolianews.host.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.content.RichTextSanitizer;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.news.jcr.Items;

/**
 * {@code cmsfn} in templates: the subset of Magnolia's TemplatingFunctions a public site needs.
 * Workspace arguments name the editors' workspace ({@code news}); reads go to its live twin only.
 * Every method takes a ContentMap or a node where Magnolia offers both overloads.
 */
public final class TemplatingFunctions {

    public List<ContentMap> children(Object content) throws RepositoryException {
        return children(content, null);
    }

    public List<ContentMap> children(Object content, String nodeType) throws RepositoryException {
        List<ContentMap> children = new ArrayList<>();
        Node parent = node(content);
        org.magnolianews.host.cache.ReadLog.children(SiteLinks.logicalWorkspace(parent.getSession()), parent.getPath());
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!child.getName().startsWith("jcr:") && (nodeType == null || child.isNodeType(nodeType))) {
                children.add(like(content, child));
            }
        }
        return children;
    }

    public ContentMap contentByPath(String path) throws RepositoryException {
        return contentByPath(path, "website");
    }

    public ContentMap contentByPath(String path, String workspace) throws RepositoryException {
        Session session = rendering().sessions.session(workspace);
        return path != null && path.startsWith("/") && session.nodeExists(path) ? rendering().plain(session.getNode(path)) : null;
    }

    public ContentMap contentById(String id) throws RepositoryException {
        return contentById(id, "website");
    }

    public ContentMap contentById(String id, String workspace) throws RepositoryException {
        if (id == null || id.isBlank()) {
            return null;
        }
        return Items.byId(rendering().sessions.session(workspace), id).map(rendering()::plain).orElse(null);
    }

    public ContentMap parent(Object content) throws RepositoryException {
        return parent(content, null);
    }

    public ContentMap parent(Object content, String nodeType) throws RepositoryException {
        Node node = node(content);
        while (node.getDepth() > 0) {
            node = node.getParent();
            if (nodeType == null || node.isNodeType(nodeType)) {
                return node.getDepth() == 0 ? null : like(content, node);
            }
        }
        return null;
    }

    /** The page a node belongs to; for an item shown through a detail page, that page. */
    public ContentMap page(Object content) throws RepositoryException {
        Node node = node(content);
        if (!SiteLinks.logicalWorkspace(node.getSession()).equals("website")) {
            return like(content, rendering().page);
        }
        while (!node.isNodeType(MgnlNodeTypes.PAGE) && node.getDepth() > 1) {
            node = node.getParent();
        }
        return like(content, node);
    }

    /** The top node of the content's tree (the site root page for pages). */
    public ContentMap root(Object content) throws RepositoryException {
        Node node = node(content);
        while (node.getDepth() > 1) {
            node = node.getParent();
        }
        return like(content, node);
    }

    public ContentMap siteRoot(Object content) throws RepositoryException {
        return root(page(content));
    }

    /**
     * A property holding a URL, with {@code https://} added when an editor left the scheme out. Only
     * http, https and mailto links come back: a {@code javascript:} URL in a field is no link at all.
     */
    public String externalLink(Object content, String property) {
        Object value = asContentMap(content).get(property);
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        String url = text.trim();
        if (!url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return "https://" + url;
        }
        return url.matches("(?i)^(https?|mailto):.*") ? url : null;
    }

    public String fileExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }

    public String readableFileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = (int) (Math.log(bytes) / Math.log(1024));
        return String.format(java.util.Locale.ROOT, "%.1f %sB", bytes / Math.pow(1024, unit), "KMGTPE".charAt(unit - 1));
    }

    /** Pages from the site root down to the given page's parent, for breadcrumbs. */
    public List<ContentMap> ancestors(Object content) throws RepositoryException {
        List<ContentMap> ancestors = new ArrayList<>();
        Node node = node(page(content));
        while (node.getDepth() > 1) {
            node = node.getParent();
            ancestors.add(0, like(content, node));
        }
        return ancestors;
    }

    /**
     * The content without Magnolia's HTML escaping: the stored values as they are, for rich text the template prints
     * as markup ({@code ${cmsfn.decode(content).body}}). Rich text is sanitized when it is saved, not here.
     */
    public ContentMap decode(Object content) {
        return content instanceof ContentMap map ? map.decoded() : rendering().plain(node(content));
    }

    public String link(Object content) throws RepositoryException {
        if (content == null) {
            return null;
        }
        return rendering().links.link(node(content), language());
    }

    public String link(String workspace, String id) throws RepositoryException {
        ContentMap target = contentById(id, workspace);
        return target == null ? null : link(target);
    }

    public String language() {
        return rendering().language();
    }

    public boolean isCurrentLocale(String language) {
        return language().equals(language);
    }

    /** Languages the current page's item (or page) exists in, each with the link to that version. */
    public Map<String, String> localizedLinks() throws RepositoryException {
        Map<String, String> links = new LinkedHashMap<>();
        Rendering rendering = rendering();
        for (String language : rendering.languages.all()) {
            if (rendering.item.isPresent()) {
                Node item = rendering.item.get();
                if (Items.existsIn(item, language, rendering.languages.defaultLanguage())) {
                    links.put(language, rendering.links.link(item, language));
                }
            } else {
                links.put(language, rendering.links.pageLink(rendering.page.getPath(), language));
            }
        }
        return links;
    }

    /** Magnolia: an author instance, not in preview; here the pages app's edit frame. */
    public boolean isEditMode() {
        return Rendering.current().editMode;
    }

    /** Magnolia: an author instance in preview; here the author UI's previews of drafts. */
    public boolean isPreviewMode() {
        Rendering rendering = Rendering.current();
        return rendering.sessions.drafts() && !rendering.editMode;
    }

    /** Renderings of drafts (previews, the edit frame) are the author's; the site reads only published content. */
    public boolean isAuthorInstance() {
        return Rendering.current().sessions.drafts();
    }

    public boolean isPublicInstance() {
        return !isAuthorInstance();
    }

    public Node asJCRNode(Object content) {
        return node(content);
    }

    /** A map over a node, as Magnolia's {@code new ContentMap(node)}: localized only if the node was wrapForI18n'd. */
    public ContentMap asContentMap(Object content) {
        if (content == null || content instanceof ContentMap) {
            return (ContentMap) content;
        }
        return rendering().plain(node(content));
    }

    public List<ContentMap> asContentMapList(Collection<?> nodes) {
        return nodes.stream().map(this::asContentMap).toList();
    }

    /** Magnolia's wrapForI18n: a node marked to read the page's language (a map of it, for a map). */
    public Object wrapForI18n(Object content) {
        if (content instanceof ContentMap map) {
            return map.localizedCopy();
        }
        return content == null ? null : I18nNodes.wrap(node(content));
    }

    public Object metaData(Object content, String property) throws RepositoryException {
        return asContentMap(content).get(property);
    }

    public String abbreviateString(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length - 1);
        return text.substring(0, cut > length / 2 ? cut : length - 1) + "…";
    }

    /** A map over {@code node} wrapped as {@code from} is (a node argument gives an unwrapped map, as asContentMap). */
    private ContentMap like(Object from, Node node) {
        return from instanceof ContentMap map ? map.over(node) : rendering().plain(from instanceof Node n && I18nNodes.isWrapped(n) ? I18nNodes.wrap(node) : node);
    }

    static Node node(Object content) {
        if (content instanceof ContentMap map) {
            return map.getJCRNode();
        }
        if (content instanceof Node node) {
            return node;
        }
        throw new IllegalArgumentException("not content: " + content);
    }

    private static Rendering rendering() {
        return Rendering.current();
    }

    static Optional<Node> optionalNode(Object content) {
        return content == null ? Optional.empty() : Optional.of(node(content));
    }
}
