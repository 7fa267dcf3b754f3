package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import org.magnolianews.host.author.schedule.ScheduledJob;
import org.magnolianews.host.author.schedule.ScheduledJobs;
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
 * Magnolia's publishing commands at Magnolia's address, {@code POST /.rest/commands/v2/{catalog}/{command}}
 * (or {@code /{command}} in the {@code default} catalog), e.g. {@code /.rest/commands/v2/website/activate}, with
 * {@code {"repository": "news", "path": "/2017/11/…", "recursive": false, "comment": "…", "publicationDate": "…"}}.
 * Commands: {@code activate} and {@code deactivate}; {@code publish} and {@code unpublish} are aliases, and
 * {@code /.rest/commands/v2/publish} and {@code /unpublish} keep working. Catalogs: {@code default},
 * {@code versioned}, or a content workspace's name (then it must be the body's repository). A
 * {@code publicationDate} in the future schedules the command (202, the job); the author UI's scheduler runs it.
 * Publishers only. A node whose parent is not live yet is refused with 409, as Magnolia refuses it.
 */
final class CommandsServlet extends ApiServlet {

    private static final Set<String> FIELDS = Set.of("repository", "path", "recursive", "comment", "publicationDate");
    private static final Set<String> CATALOGS = Set.of("default", "versioned");
    private static final int MAX_COMMENT = 2_000;

    private final ContentRepository repository;
    private final ContentService content;
    private final ScheduledJobs schedule;

    CommandsServlet(ContentRepository repository, ContentService content) {
        this.repository = repository;
        this.content = content;
        this.schedule = new ScheduledJobs(repository);
    }

    /** A validated command body. */
    private record Command(String workspace, String path, boolean recursive, String comment, Optional<OffsetDateTime> publicationDate) {
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean publish = publishes(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!request.getMethod().equals("POST")) {
            throw methodNotAllowed(request);
        }
        User user = Access.require(request, Permission.PUBLISH);
        Command parsed = parse(RequestBodies.jsonObject(request));
        catalogMatches(request.getPathInfo(), parsed);
        requirePublishable(parsed);
        Map<String, Object> result = new LinkedHashMap<>();
        if (parsed.publicationDate().isPresent() && parsed.publicationDate().get().toInstant().isAfter(Instant.now())) {
            if (parsed.recursive()) {
                throw ApiException.badRequest("recursive", "a scheduled publication is of one node; schedule its children on their own");
            }
            String identifier = repository.call(parsed.workspace(), session -> session.getNode(parsed.path()).getIdentifier());
            ScheduledJob job = schedule.add(publish ? ScheduledJob.PUBLISH : ScheduledJob.UNPUBLISH, parsed.workspace(), identifier,
                    parsed.path(), GregorianCalendar.from(parsed.publicationDate().get().toZonedDateTime()), user.name());
            Map<String, Object> scheduled = new LinkedHashMap<>();
            scheduled.put("id", job.id());
            scheduled.put("action", job.action());
            scheduled.put("at", parsed.publicationDate().get().toString());
            result.put("scheduled", scheduled);
            result.put("comment", parsed.comment());
            Json.write(response, 202, result);
            return;
        }
        if (publish) {
            result.put("published", content.publish(parsed.workspace(), parsed.path(), parsed.recursive(), user.name()));
        } else {
            result.put("unpublished", content.unpublish(parsed.workspace(), parsed.path(), user.name()));
        }
        result.put("publicationStatus", repository.call(parsed.workspace(),
                session -> PublicationStatus.of(session.getNode(parsed.path())).label()));
        result.put("comment", parsed.comment());
        Json.write(response, 200, result);
    }

    /** Whether the address names a publish (true) or an unpublish (false); anything else is a 404 naming what exists. */
    private boolean publishes(String pathInfo) {
        String[] segments = pathInfo.startsWith("/") ? pathInfo.substring(1).split("/", -1) : new String[] {""};
        String command = segments[segments.length - 1];
        if (segments.length > 2 || segments.length == 2 && !CATALOGS.contains(segments[0])
                && !repository.layout().isContentWorkspace(segments[0])) {
            throw new ApiException(404, "notFound", "no command catalog '" + abbreviate(segments[0])
                    + "'; catalogs are default, versioned and the content workspaces");
        }
        return switch (command) {
            case "activate", "publish" -> true;
            case "deactivate", "unpublish" -> false;
            default -> throw new ApiException(404, "notFound", "no command '" + abbreviate(command)
                    + "'; commands are activate and deactivate (publish and unpublish are aliases)");
        };
    }

    /** A workspace's catalog publishes that workspace's content only. */
    private void catalogMatches(String pathInfo, Command command) {
        String[] segments = pathInfo.substring(1).split("/");
        if (segments.length == 2 && !CATALOGS.contains(segments[0]) && !segments[0].equals(command.workspace())) {
            throw ApiException.badRequest("repository", "the " + segments[0] + " catalog publishes " + segments[0]
                    + " content; use /.rest/commands/v2/" + command.workspace() + "/" + segments[1] + " or the default catalog");
        }
    }

    private Command parse(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FIELDS.contains(key)) {
                errors.add(new FieldError(key, "unknown field; a command has repository, path, recursive, comment and publicationDate"));
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
        JsonNode commentField = body.get("comment");
        String comment = "";
        if (commentField != null && !commentField.isNull()) {
            if (!commentField.isTextual() || commentField.asText().length() > MAX_COMMENT) {
                errors.add(new FieldError("comment", "must be text of at most " + MAX_COMMENT + " characters"));
            } else {
                comment = commentField.asText();
            }
        }
        Optional<OffsetDateTime> publicationDate = Optional.empty();
        JsonNode dateField = body.get("publicationDate");
        if (dateField != null && !dateField.isNull()) {
            try {
                publicationDate = Optional.of(OffsetDateTime.parse(dateField.asText()));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("publicationDate", "must be a date-time with offset, e.g. 2030-01-01T11:10:00.000+01:00"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Command(workspace, path, recursiveField != null && recursiveField.asBoolean(false), comment, publicationDate);
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
