package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.repository.Publisher;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.Permission;
import org.magnolianews.host.security.User;

/**
 * Magnolia's publishing commands, {@code POST /.rest/commands/v2/publish} and {@code /unpublish},
 * with {@code {"repository": "news", "path": "/2017/11/…", "recursive": false}}. Publishers only.
 * A node whose parent is not live yet is refused with 409, as Magnolia refuses it.
 */
final class CommandsServlet extends ApiServlet {

    private static final Set<String> FIELDS = Set.of("repository", "path", "recursive");

    private final ContentRepository repository;
    private final ContentService content;

    CommandsServlet(ContentRepository repository, ContentService content) {
        this.repository = repository;
        this.content = content;
    }

    /** A validated command body. */
    private record Command(String workspace, String path, boolean recursive) {
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String command = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!command.equals("/publish") && !command.equals("/unpublish")) {
            throw new ApiException(404, "notFound", "commands are /publish and /unpublish");
        }
        if (!request.getMethod().equals("POST")) {
            throw methodNotAllowed(request);
        }
        User user = Access.require(request, Permission.PUBLISH);
        Command parsed = parse(RequestBodies.jsonObject(request));
        requirePublishable(parsed);
        Map<String, Object> result = new LinkedHashMap<>();
        if (command.equals("/publish")) {
            result.put("published", content.publish(parsed.workspace(), parsed.path(), parsed.recursive(), user.name()));
        } else {
            result.put("unpublished", content.unpublish(parsed.workspace(), parsed.path(), user.name()));
        }
        result.put("publicationStatus", repository.call(parsed.workspace(),
                session -> PublicationStatus.of(session.getNode(parsed.path())).label()));
        Json.write(response, 200, result);
    }

    private Command parse(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FIELDS.contains(key)) {
                errors.add(new FieldError(key, "unknown field; a command has repository, path and recursive"));
            }
        }
        JsonNode repositoryField = body.get("repository");
        String workspace = null;
        if (repositoryField == null || !repositoryField.isTextual()) {
            errors.add(new FieldError("repository", "is required: the workspace, e.g. news"));
        } else if (!repository.layout().isContentWorkspace(repositoryField.asText())) {
            errors.add(new FieldError("repository", "no content workspace '" + abbreviate(repositoryField.asText()) + "'"));
        } else {
            workspace = repositoryField.asText();
        }
        String path = null;
        JsonNode pathField = body.get("path");
        if (pathField == null || !pathField.isTextual()) {
            errors.add(new FieldError("path", "is required: the absolute path of the node"));
        } else {
            try {
                path = NodeAddress.normalizePath(pathField.asText(), "path");
                if (path.equals("/")) {
                    errors.add(new FieldError("path", "the root cannot be published; publish its children"));
                }
            } catch (ApiException e) {
                errors.addAll(e.fields());
            }
        }
        JsonNode recursiveField = body.get("recursive");
        if (recursiveField != null && !recursiveField.isNull() && !recursiveField.isBoolean()) {
            errors.add(new FieldError("recursive", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Command(workspace, path, recursiveField != null && recursiveField.asBoolean(false));
    }

    private void requirePublishable(Command command) {
        repository.call(command.workspace(), session -> {
            if (!session.nodeExists(command.path())) {
                throw ApiException.pathNotFound(command.workspace(), command.path());
            }
            Node node = session.getNode(command.path());
            if (!Publisher.isPublishable(node)) {
                throw ApiException.badRequest("path", "a " + node.getPrimaryNodeType().getName()
                        + " is published with its page or item, not on its own");
            }
            return null;
        });
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
