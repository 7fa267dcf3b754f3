package org.magnolianews.host.templating;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;

/**
 * The page editor's annotations of a page, its areas and components: the text of the HTML comments Magnolia's
 * templating elements write in edit mode ({@code cms:page}, {@code cms:area}, {@code cms:component}) and its template
 * annotations endpoint answers by node path, from the template definitions (areas, availableComponents, dialogs).
 * One builder for both, as Magnolia 6.2.6+ renders the endpoint's strings on the server from the same attributes;
 * attribute order and defaults as recorded in docs/magnolia-compatibility.md ("Page editor annotations").
 */
public final class EditorAnnotations {

    /** The comment names Magnolia's page editor looks for. */
    public static final String PAGE = "cms:page";
    public static final String AREA = "cms:area";
    public static final String COMPONENT = "cms:component";

    private final DefinitionRegistry definitions;

    public EditorAnnotations(DefinitionRegistry definitions) {
        this.definitions = definitions;
    }

    /** {@code <!-- cms:area … -->} and a line break, as Magnolia's MarkupHelper opens an element. */
    public static String open(String annotation) {
        return "<!-- " + annotation + " -->\n";
    }

    /** {@code <!-- /cms:area -->} and a line break. */
    public static String close(String element) {
        return "<!-- /" + element + " -->\n";
    }

    /** The template a page or component node names, if it is defined. */
    public Optional<Definition> templateOf(Node node) throws RepositoryException {
        if (!node.hasProperty(MgnlNodeTypes.TEMPLATE)) {
            return Optional.empty();
        }
        return definitions.find(DefinitionType.TEMPLATE, node.getProperty(MgnlNodeTypes.TEMPLATE).getString());
    }

    /** {@code cms:page content="website:/home" dialog="…" preview="false"}: the page bar (page properties dialog). */
    public String page(Node page, Optional<Definition> template) throws RepositoryException {
        return new Attributes(PAGE).add("content", contentOf(page)).add("dialog", template.flatMap(t -> t.string("dialog")).orElse(null))
                .add("preview", "false").toString();
    }

    /**
     * {@code cms:area …} for the area {@code name} of {@code parent} (a page or a component) as the parent's template
     * defines it; the area node may not exist yet (a non-optional area's node is created with its first component).
     */
    public String area(Node parent, String name, Optional<Definition> parentTemplate) throws RepositoryException {
        Map<String, Object> area = map(parentTemplate.map(t -> t.map("areas").get(name)).orElse(null));
        Node areaNode = parent.hasNode(name) ? parent.getNode(name) : null;
        String type = string(area.get("type")).orElse("list");
        boolean optional = bool(area.get("optional"));
        Attributes attributes = new Attributes(AREA).add("content", contentOf(parent) + "/" + name).add("name", name)
                .add("availableComponents", String.join(",", availableComponents(area))).add("type", type)
                .add("dialog", string(area.get("dialog")).orElse(null))
                .add("label", string(area.get("title")).orElse(capitalized(name)))
                .add("description", string(area.get("description")).orElse(null))
                .add("inherit", String.valueOf(bool(map(area.get("inheritance")).get("enabled"))))
                .add("optional", String.valueOf(optional));
        if (optional && areaNode != null) {
            attributes.add("created", "true");
        }
        return attributes.add("showAddButton", String.valueOf(showAddButton(area, type, optional, areaNode)))
                .add("showNewComponentArea", "true")
                .add("activationStatus", String.valueOf(activationStatus(areaNode))).toString();
    }

    /** {@code cms:component content="…" dialog="…" label="…" activationStatus="…"}: the component bar. */
    public String component(Node component) throws RepositoryException {
        Optional<Definition> template = templateOf(component);
        Attributes attributes = new Attributes(COMPONENT).add("content", contentOf(component));
        template.flatMap(t -> t.string("editable")).ifPresent(editable -> attributes.add("editable", editable));
        return attributes.add("dialog", template.flatMap(t -> t.string("dialog")).orElse(null))
                .add("label", template.map(t -> t.string("title").orElse(t.name())).orElse(component.getName()))
                .add("description", template.flatMap(t -> t.string("description")).orElse(null))
                .add("activationStatus", String.valueOf(activationStatus(component))).toString();
    }

    /**
     * The template annotations of a page: its own, then each area its template defines (definition order) followed by
     * the area's components, each with the areas its own template defines, by node path.
     */
    public Map<String, String> of(Node page) throws RepositoryException {
        Map<String, String> annotations = new LinkedHashMap<>();
        Optional<Definition> template = templateOf(page);
        annotations.put(page.getPath(), page(page, template));
        areas(page, template, annotations);
        return annotations;
    }

