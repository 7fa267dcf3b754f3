package org.magnolianews.host.templating;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.jcr.Node;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /.rest/template-annotations/v1/<page path>}: a JSON object of node path → annotation for the page of the
 * website workspace (the author's drafts, as the page editor shows them), its areas and components (see
 * {@link EditorAnnotations}). A path that is no page is 404, a malformed one 400, both as Magnolia's REST errors.
 */
final class TemplateAnnotationsServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateAnnotationsServlet.class);
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_.-]{1,255}");

    private final ContentRepository repository;
    private final EditorAnnotations annotations;

    TemplateAnnotationsServlet(ContentRepository repository, EditorAnnotations annotations) {
        this.repository = repository;
        this.annotations = annotations;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ReadOnlyJson.accept(request, response)) {
            return;
        }
        Optional<String> path = pagePath(request.getPathInfo());
        if (path.isEmpty()) {
            Json.error(response, 400, "invalidValueFormat", "path: not a node path");
            return;
        }
        if (path.get().equals("/")) {
            Json.error(response, 404, "pathNotFound", "name a page: " + TemplatingApi.ANNOTATIONS + "/{page path}");
            return;
        }
        try {
            Access.require(request, Permission.READ_CONTENT);
            Optional<Map<String, String>> found = repository.call(WorkspaceLayout.WEBSITE, session -> {
                if (!session.nodeExists(path.get())) {
                    return Optional.<Map<String, String>>empty();
                }
                Node page = session.getNode(path.get());
                return page.isNodeType(MgnlNodeTypes.PAGE) ? Optional.of(annotations.of(page)) : Optional.<Map<String, String>>empty();
            });
            if (found.isEmpty()) {
                Json.error(response, 404, "pathNotFound", "no page at website:" + path.get());
                return;
            }
            Json.write(response, 200, found.get());
        } catch (org.magnolianews.host.security.AccessDeniedException e) {
            Json.error(response, 403, "accessDenied", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("template annotations of {} failed", path.get(), e);
            if (!response.isCommitted()) {
                response.reset();
                Json.error(response, 500, "unknown", "the server could not complete the request");
            }
        }
    }

    /** The absolute page path of the request, "/" for none; empty when a segment is no plain node name. */
    static Optional<String> pagePath(String pathInfo) {
        if (pathInfo == null || pathInfo.equals("/") || pathInfo.isEmpty()) {
            return Optional.of("/");
        }
        String trimmed = pathInfo.endsWith("/") ? pathInfo.substring(0, pathInfo.length() - 1) : pathInfo;
        if (trimmed.length() > 1000) {
            return Optional.empty();
        }
        for (String segment : trimmed.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(trimmed);
    }
}
