package org.magnolianews.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.jcr.Session;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.magnolianews.news.testing.TestRepository;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Issue 8, item 5: the files Magnolia reads when the jar is installed are in the forms Magnolia documents (sources
 * in docs/magnolia-compatibility.md): the descriptor in module.dtd's order with real module names and ranges for
 * 6.2 and 6.3, a CND node type file whose namespace is the content types' one, bootstrap files that are role ACL
 * nodes under their path, a theme with the variations the endpoints name, content types in the 6.3 form, dialogs
 * with converters and i18n keys in Magnolia's patterns.
 */
class InstallableModuleTest {

    /** module.dtd's sequence for the children of <module>. */
    private static final List<String> DTD_ORDER = List.of("name", "displayName", "description", "class", "versionHandler", "version",
            "properties", "components", "dependencies", "servlets", "repositories");
    /** Magnolia module names, each with its source in docs/magnolia-compatibility.md ("Module descriptor"). */
    private static final Set<String> REQUIRED = Set.of("core", "rendering", "templating", "dam");
    private static final Set<String> OPTIONAL = Set.of("rest-integration", "rest-content-delivery", "content-types", "site");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path resources = resources();

    @Test
    void theDescriptorFollowsModuleDtdAndDependsOnMagnoliaModulesOf62And63() throws Exception {
        Element module = xml(resources.resolve("META-INF/magnolia/news-module.xml")).getDocumentElement();
        List<String> order = new ArrayList<>();
        for (Element child : children(module)) {
            order.add(child.getTagName());
        }
        List<Integer> positions = order.stream().map(DTD_ORDER::indexOf).toList();
        assertTrue(!positions.contains(-1) && positions.equals(positions.stream().sorted().toList()), "module.dtd order: " + order);
        Set<String> required = new TreeSet<>();
        for (Element dependency : children(child(module, "dependencies"))) {
            String name = child(dependency, "name").getTextContent().trim();
            boolean optional = child(dependency, "optional") != null && child(dependency, "optional").getTextContent().trim().equals("true");
            String range = child(dependency, "version").getTextContent().trim();
            assertTrue(optional ? OPTIONAL.contains(name) : REQUIRED.contains(name), name + (optional ? " (optional)" : "") + " is a documented name");
            if (!optional) {
                required.add(name);
                String platform = name.equals("dam") ? "3.0.47" : "6.2.0";
                String latest = name.equals("dam") ? "4.0.5" : "6.3.17";
                assertTrue(inRange(range, platform) && inRange(range, latest), name + " " + range + " accepts 6.2's and 6.3's version");
                assertTrue(!inRange(range, name.equals("dam") ? "6.0.0" : "6.4.0"), name + " " + range + " refuses 6.4 (jakarta)");
            }
        }
        assertEquals(REQUIRED, required);
        Element repository = child(child(module, "repositories"), "repository");
        assertEquals("magnolia", child(repository, "name").getTextContent().trim());
        String nodeTypeFile = child(repository, "nodeTypeFile").getTextContent().trim();
        assertTrue(nodeTypeFile.endsWith(".cnd") && Files.isRegularFile(resources.resolve(nodeTypeFile.substring(1))), nodeTypeFile);
    }

