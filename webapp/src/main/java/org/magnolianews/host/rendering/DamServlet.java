package org.magnolianews.host.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.jcr.Items;

/**
 * Published DAM assets at {@code /dam/jcr:<uuid>/<file name>}, as Magnolia links them. The identifier
 * decides; the file name is for the reader. Assets never change in place (a new upload is a new
 * asset), so they may be cached for a day.
 */
final class DamServlet extends HttpServlet {

    private final ContentRepository repository;

    DamServlet(ContentRepository repository) {
        this.repository = repository;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.startsWith("/jcr:") ? path.substring(1).split("/", 2) : new String[0];
        if (parts.length == 0) {
            response.sendError(404);
            return;
        }
        Session dam = repository.login(WorkspaceLayout.live(WorkspaceLayout.DAM));
        try {
            Optional<Node> asset = DamFunctions.asset(dam, parts[0]);
            if (asset.isEmpty()) {
                response.sendError(404);
                return;
            }
            Node resource = asset.get().getNode("jcr:content");
            response.setContentType(Items.single(resource, "jcr:mimeType").orElse("application/octet-stream"));
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Binary binary = resource.getProperty("jcr:data").getBinary();
            try (InputStream in = binary.getStream()) {
                response.setContentLengthLong(binary.getSize());
                in.transferTo(response.getOutputStream());
            } finally {
                binary.dispose();
            }
        } catch (RepositoryException e) {
            response.sendError(404);
        } finally {
            dam.logout();
        }
    }
}
