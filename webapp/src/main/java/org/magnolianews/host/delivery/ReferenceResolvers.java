package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Resolves the identifiers in reference properties against the live twin of the target workspace.
 * A target that is not published is absent there, so it is left out (a single reference loses its
 * key, a list loses the entry): the response never shows that an unpublished item exists.
 */
final class ReferenceResolvers {

    private static final int MAX_REMEMBERED_PROPERTIES = 1_000;

    private final JcrReferenceResolver jcr;
    private final AssetReferenceResolver assets;
    private final ResolvedTargets targets;
    /** By endpoint path (unique among one service's endpoints), then property name: its propertyName regexes matched once. */
    private final Map<String, Map<String, Optional<ReferenceDefinition>>> definitions = new ConcurrentHashMap<>();

    ReferenceResolvers(NodeJsonWriterFactory writer, ImagingUrls imaging, ResolvedTargets targets) {
        this.jcr = new JcrReferenceResolver(writer);
        this.assets = new AssetReferenceResolver(imaging);
        this.targets = targets;
    }

    /** Factory indirection: the writer and the resolvers need each other. */
    interface NodeJsonWriterFactory {
        NodeJsonWriter writer();
    }

    /** The definition resolving a property of an endpoint's items, or null; asked for every property of every item. */
    ReferenceDefinition definitionFor(EndpointDefinition endpoint, String property) {
        Map<String, Optional<ReferenceDefinition>> known = definitions.computeIfAbsent(endpoint.path(), p -> new ConcurrentHashMap<>());
        Optional<ReferenceDefinition> definition = known.get(property);
        if (definition == null) {
            definition = endpoint.references().stream().filter(reference -> reference.appliesTo(property)).findFirst();
            if (known.size() < MAX_REMEMBERED_PROPERTIES) { // property names come from content, not from requests
                known.put(property, definition);
            }
        }
        return definition.orElse(null);
    }

    /** The resolved value: an object, a list of objects, or empty when nothing it names is published. */
    Optional<Object> resolve(ReferenceDefinition reference, Object value, RenderContext context) throws RepositoryException {
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object entry : list) {
                one(reference, String.valueOf(entry), context).ifPresent(resolved::add);
            }
            return Optional.of(resolved);
        }
        return one(reference, String.valueOf(value), context).map(o -> o);
    }

    private Optional<Object> one(ReferenceDefinition reference, String value, RenderContext context) throws RepositoryException {
        String identifier = identifier(value);
        if (identifier == null) {
            return Optional.empty();
        }
        context.dependsOn(identifier); // also when absent: publishing it later must drop this response
        Optional<Object> before = context.resolvedBefore(reference, value);
        if (before != null) {
            return before;
        }
        Optional<Object> resolved = targets.resolve(reference, identifier, context, () -> lookUp(reference, value, identifier, context));
        context.resolvedAs(reference, value, resolved);
        return resolved;
    }

    private Optional<Object> lookUp(ReferenceDefinition reference, String value, String identifier, RenderContext context)
            throws RepositoryException {
        Optional<Node> target = find(reference.targetWorkspace(), identifier, context);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (!reference.expand()) {
            return Optional.of(value);
        }
        return Optional.of(reference.kind() == ReferenceDefinition.Kind.ASSET
                ? assets.asset(target.get(), reference, context)
                : jcr.target(target.get(), reference, context));
    }

    /** The UUID of {@code <uuid>} or {@code jcr:<uuid>}; null for anything else. */
    static String identifier(String value) {
        String id = value.startsWith("jcr:") ? value.substring(4) : value;
        if (id.length() != 36) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            if (!isUuidChar(id.charAt(i))) {
                return null;
            }
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private static boolean isUuidChar(int c) {
        return c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static Optional<Node> find(String workspace, String identifier, RenderContext context) throws RepositoryException {
        try {
            return Optional.of(context.sessions.of(workspace).getNodeByIdentifier(identifier));
        } catch (ItemNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code jcrReferenceResolver}: the target node, with {@code @link} to its delivery read when asked. */
    static final class JcrReferenceResolver {
        private final NodeJsonWriterFactory writer;

        JcrReferenceResolver(NodeJsonWriterFactory writer) {
            this.writer = writer;
        }

        Map<String, Object> target(Node node, ReferenceDefinition reference, RenderContext context) throws RepositoryException {
            Map<String, Object> json = writer.writer().target(node, reference.targetWorkspace(), context);
            if (reference.generateLink()) {
                Optional<String> link = context.links.readInWorkspace(reference.targetWorkspace(), node.getPath());
                if (link.isPresent()) {
                    Object nodes = json.remove("@nodes");
                    json.put("@link", link.get());
                    json.put("@nodes", nodes);
                }
            }
            return json;
        }
    }
}