    @Test
    void theNodeTypeFileRegistersItsNamespaceOnAnEmptyRepositoryAndItIsTheContentTypesNamespace() throws Exception {
        try (TestRepository repository = TestRepository.start()) {
            Session session = repository.login();
            try {
                String uri = session.getNamespaceURI("news");
                for (String type : List.of("news:article", "news:publication", "news:subject")) {
                    assertTrue(session.getWorkspace().getNodeTypeManager().getNodeType(type).isNodeType("mgnl:content"), type);
                }
                for (Path contentType : files("news-module/contentTypes")) {
                    Map<String, Object> datasource = map(yaml(contentType).get("datasource"));
                    assertEquals(uri, map(datasource.get("namespaces")).get("news"), contentType + ": the CND's namespace");
                }
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void contentTypesUseTheFormMagnolia63RequiresOnWorkspacesTheDescriptorDeclares() throws Exception {
        String descriptor = Files.readString(resources.resolve("META-INF/magnolia/news-module.xml"));
        for (Path contentType : files("news-module/contentTypes")) {
            Map<String, Object> datasource = map(yaml(contentType).get("datasource"));
            assertEquals("jcrContentTypeDatasource", datasource.get("$type"), contentType.toString());
            assertTrue(descriptor.contains("<workspace>" + datasource.get("workspace") + "</workspace>"), contentType.toString());
        }
    }

    @Test
    void bootstrapFilesAreAclNodesOfTheRestAnonymousRoleAtTheirPath() throws Exception {
        Pattern name = Pattern.compile("userroles\\.rest-anonymous\\.(acl_([a-z]+))\\.xml");
        Set<String> granted = new TreeSet<>();
        for (Path file : files("mgnl-bootstrap/news-module")) {
            Matcher matcher = name.matcher(file.getFileName().toString());
            assertTrue(matcher.matches(), file + ": a path under userroles:/rest-anonymous, not a whole role (which would lose its UUID)");
            Element acl = xml(file).getDocumentElement();
            assertEquals("http://www.jcp.org/jcr/sv/1.0", acl.getNamespaceURI(), "JCR system view");
            assertEquals(matcher.group(1), acl.getAttributeNS("http://www.jcp.org/jcr/sv/1.0", "name"), "the node the file name points to");
            assertEquals("mgnl:contentNode", property(acl, "jcr:primaryType"));
            List<Element> entries = children(acl).stream().filter(e -> e.getLocalName().equals("node")).toList();
            assertEquals(1, entries.size());
            assertEquals("/*", property(entries.get(0), "path"));
            assertEquals("8", property(entries.get(0), "permissions"), "read only");
            granted.add(matcher.group(2));
        }
        assertEquals(Set.of("dam", "news", "publications", "subjects"), granted);
    }

    @Test
    void theThemeDefinesEveryRenditionTheEndpointsNameInMagnoliasImagingFormat() throws Exception {
        Map<String, Object> imaging = map(yaml(resources.resolve("news-module/themes/news-theme.yaml")).get("imaging"));
        assertEquals("info.magnolia.templating.imaging.VariationAwareImagingSupport", imaging.get("class"));
        Map<String, Object> variations = map(imaging.get("variations"));
        variations.forEach((variation, definition) -> {
            assertEquals("info.magnolia.templating.imaging.variation.SimpleResizeVariation", map(definition).get("class"), variation);
            assertTrue(map(definition).get("width") instanceof Integer, variation + " has a whole width");
        });
        for (Path endpoint : files("news-module/restEndpoints/delivery")) {
            for (Object reference : (List<?>) yaml(endpoint).getOrDefault("references", List.of())) {
                for (Object rendition : (List<?>) map(map(reference).get("referenceResolver")).getOrDefault("assetRenditions", List.of())) {
                    assertTrue(variations.containsKey(String.valueOf(rendition)), endpoint + ": " + rendition + " is a theme variation");
                }
            }
        }
    }

    @Test
    void dialogFieldsHaveConvertersWhereMagnoliaNeedsThemAndLabelsFromBothBundles() throws Exception {
        Properties en = bundle("en");
        Properties ru = bundle("ru");
        for (Path dialog : files("news-module/dialogs")) {
            String prefix = "news-module." + resources.resolve("news-module/dialogs").relativize(dialog).toString()
                    .replace(".yaml", "").replace('/', '.');
            map(map(yaml(dialog).get("form")).get("properties")).forEach((field, value) -> {
                Map<String, Object> definition = map(value);
                if ("java.lang.Long".equals(definition.get("type"))) {
                    assertEquals("com.vaadin.data.converter.StringToLongConverter", definition.get("converterClass"), prefix + "." + field);
                }
                assertTrue(!definition.containsKey("label"), prefix + "." + field + ": a key, not a literal label");
                String key = prefix + "." + field + ".label";
                assertTrue(en.containsKey(key) && ru.containsKey(key), key + " in both bundles");
            });
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTemplatesUseOnlyTheModulesPrefixedSiteKeys() throws Exception {
        Properties en = bundle("en");
        Properties ru = bundle("ru");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()));
        Pattern literalKey = Pattern.compile("i18n(?:\\['|\\.get\\(')([^']+)'");
        for (Path template : files("news-module/templates")) {
            if (!template.toString().endsWith(".ftl")) {
                continue;
            }
            Matcher matcher = literalKey.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                assertTrue(key.startsWith("news-module.site."), template.getFileName() + ": " + key + " carries the module prefix");
                assertTrue(key.endsWith(".") || en.containsKey(key), template.getFileName() + ": " + key + " is in the bundle");
            }
        }
        for (String key : en.stringPropertyNames()) {
            assertTrue(key.startsWith("news-module.") || key.matches("(news|publications|subjects)\\..+\\.(label|description)"),
                    key + ": the module's prefix or an app's <app>.<field>.label (.description) key");
        }
    }

    private static boolean inRange(String range, String version) {
        String[] ends = range.split("/", -1);
        String to = ends.length > 1 ? ends[1] : ends[0];
        return compare(version, ends[0]) >= 0 && (to.equals("*") || compare(version, to) <= 0);
    }

    private static int compare(String a, String b) {
        int[] x = parts(a);
        int[] y = parts(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static int[] parts(String version) {
        String[] split = version.split("\\.");
        int[] parts = new int[3];
        for (int i = 0; i < Math.min(3, split.length); i++) {
            parts[i] = Integer.parseInt(split[i]);
        }
        return parts;
    }

    private Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(resources.resolve("news-module/i18n/news-module-messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private List<Path> files(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(resources.resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        String text = Files.readString(file);
        return YAML.readValue(text.startsWith("!") ? text.substring(text.indexOf('\n') + 1) : text, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst().orElse(null);
    }

    private static String property(Element node, String name) {
        for (Element child : children(node)) {
            if (child.getLocalName().equals("property") && name.equals(child.getAttributeNS("http://www.jcp.org/jcr/sv/1.0", "name"))) {
                Node value = children(child).get(0);
                return value.getTextContent().trim();
            }
        }
        return null;
    }

    private static Path resources() {
        try {
            return Path.of(InstallableModuleTest.class.getResource("/META-INF/magnolia/news-module.xml").toURI()).getParent().getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
