package org.magnolianews.host.content;

import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * Writes to pages of the {@code website} workspace: components added to an area, their dialog values,
 * their order, their removal. Values arrive checked against the component's dialog by the caller
 * (rich text already sanitized). Each change stamps the page as modified, so the page shows
 * "modified" until it is published again, and fires a content event.
 */
public final class PageContent {

    private final ContentRepository repository;
    private final ContentEvents events;

    public PageContent(ContentRepository repository, ContentEvents events) {
        this.repository = repository;
        this.events = events;
    }

    /** Adds a component at the end of an area (created when missing); returns the component's path. */
    public String addComponent(String pagePath, String area, String template, Map<String, Object> values, String user) {
        return change(pagePath, user, session -> {
            Node page = page(session, pagePath);
            Node areaNode = page.hasNode(area) ? page.getNode(area) : page.addNode(area, MgnlNodeTypes.AREA);
            if (!areaNode.isNodeType(MgnlNodeTypes.AREA)) {
                throw new ValidationException("area", "'" + area + "' is not an area of " + pagePath);
            }
            Node component = areaNode.addNode(freeName(areaNode), MgnlNodeTypes.COMPONENT);
            component.setProperty(MgnlNodeTypes.TEMPLATE, template);
            write(component, values);
            Audit.created(component, user);
            return component.getPath();
        });
    }

    public void updateComponent(String componentPath, Map<String, Object> values, String user) {
        change(pagePathOf(componentPath), user, session -> {
            Node component = component(session, componentPath);
            write(component, values);
            Audit.modified(component, user);
            return componentPath;
        });
    }

    /** Moves a component one place up or down in its area. */
    public void moveComponent(String componentPath, boolean up, String user) {
        change(pagePathOf(componentPath), user, session -> {
            Node component = component(session, componentPath);
            Node area = component.getParent();
            List<String> names = new java.util.ArrayList<>();
            for (NodeIterator it = area.getNodes(); it.hasNext(); ) {
                names.add(it.nextNode().getName());
            }
            int index = names.indexOf(component.getName());
            if (up && index > 0) {
                area.orderBefore(component.getName(), names.get(index - 1));
            } else if (!up && index < names.size() - 1) {
                area.orderBefore(names.get(index + 1), component.getName());
            }
            return componentPath;
        });
    }

    /**
     * Moves a component to the end of another area of its page (created when missing); returns its new
     * path. Whether the area accepts the component's template is the caller's check (it knows the page
     * template's availableComponents).
     */
    public String moveComponentToArea(String componentPath, String area, String user) {
        return change(pagePathOf(componentPath), user, session -> {
            Node component = component(session, componentPath);
            Node page = page(session, pagePathOf(componentPath));
            Node areaNode = page.hasNode(area) ? page.getNode(area) : page.addNode(area, MgnlNodeTypes.AREA);
            if (!areaNode.isNodeType(MgnlNodeTypes.AREA)) {
                throw new ValidationException("area", "'" + area + "' is not an area of " + page.getPath());
            }
            if (areaNode.isSame(component.getParent())) {
                return componentPath;
            }
            String target = areaNode.getPath() + "/" + freeName(areaNode);
            session.move(componentPath, target);
            Audit.modified(component, user);
            return target;
        });
    }

    public void deleteComponent(String componentPath, String user) {
        change(pagePathOf(componentPath), user, session -> {
            component(session, componentPath).remove();
            return componentPath;
        });
    }

    private String change(String pagePath, String user, ContentRepository.SessionWork<String> work) {
        String[] result = ItemLocks.of(repository).withLock(WorkspaceLayout.WEBSITE, pagePath, () ->
                repository.call(WorkspaceLayout.WEBSITE, session -> {
                    String path = work.run(session);
                    Node page = page(session, pagePath);
                    Audit.modified(page, user);
                    session.save();
                    return new String[] {path, page.getIdentifier()};
                }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, WorkspaceLayout.WEBSITE, List.of(result[1]), List.of(pagePath), user));
        return result[0];
    }

    /** Magnolia's component names in an area: 0, then 00, 01 … */
    private static String freeName(Node area) throws javax.jcr.RepositoryException {
        String name = "0";
        for (int i = 0; area.hasNode(name); i++) {
            name = String.format("%02d", i);
        }
        return name;
    }

    /** A component's page: components sit at /page/area/component. */
    public static String pagePathOf(String componentPath) {
        String[] parts = componentPath.split("/");
        if (parts.length < 4) {
            throw new ValidationException("path", "not a component path: " + componentPath);
        }
        return String.join("/", java.util.Arrays.copyOf(parts, parts.length - 2));
    }

    private static Node page(Session session, String path) throws RepositoryException {
        if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNodeTypes.PAGE)) {
            throw new ItemNotFoundException(WorkspaceLayout.WEBSITE, path);
        }
        return session.getNode(path);
    }

    private static Node component(Session session, String path) throws RepositoryException {
        if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNodeTypes.COMPONENT)) {
            throw new ItemNotFoundException(WorkspaceLayout.WEBSITE, path);
        }
        return session.getNode(path);
    }

    private static void write(Node node, Map<String, Object> values) throws RepositoryException {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue();
            if (value == null || (value instanceof String s && s.isBlank())) {
                if (node.hasProperty(entry.getKey())) {
                    node.getProperty(entry.getKey()).remove();
                }
            } else if (value instanceof List<?> list) {
                if (node.hasProperty(entry.getKey()) && !node.getProperty(entry.getKey()).isMultiple()) {
                    node.getProperty(entry.getKey()).remove();
                }
                node.setProperty(entry.getKey(), list.stream().map(String::valueOf).toArray(String[]::new));
            } else {
                if (node.hasProperty(entry.getKey()) && node.getProperty(entry.getKey()).isMultiple()) {
                    node.getProperty(entry.getKey()).remove();
                }
                if (value instanceof Boolean bool) {
                    node.setProperty(entry.getKey(), bool);
                } else if (value instanceof Long number) {
                    node.setProperty(entry.getKey(), number);
                } else if (value instanceof java.util.Calendar date) {
                    node.setProperty(entry.getKey(), date);
                } else {
                    node.setProperty(entry.getKey(), String.valueOf(value));
                }
            }
        }
    }
}
