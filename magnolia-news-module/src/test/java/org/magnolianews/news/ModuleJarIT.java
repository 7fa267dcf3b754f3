package org.magnolianews.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged module jar is what goes into a Magnolia bundle's {@code WEB-INF/lib}: it holds the module's own
 * classes and resources, and none of the compile-only Magnolia API (issue 8), whose classes would shadow or
 * clash with Magnolia's own. Nor does the module pass that API on: a webapp depending on the module must not
 * get {@code magnolia-api} into its {@code WEB-INF/lib} transitively, so the dependency is {@code provided}.
 */
class ModuleJarIT {

    @Test
    void theJarHoldsTheModuleAndNoneOfTheMagnoliaApiItCompilesAgainst() throws Exception {
        Path jar = Path.of(System.getProperty("module.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is packaged");
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of(), names.stream().filter(n -> n.startsWith("info/magnolia/") || n.startsWith("javax/")).toList());
            assertTrue(names.contains("org/magnolianews/news/related/RelatedNewsModel.class"));
            assertTrue(names.contains("META-INF/magnolia/news-module.xml"));
        }
    }

    @Test
    void theMagnoliaApiIsAProvidedDependencyOnly() throws Exception {
        org.w3c.dom.Document pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of(System.getProperty("module.pom")).toFile());
        org.w3c.dom.NodeList artifacts = pom.getElementsByTagName("artifactId");
        int found = 0;
        for (int i = 0; i < artifacts.getLength(); i++) {
            org.w3c.dom.Node artifact = artifacts.item(i);
            if (artifact.getTextContent().trim().equals("magnolia-api")) {
                String scope = "";
                for (org.w3c.dom.Node sibling = artifact.getParentNode().getFirstChild(); sibling != null; sibling = sibling.getNextSibling()) {
                    if (sibling.getNodeName().equals("scope")) {
                        scope = sibling.getTextContent().trim();
                    }
                }
                assertEquals("provided", scope, "scope of the module's magnolia-api dependency");
                found++;
            }
        }
        assertEquals(1, found, "the module depends on magnolia-api once");
    }
}