    private void areas(Node parent, Optional<Definition> template, Map<String, String> annotations) throws RepositoryException {
        for (String name : template.map(t -> t.map("areas").keySet()).orElse(java.util.Set.of())) {
            annotations.put(parent.getPath() + "/" + name, area(parent, name, template));
            if (!parent.hasNode(name)) {
                continue;
            }
            for (NodeIterator it = parent.getNode(name).getNodes(); it.hasNext(); ) {
                Node component = it.nextNode();
                if (component.isNodeType(MgnlNodeTypes.COMPONENT)) {
                    annotations.put(component.getPath(), component(component));
                    areas(component, templateOf(component), annotations);
                }
            }
        }
    }

    /** The enabled availableComponents' ids, in definition order (an entry may say {@code enabled: false}). */
    public static List<String> availableComponents(Map<String, Object> area) {
        List<String> ids = new ArrayList<>();
        for (Object entry : map(area.get("availableComponents")).values()) {
            Map<String, Object> availability = map(entry);
            if (availability.get("id") instanceof String id && !"false".equals(String.valueOf(availability.get("enabled")))) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * As Magnolia's AreaElement decides: no button for an optional area not created, a {@code noComponent} area, a
     * {@code single} area that holds its component, or a list at its {@code maxComponents}.
     */
    private static boolean showAddButton(Map<String, Object> area, String type, boolean optional, Node areaNode) throws RepositoryException {
        if ((areaNode == null && optional) || type.equals("noComponent")) {
            return false;
        }
        int count = areaNode == null ? 0 : components(areaNode);
        if (type.equals("single")) {
            return count == 0;
        }
        Optional<Integer> max = string(area.get("maxComponents")).flatMap(EditorAnnotations::integer);
        return max.isEmpty() || count < max.get();
    }

    private static int components(Node area) throws RepositoryException {
        int count = 0;
        for (NodeIterator it = area.getNodes(); it.hasNext(); ) {
            if (it.nextNode().isNodeType(MgnlNodeTypes.COMPONENT)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Magnolia's numbers: 0 not published, 1 modified since, 2 published. Magnolia's publication stamps every node it
     * publishes; the host's stamps the page and takes its areas and components along, so a node without stamps of its
     * own counts from its page's: created after the page's last publication 0, changed after it 1, else the page's.
     */
    static int activationStatus(Node node) throws RepositoryException {
        if (node == null) {
            return 0;
        }
        if (node.hasProperty(MgnlNodeTypes.ACTIVATION_STATUS) || node.isNodeType(MgnlNodeTypes.PAGE)) {
            return PublicationStatus.of(node).ordinal();
        }
        Node page = node;
        while (!page.isNodeType(MgnlNodeTypes.PAGE)) {
            if (page.getDepth() == 0) {
                return 0;
            }
            page = page.getParent();
        }
        if (PublicationStatus.of(page) == PublicationStatus.UNPUBLISHED || !page.hasProperty(MgnlNodeTypes.LAST_ACTIVATED)) {
            return 0;
        }
        Calendar published = page.getProperty(MgnlNodeTypes.LAST_ACTIVATED).getDate();
        if (after(node, MgnlNodeTypes.CREATED, published)) {
            return 0;
        }
        return after(node, MgnlNodeTypes.LAST_MODIFIED, published) ? 1 : PublicationStatus.PUBLISHED.ordinal();
    }

    private static boolean after(Node node, String property, Calendar moment) throws RepositoryException {
        return node.hasProperty(property) && node.getProperty(property).getDate().after(moment);
    }

    private static String contentOf(Node node) throws RepositoryException {
        return node.getSession().getWorkspace().getName().replace("_live", "") + ":" + node.getPath();
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static Optional<String> string(Object value) {
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    private static boolean bool(Object value) {
        return value != null && Boolean.parseBoolean(String.valueOf(value));
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** {@code name key="value" …}: values HTML-escaped, so a title can never end the comment or break an attribute. */
    private static final class Attributes {
        private final StringBuilder text;

        Attributes(String element) {
            text = new StringBuilder(element);
        }

        Attributes add(String key, String value) {
            if (value != null) {
                text.append(' ').append(key).append("=\"").append(escape(value)).append('"');
            }
            return this;
        }

        private static String escape(String value) {
            return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
