package org.magnolianews.host.author.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;

/**
 * Versions of items, one per publish: the item's values as JSON with who and when, kept in the
 * repository's {@code default} workspace under {@code /authorVersions/<workspace>/<identifier>/<n>}.
 * A snapshot of values (rather than mix:versionable) keeps the content node types and the publishing
 * copy untouched, and is exactly what a field diff and a restore through ContentService need.
 */
public final class VersionStore {

    static final String WORKSPACE = "default";
    private static final String ROOT = "authorVersions";

    private final ContentRepository repository;

    public VersionStore(ContentRepository repository) {
        this.repository = repository;
    }

    public synchronized long record(String workspace, String identifier, String path, Map<String, Object> values, String user) {
        return repository.call(WORKSPACE, session -> {
            Node item = child(child(child(session.getRootNode(), ROOT), workspace), identifier);
            long number = item.hasProperty("last") ? item.getProperty("last").getLong() + 1 : 1;
            Node version = item.addNode(String.valueOf(number), "nt:unstructured");
            version.setProperty("values", json(values));
            version.setProperty("user", user);
            version.setProperty("created", Calendar.getInstance());
            version.setProperty("path", path);
            item.setProperty("last", number);
            session.save();
            return number;
        });
    }

    /** Versions of an item, newest first. */
    public List<Version> list(String workspace, String identifier) {
        return repository.call(WORKSPACE, session -> {
            List<Version> versions = new ArrayList<>();
            Optional<Node> item = item(session, workspace, identifier);
            if (item.isPresent()) {
                for (NodeIterator it = item.get().getNodes(); it.hasNext(); ) {
                    versions.add(read(it.nextNode()));
                }
            }
            versions.sort((a, b) -> Long.compare(b.number(), a.number()));
            return versions;
        });
    }

    public Optional<Version> find(String workspace, String identifier, long number) {
        return repository.call(WORKSPACE, session -> {
            Optional<Node> item = item(session, workspace, identifier);
            if (item.isEmpty() || !item.get().hasNode(String.valueOf(number))) {
                return Optional.<Version>empty();
            }
            return Optional.of(read(item.get().getNode(String.valueOf(number))));
        });
    }

    private static Optional<Node> item(Session session, String workspace, String identifier) throws RepositoryException {
        String path = "/" + ROOT + "/" + workspace + "/" + identifier;
        if (!identifier.matches("[0-9a-f-]{36}") || !workspace.matches("[a-z0-9_-]+") || !session.nodeExists(path)) {
            return Optional.empty();
        }
        return Optional.of(session.getNode(path));
    }

    private static Version read(Node node) throws RepositoryException {
        try {
            Map<String, Object> values = Json.MAPPER.readValue(node.getProperty("values").getString(), new TypeReference<>() {
            });
            return new Version(Long.parseLong(node.getName()), node.getProperty("user").getString(),
                    node.getProperty("created").getDate(), node.getProperty("path").getString(), values);
        } catch (JsonProcessingException e) {
            throw new RepositoryException("unreadable version " + node.getPath(), e);
        }
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "nt:unstructured");
    }

    private static String json(Map<String, Object> values) {
        try {
            return Json.MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("values of an item are always JSON", e);
        }
    }
}
