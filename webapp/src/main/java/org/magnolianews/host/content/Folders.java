package org.magnolianews.host.content;

import java.util.function.Consumer;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.MgnlNodeTypes;

/** Folder paths such as /2017/11, created on demand as mgnl:folder nodes. */
final class Folders {

    private Folders() {
    }

    /** Returns the folder at the path, creating what is missing; {@code created} sees each new folder. */
    static Node ensure(Session session, String folderPath, String user, Consumer<Node> created) throws RepositoryException {
        Node current = session.getRootNode();
        for (String segment : folderPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (current.hasNode(segment)) {
                current = current.getNode(segment);
            } else {
                current = current.addNode(segment, MgnlNodeTypes.FOLDER);
                Audit.created(current, user);
                created.accept(current);
            }
        }
        return current;
    }
}
