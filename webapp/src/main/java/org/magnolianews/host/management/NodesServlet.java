package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.jcr.Node;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.AccessDeniedException;
import org.magnolianews.host.security.Permission;
import org.magnolianews.host.security.User;

/**
 * Magnolia's nodes endpoint, {@code /.rest/nodes/v1/{workspace}{path}}, on the author workspaces:
 * GET reads a node (depth, includeMetadata, excludeNodeTypes; limit and offset page its children) with an ETag; PUT creates one child
 * of the node at the path; POST changes properties of the node; DELETE removes it. Every write goes
 * through {@link ContentService}, so it is validated against the content type (or, in the website,
 * the page and component definitions) and lands whole or not at all.
 */
final class NodesServlet extends ApiServlet {

    static final int MAX_DEPTH = 10;

    private final ContentRepository repository;
    private final DefinitionRegistry definitions;
    private final ContentService content;

    NodesServlet(ContentRepository repository, DefinitionRegistry definitions, ContentService content) {
        this.repository = repository;
        this.definitions = definitions;
        this.content = content;
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NodeAddress address = NodeAddress.parse(request.getPathInfo());
        if (!repository.layout().isContentWorkspace(address.workspace())) {
            throw new ApiException(404, "notFound", "no workspace '" + address.workspace() + "'");
        }
        if (address.isSystem()) {
            throw ApiException.pathNotFound(address.workspace(), address.path());
        }
        switch (request.getMethod()) {
            case "GET" -> read(request, response, address);
            case "PUT" -> create(request, response, address);
            case "POST" -> update(request, response, address);
            case "DELETE" -> delete(request, response, address);
            default -> throw methodNotAllowed(request);
        }
    }

    private void read(HttpServletRequest request, HttpServletResponse response, NodeAddress address) throws IOException {
        Access.require(request, Permission.READ_CONTENT);
        int depth = depth(request.getParameter("depth"));
        boolean includeMetadata = bool(request.getParameter("includeMetadata"), "includeMetadata");
        Set<String> excluded = excludedTypes(request.getParameter("excludeNodeTypes"));
        ChildPage page = ChildPage.parse(request.getParameter("limit"), request.getParameter("offset"), depth);
        writeNode(response, 200, address, depth, page, includeMetadata, excluded);
    }

    private void create(HttpServletRequest request, HttpServletResponse response, NodeAddress parent) throws IOException {
        User user = Access.require(request, Permission.WRITE_DRAFTS);
        refuseDam(parent);
        JsonNode json = RequestBodies.jsonObject(request);
        Optional<ContentTypeDefinition> contentType = definitions.contentTypeOfWorkspace(parent.workspace());
        NodeBody body = NodeBody.parse(json, shapes(contentType), entryShapes(contentType));
        String type = body.type().orElseThrow(() -> ApiException.badRequest("type", "is required: the node type to create"));
        requireParent(parent, contentType.isPresent());
        ContentService.Created created;
        if (contentType.isPresent() && type.equals(MgnlNodeTypes.FOLDER)) {
            if (!body.values().isEmpty()) {
                throw ApiException.badRequest("properties", "folders have no properties");
            }
            created = content.createFolder(parent.workspace(), parent.path(), body.name().orElse(null), user.name());
        } else if (contentType.isPresent()) {
            if (!type.equals(contentType.get().nodeType())) {
                throw ApiException.badRequest("type", "the " + parent.workspace() + " workspace holds "
                        + contentType.get().nodeType() + " items and mgnl:folder folders");
            }
            created = content.create(contentType.get().name(), Optional.of(parent.path()), body.name(), body.values(), user.name());
        } else {
            String name = body.name().orElseThrow(() -> ApiException.badRequest("name", "is required"));
            created = content.createPageNode(parent.path(), name, type, body.values(), user.name());
        }
        response.setHeader("Location", "/.rest/nodes/v1/" + created.workspace() + created.path());
        writeNode(response, 201, new NodeAddress(created.workspace(), created.path()), 0, ChildPage.FIRST, false, Set.of());
    }

