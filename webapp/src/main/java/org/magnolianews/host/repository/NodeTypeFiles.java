package org.magnolianews.host.repository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;
import org.apache.jackrabbit.core.nodetype.NodeTypeManagerImpl;
import org.apache.jackrabbit.core.nodetype.xml.NodeTypeReader;

/**
 * Registers a module's node type file ({@code <nodeTypeFile>} of its descriptor) as Magnolia does. A CND file
 * ({@code .cnd}) is imported with its namespace declarations, which registers new namespaces. An XML file
 * (Jackrabbit's node type XML) only registers node types: Magnolia reads it with Jackrabbit's NodeTypeReader and
 * hands the types to the node type registry, never registering a namespace the file declares (ProviderImpl). So
 * a namespace the repository does not know yet stops start-up here, as it would on an empty Magnolia repository.
 */
final class NodeTypeFiles {

    /** An XML node type file uses a namespace nobody registered. */
    static final class UnregisteredNamespaceException extends Exception {
        UnregisteredNamespaceException(String message) {
            super(message);
        }
    }

    private NodeTypeFiles() {
    }

    static void register(byte[] file, String name, Session session)
            throws RepositoryException, ParseException, UnregisteredNamespaceException {
        try {
            if (name.endsWith(".cnd")) {
                CndImporter.registerNodeTypes(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8),
                        session, true);
                return;
            }
            requireRegisteredNamespaces(file, session.getWorkspace().getNamespaceRegistry());
            NodeTypeManagerImpl nodeTypes = (NodeTypeManagerImpl) session.getWorkspace().getNodeTypeManager();
            nodeTypes.registerNodeTypes(new ByteArrayInputStream(file), NodeTypeManagerImpl.TEXT_XML, true);
        } catch (IOException e) {
            throw new RepositoryException(e.getMessage(), e);
        }
    }

    private static void requireRegisteredNamespaces(byte[] xml, NamespaceRegistry registry)
            throws IOException, RepositoryException, UnregisteredNamespaceException {
        Properties declared = new NodeTypeReader(new ByteArrayInputStream(xml)).getNamespaces();
        List<String> known = List.of(registry.getURIs());
        for (String prefix : declared.stringPropertyNames()) {
            String uri = declared.getProperty(prefix);
            if (!known.contains(uri) && !"internal".equals(uri)) {
                throw new UnregisteredNamespaceException("the XML node type file declares namespace " + prefix + " = " + uri
                        + ", which is not registered. Magnolia registers the node types of an XML file but not its"
                        + " namespaces: declare the namespace in a CND node type file (<" + prefix + " = '" + uri + "'>) instead");
            }
        }
    }
}
