package org.magnolianews.host.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a module's bootstrap files for roles: JCR system view XML as Magnolia exports and imports it. The file
 * name is the node's path in the {@code userroles} workspace: {@code userroles.<role>.xml} is a whole role (an
 * {@code sv:node} of type {@code mgnl:role} with {@code acl_*} child nodes), {@code userroles.<role>.acl_<ws>.xml}
 * one access control list of an existing role (an {@code sv:node} named {@code acl_<ws>}). Anything else is
 * reported with the file's name.
 */
public final class RoleBootstrapReader {

    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    public RoleAcls read(InputStream xml, String file) {
        Element role = parse(xml, file);
        String name = role.getAttributeNS(SV, "name");
        if (!"node".equals(role.getLocalName()) || !SV.equals(role.getNamespaceURI()) || name.isBlank()) {
            throw new IllegalArgumentException(file + ": not a JCR system view export (root element sv:node with sv:name)");
        }
        if (!property(role, "jcr:primaryType").map("mgnl:role"::equals).orElse(false)) {
            throw new IllegalArgumentException(file + ": node '" + name + "' is not of type mgnl:role");
        }
        Map<String, List<AclEntry>> workspaces = new LinkedHashMap<>();
        List<AclEntry> uris = new ArrayList<>();
        for (Element acl : nodes(role)) {
            String aclName = acl.getAttributeNS(SV, "name");
            if (!aclName.startsWith("acl_")) {
                continue;
            }
            List<AclEntry> entries = entries(acl, file);
            if (aclName.equals("acl_uri")) {
                uris.addAll(entries);
            } else {
                workspaces.put(aclName.substring("acl_".length()), List.copyOf(entries));
            }
        }
        return new RoleAcls(name, Map.copyOf(workspaces), List.copyOf(uris), file);
    }

    /** One access control list ({@code acl_<workspace>} or {@code acl_uri}) bootstrapped into an existing role. */
    public record Acl(String name, List<AclEntry> entries) {
    }

    public Acl readAcl(InputStream xml, String file) {
        Element acl = parse(xml, file);
        String name = acl.getAttributeNS(SV, "name");
        if (!"node".equals(acl.getLocalName()) || !SV.equals(acl.getNamespaceURI()) || !name.startsWith("acl_")) {
            throw new IllegalArgumentException(file + ": not a JCR system view export of an access control list (sv:node named acl_<workspace>)");
        }
        return new Acl(name, entries(acl, file));
    }

    private static List<AclEntry> entries(Element acl, String file) {
        List<AclEntry> entries = new ArrayList<>();
        for (Element entry : nodes(acl)) {
            Optional<String> path = property(entry, "path");
            Optional<String> permissions = property(entry, "permissions");
            if (path.isEmpty() || permissions.isEmpty() || !permissions.get().matches("\\d{1,3}")) {
                throw new IllegalArgumentException(file + ": entry " + acl.getAttributeNS(SV, "name") + "/" + entry.getAttributeNS(SV, "name")
                        + " needs a 'path' and numeric 'permissions'");
            }
            entries.add(new AclEntry(path.get(), Long.parseLong(permissions.get())));
        }
        return List.copyOf(entries);
    }

    private static Element parse(InputStream xml, String file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(xml).getDocumentElement();
        } catch (SAXParseException e) {
            throw new IllegalArgumentException(file + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static List<Element> nodes(Element parent) {
        List<Element> nodes = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "node".equals(element.getLocalName()) && SV.equals(element.getNamespaceURI())) {
                nodes.add(element);
            }
        }
        return nodes;
    }

    private static Optional<String> property(Element node, String name) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "property".equals(element.getLocalName()) && name.equals(element.getAttributeNS(SV, "name"))) {
                for (Node value = element.getFirstChild(); value != null; value = value.getNextSibling()) {
                    if (value instanceof Element v && "value".equals(v.getLocalName())) {
                        return Optional.of(v.getTextContent().trim());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