    private void update(HttpServletRequest request, HttpServletResponse response, NodeAddress address) throws IOException {
        User user = Access.require(request, Permission.WRITE_DRAFTS);
        refuseDam(address);
        if (address.isRoot()) {
            throw ApiException.badRequest("path", "the root node cannot be changed");
        }
        JsonNode json = RequestBodies.jsonObject(request);
        Optional<ContentTypeDefinition> contentType = definitions.contentTypeOfWorkspace(address.workspace());
        NodeBody body = NodeBody.parse(json, shapes(contentType), entryShapes(contentType));
        String[] current = repository.call(address.workspace(), session -> {
            if (!session.nodeExists(address.path())) {
                throw ApiException.pathNotFound(address.workspace(), address.path());
            }
            Node node = session.getNode(address.path());
            return new String[] {node.getName(), node.getPrimaryNodeType().getName()};
        });
        if (body.name().isPresent() && !body.name().get().equals(current[0])) {
            throw ApiException.badRequest("name", "renaming is not supported; the node is '" + current[0] + "'");
        }
        if (body.type().isPresent() && !body.type().get().equals(current[1])) {
            throw ApiException.badRequest("type", "the node is a " + current[1] + "; its type cannot change");
        }
        Optional<Calendar> expected = expectedVersion(request.getHeader("If-Match"), body.lastModified());
        if (body.values().isEmpty()) {
            // Saving nothing would still stamp a new version and turn a published item "modified".
            throw ApiException.badRequest("properties", "nothing to change: give at least one property");
        }
        if (contentType.isPresent()) {
            if (current[1].equals(MgnlNodeTypes.FOLDER)) {
                throw ApiException.badRequest("properties", "folders have no properties");
            }
            content.update(contentType.get().name(), address.path(), body.values(), expected, user.name());
        } else {
            content.updatePageNode(address.path(), body.values(), expected, user.name());
        }
        writeNode(response, 200, address, 0, ChildPage.FIRST, false, Set.of());
    }

    private void delete(HttpServletRequest request, HttpServletResponse response, NodeAddress address) {
        User user = Access.require(request, Permission.WRITE_DRAFTS);
        refuseDam(address);
        if (address.isRoot()) {
            throw ApiException.badRequest("path", "the root node cannot be deleted");
        }
        // Issue 12: taking content off the site is a publisher's decision; others get 403, not the 409 "unpublish first".
        if (!user.may(Permission.CHANGE_PUBLISHED)) {
            content.firstPublishedIn(address.workspace(), address.path()).ifPresent(published -> {
                throw new AccessDeniedException(Permission.CHANGE_PUBLISHED.refusal(user) + " (" + address.workspace() + ":" + published + " is published)");
            });
        }
        content.delete(address.workspace(), address.path(), user.name());
        response.setStatus(204);
    }

