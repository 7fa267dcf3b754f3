package org.magnolianews.host.module;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DependencyCheckTest {

    private static final ResourceRoot ROOT = new ResourceRoot(Path.of("."), "classpath:test.jar");
    private final DependencyCheck check = new DependencyCheck(HostPlatform.PROVIDED_MODULES);

    @Test
    void theNewsModuleDescriptorAsBuiltIsAcceptedByTheHost() throws Exception {
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("META-INF/magnolia/news-module.xml")) {
            ModuleDescriptor news = new ModuleDescriptorReader().read(xml, "news-module.xml");
            assertEquals(List.of("core", "rendering", "templating", "dam", "rest-integration", "rest-content-delivery", "site", "content-types"),
                    news.dependencies().stream().map(ModuleDependency::name).toList());
            assertDoesNotThrow(() -> check.check(List.of(installed(news))));
        }
    }

    @Test
    void aDependencyNobodyProvidesStopsStartUpNamingModuleAndDependency() {
        ModuleDescriptor module = descriptor("<dependency><name>dam-core</name><version>3.0/*</version></dependency>");
        ModuleException e = assertThrows(ModuleException.class, () -> check.check(List.of(installed(module))));
        assertTrue(e.getMessage().startsWith("Module m (version 1.0, classpath:test.jar) is dependent on dam-core (version 3.0/*),"
                + " which was not found."), e.getMessage());
    }

    @Test
    void anOptionalDependencyMayBeAbsent() {
        ModuleDescriptor module = descriptor("<dependency><name>dam-core</name><optional>true</optional></dependency>");
        assertDoesNotThrow(() -> check.check(List.of(installed(module))));
    }

    @Test
    void aVersionOutsideTheRangeStopsStartUp() {
        ModuleDescriptor module = descriptor("<dependency><name>core</name><version>6.4/*</version></dependency>");
        ModuleException e = assertThrows(ModuleException.class, () -> check.check(List.of(installed(module))));
        assertTrue(e.getMessage().endsWith("but core (version 6.2.0) is currently installed."), e.getMessage());
    }

    @Test
    void anotherInstalledModuleSatisfiesADependency() {
        ModuleDescriptor base = new ModuleDescriptor("base", "2.1.3", List.of(), Optional.empty());
        ModuleDescriptor module = descriptor("<dependency><name>base</name><version>2.0/2.1.99</version></dependency>");
        assertDoesNotThrow(() -> check.check(List.of(installed(base), installed(module))));
        ModuleDescriptor tooNew = descriptor("<dependency><name>base</name><version>2.0/2.1.2</version></dependency>");
        assertThrows(ModuleException.class, () -> check.check(List.of(installed(base), installed(tooNew))));
    }

    @Test
    void versionRangesFollowMagnolia() {
        ModuleVersionRange range = ModuleVersionRange.parse("6.2/6.3.99", "t");
        assertTrue(range.contains(ModuleVersion.parse("6.2", "t")));
        assertTrue(range.contains(ModuleVersion.parse("6.3.17", "t")));
        assertTrue(!range.contains(ModuleVersion.parse("6.4.0", "t")));
        assertTrue(!range.contains(ModuleVersion.parse("6.1.9", "t")));
        assertTrue(ModuleVersionRange.parse("*", "t").contains(ModuleVersion.parse("1.0-SNAPSHOT", "t")));
        assertTrue(range.contains(ModuleVersion.parse("${project.version}", "t")), "an unfiltered version is a development version");
        ModuleException bad = assertThrows(ModuleException.class, () -> ModuleVersionRange.parse("6.3/6.2", "news-module.xml"));
        assertEquals("news-module.xml: version range '6.3/6.2' ends before it starts", bad.getMessage());
    }

    private static ModuleDescriptor descriptor(String dependency) {
        String xml = "<module><name>m</name><version>1.0</version><dependencies>" + dependency + "</dependencies></module>";
        return new ModuleDescriptorReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "m.xml");
    }

    private static InstalledModule installed(ModuleDescriptor descriptor) {
        return new InstalledModule(descriptor.name(), Optional.of(descriptor), ROOT);
    }

}
