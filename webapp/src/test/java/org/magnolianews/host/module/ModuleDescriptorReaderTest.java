package org.magnolianews.host.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleDescriptorReaderTest {

    private final ModuleDescriptorReader reader = new ModuleDescriptorReader();

    @Test
    void readsTheNewsModuleDescriptorAsBuilt() throws Exception {
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("META-INF/magnolia/news-module.xml")) {
            ModuleDescriptor descriptor = reader.read(xml, "news-module.xml");
            assertEquals("news-module", descriptor.name());
            assertEquals(List.of("news", "publications", "subjects"), descriptor.workspaces());
            assertEquals(Optional.of("/mgnl-nodetypes/news-nodetypes.cnd"), descriptor.nodeTypeFile());
            assertTrue(descriptor.version().matches("\\d+\\.\\d+\\.\\d+.*"), "version is filtered from the pom: " + descriptor.version());
        }
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        String xml = "<module>\n<name>x</name>\n<version>1</version>\n<repositories>\n</module>";
        ModuleException e = assertThrows(ModuleException.class, () -> reader.read(stream(xml), "broken.xml"));
        assertTrue(e.getMessage().startsWith("broken.xml:5:"), e.getMessage());
    }

    @Test
    void missingNameIsReported() {
        ModuleException e = assertThrows(ModuleException.class,
                () -> reader.read(stream("<module><version>1</version></module>"), "nameless.xml"));
        assertEquals("nameless.xml: <name> is missing", e.getMessage());
    }

    @Test
    void doctypeIsNotFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE module SYSTEM \"http://example.invalid/module.dtd\">\n"
                + "<module><name>m</name><version>1.0</version></module>";
        assertEquals("m", reader.read(stream(xml), "m.xml").name());
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
