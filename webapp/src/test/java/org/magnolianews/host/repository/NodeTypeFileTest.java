package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.ModuleDescriptor;
import org.magnolianews.host.module.ModuleException;
import org.magnolianews.host.module.ResourceRoot;

/** A module's node type file on an empty repository: registered as Magnolia registers it, namespaces included or not. */
class NodeTypeFileTest {

    @TempDir
    Path dir;

    @Test
    void aCndFileRegistersItsNamespaceAndTypesOnAnEmptyRepository() throws Exception {
        InstalledModule module = module("types.cnd", "<shop = 'https://example.org/jcr/shop/1.0'>\n"
                + "<mgnl = 'http://www.magnolia.info/jcr/mgnl'>\n[shop:product] > mgnl:content\n  orderable\n");
        try (ContentRepository repository = ContentRepository.open(dir.resolve("data"), Optional.empty(), List.of(module), List.of(), org.magnolianews.host.content.Languages.EN_RU)) {
            repository.call("default", session -> {
                assertEquals("https://example.org/jcr/shop/1.0", session.getNamespaceURI("shop"));
                assertTrue(session.getWorkspace().getNodeTypeManager().getNodeType("shop:product").isNodeType(MgnlNodeTypes.CONTENT));
                return null;
            });
        }
    }

    @Test
    void anXmlFileWithANamespaceNobodyRegisteredStopsStartUpAsOnMagnolia() throws Exception {
        InstalledModule module = module("types.xml", "<nodeTypes xmlns:nt=\"http://www.jcp.org/jcr/nt/1.0\""
                + " xmlns:mgnl=\"http://www.magnolia.info/jcr/mgnl\" xmlns:shop=\"https://example.org/jcr/shop/1.0\">"
                + "<nodeType name=\"shop:product\" isMixin=\"false\" hasOrderableChildNodes=\"true\" primaryItemName=\"\">"
                + "<supertypes><supertype>mgnl:content</supertype></supertypes></nodeType></nodeTypes>");
        ModuleException e = assertThrows(ModuleException.class,
                () -> ContentRepository.open(dir.resolve("data"), Optional.empty(), List.of(module), List.of(), org.magnolianews.host.content.Languages.EN_RU).close());
        assertTrue(e.getMessage().contains("mgnl-nodetypes/types.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("declares namespace shop = https://example.org/jcr/shop/1.0, which is not registered"),
                e.getMessage());
    }

    @Test
    void anXmlFileOnlyUsingRegisteredNamespacesRegisters() throws Exception {
        InstalledModule module = module("types.xml", "<nodeTypes xmlns:nt=\"http://www.jcp.org/jcr/nt/1.0\""
                + " xmlns:mgnl=\"http://www.magnolia.info/jcr/mgnl\">"
                + "<nodeType name=\"mgnl:product\" isMixin=\"false\" hasOrderableChildNodes=\"true\" primaryItemName=\"\">"
                + "<supertypes><supertype>mgnl:content</supertype></supertypes></nodeType></nodeTypes>");
        try (ContentRepository repository = ContentRepository.open(dir.resolve("data"), Optional.empty(), List.of(module), List.of(), org.magnolianews.host.content.Languages.EN_RU)) {
            repository.call("default", session -> {
                assertTrue(session.getWorkspace().getNodeTypeManager().hasNodeType("mgnl:product"));
                return null;
            });
        }
    }

    private InstalledModule module(String fileName, String content) throws Exception {
        Path root = dir.resolve("module");
        Files.createDirectories(root.resolve("mgnl-nodetypes"));
        Files.writeString(root.resolve("mgnl-nodetypes").resolve(fileName), content);
        ModuleDescriptor descriptor = new ModuleDescriptor("shop", "1.0", List.of("products"), Optional.of("/mgnl-nodetypes/" + fileName));
        return new InstalledModule("shop", Optional.of(descriptor), new ResourceRoot(root, "test"));
    }
}
