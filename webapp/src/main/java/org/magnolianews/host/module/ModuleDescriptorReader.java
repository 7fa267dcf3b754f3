package org.magnolianews.host.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses Magnolia's XML module descriptor. The DTD it names is not fetched: the host never goes online. */
public final class ModuleDescriptorReader {

    public ModuleDescriptor read(InputStream xml, String sourceName) {
        Document document = parse(xml, sourceName);
        Element module = document.getDocumentElement();
        if (!"module".equals(module.getTagName())) {
            throw new ModuleException(sourceName + ": root element is <" + module.getTagName() + ">, expected <module>");
        }
        String name = requiredChildText(module, "name", sourceName);
        String version = requiredChildText(module, "version", sourceName);
        List<ModuleDependency> dependencies = new ArrayList<>();
        for (Element list : children(module, "dependencies")) {
            for (Element dependency : children(list, "dependency")) {
                String where = sourceName + ": dependency of " + name;
                String dependencyName = requiredChildText(dependency, "name", where);
                String range = children(dependency, "version").stream().map(e -> e.getTextContent().trim()).findFirst().orElse("*");
                boolean optional = children(dependency, "optional").stream().anyMatch(e -> "true".equals(e.getTextContent().trim()));
                dependencies.add(new ModuleDependency(dependencyName,
                        ModuleVersionRange.parse(range, where + " on " + dependencyName), optional));
            }
        }
        List<String> workspaces = new ArrayList<>();
        Optional<String> nodeTypeFile = Optional.empty();
        for (Element repositories : children(module, "repositories")) {
            for (Element repository : children(repositories, "repository")) {
                for (Element list : children(repository, "workspaces")) {
                    for (Element workspace : children(list, "workspace")) {
                        workspaces.add(workspace.getTextContent().trim());
                    }
                }
                for (Element file : children(repository, "nodeTypeFile")) {
                    nodeTypeFile = Optional.of(file.getTextContent().trim());
                }
            }
        }
        return new ModuleDescriptor(name, version, List.copyOf(dependencies), List.copyOf(workspaces), nodeTypeFile);
    }

    private static Document parse(InputStream xml, String sourceName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(xml);
        } catch (SAXParseException e) {
            throw new ModuleException(sourceName + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ModuleException(sourceName + ": " + e.getMessage());
        }
    }

    private static String requiredChildText(Element parent, String tag, String sourceName) {
        List<Element> found = children(parent, tag);
        if (found.isEmpty() || found.get(0).getTextContent().isBlank()) {
            throw new ModuleException(sourceName + ": <" + tag + "> is missing");
        }
        return found.get(0).getTextContent().trim();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                result.add(element);
            }
        }
        return result;
    }
}