    /**
     * The version the client edited: from {@code If-Match} (an ETag this endpoint gave) and/or the
     * {@code mgnl:lastModified} it sent back. An ETag that is not one of ours can never match: 409.
     */
    static Optional<Calendar> expectedVersion(String ifMatch, Optional<Calendar> fromBody) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return fromBody;
        }
        String tag = ifMatch.strip();
        if (!tag.matches("\"\\d{1,19}\"")) {
            throw ApiException.conflict("If-Match " + (tag.length() > 40 ? tag.substring(0, 40) : tag)
                    + " does not match the current version; read the node again");
        }
        Calendar fromHeader = Calendar.getInstance();
        fromHeader.setTimeInMillis(Long.parseLong(tag.substring(1, tag.length() - 1)));
        if (fromBody.isPresent() && fromBody.get().getTimeInMillis() != fromHeader.getTimeInMillis()) {
            throw ApiException.conflict("If-Match and mgnl:lastModified name different versions; read the node again");
        }
        return Optional.of(fromHeader);
    }

    private void writeNode(HttpServletResponse response, int status, NodeAddress address, int depth, ChildPage page,
                           boolean includeMetadata, Set<String> excluded) throws IOException {
        Object[] result = repository.call(address.workspace(), session -> {
            if (!session.nodeExists(address.path())) {
                throw ApiException.pathNotFound(address.workspace(), address.path());
            }
            Node node = session.getNode(address.path());
            Map<String, Object> json = new NodeJsonWriter(includeMetadata, excluded).write(node, depth, page);
            String etag = node.hasProperty(MgnlNodeTypes.LAST_MODIFIED)
                    ? "\"" + node.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate().getTimeInMillis() + "\"" : null;
            return new Object[] {json, etag};
        });
        if (result[1] != null) {
            response.setHeader("ETag", (String) result[1]);
        }
        Json.write(response, status, result[0]);
    }

    /** The parent must exist; in a content type's workspace it must be a folder (or the root). */
    private void requireParent(NodeAddress parent, boolean folderOnly) {
        repository.call(parent.workspace(), session -> {
            if (!session.nodeExists(parent.path())) {
                throw ApiException.pathNotFound(parent.workspace(), parent.path());
            }
            Node node = session.getNode(parent.path());
            if (folderOnly && node.getDepth() > 0 && !node.isNodeType(MgnlNodeTypes.FOLDER)) {
                throw ApiException.badRequest("path", "items and folders are created in a folder or at the root");
            }
            return null;
        });
    }

    private static void refuseDam(NodeAddress address) {
        if (address.workspace().equals(WorkspaceLayout.DAM)) {
            throw new ApiException(405, "methodNotAllowed", "the dam workspace is read-only through the nodes endpoint");
        }
    }

    /** What each property of a content type looks like in Magnolia's JSON; website values are single strings. */
    private Function<String, Optional<NodeBody.Shape>> shapes(Optional<ContentTypeDefinition> contentType) {
        if (contentType.isEmpty()) {
            return name -> Optional.of(new NodeBody.Shape("String", false));
        }
        return shapesOf(contentType.get().properties());
    }

    /** For each sub-model property of a content type ({@code corrections}), the shapes of its entries' properties. */
    private static Function<String, Optional<Function<String, Optional<NodeBody.Shape>>>> entryShapes(
            Optional<ContentTypeDefinition> contentType) {
        return property -> contentType.flatMap(type -> type.property(property)
                .map(p -> type.subModels().get(p.type()))
                .map(NodesServlet::shapesOf));
    }

    private static Function<String, Optional<NodeBody.Shape>> shapesOf(List<ContentTypeDefinition.PropertyDefinition> properties) {
        return name -> {
            String base = name.contains("_") ? name.substring(0, name.lastIndexOf('_')) : name;
            Optional<ContentTypeDefinition.PropertyDefinition> property = find(properties, name)
                    .or(() -> find(properties, base).filter(ContentTypeDefinition.PropertyDefinition::i18n));
            return property.map(p -> new NodeBody.Shape(jcrType(p), p.multiple()));
        };
    }

    private static Optional<ContentTypeDefinition.PropertyDefinition> find(List<ContentTypeDefinition.PropertyDefinition> properties, String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static String jcrType(ContentTypeDefinition.PropertyDefinition property) {
        return switch (property.type()) {
            case "Date", "Boolean", "Long", "Double", "Decimal" -> property.type();
            default -> "String";
        };
    }

    static int depth(String text) {
        if (text == null) {
            return 0;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > MAX_DEPTH) {
            throw ApiException.badRequest("depth", "must be a whole number from 0 to " + MAX_DEPTH);
        }
        return Integer.parseInt(text);
    }

    static boolean bool(String text, String name) {
        if (text == null) {
            return false;
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw ApiException.badRequest(name, "must be true or false");
        }
        return text.equals("true");
    }

    private static Set<String> excludedTypes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> types = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String type : types) {
            if (!type.matches("[a-zA-Z]{1,20}:[a-zA-Z0-9_-]{1,100}")) {
                throw ApiException.badRequest("excludeNodeTypes", "'" + (type.length() > 40 ? type.substring(0, 40) : type) + "' is not a node type name");
            }
        }
        return types;
    }
}
