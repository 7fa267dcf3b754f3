package org.magnolianews.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.ModuleDiscovery;

/** The anonymous user's read access from Magnolia's roles and the modules' bootstrap files. */
class AnonymousAccessTest {

    @Test
    void withoutTheNewsModulesBootstrapOnlyTheWebsiteIsReadable() {
        AnonymousAccess magnolia = AnonymousAccess.of(List.of());
        assertTrue(magnolia.canRead("website", "/home"));
        assertFalse(magnolia.canRead("news", "/2017/11/x"));
        assertFalse(magnolia.canRead("dam", "/photos/a.jpg"));
        assertTrue(magnolia.canGet("/.rest/delivery/news"));
        assertFalse(magnolia.canGet("/.magnolia/admincentral"));
    }

    @Test
    void theNewsModulesBootstrapFilesGrantReadOnItsWorkspacesAndDam() throws Exception {
        List<InstalledModule> modules = new ModuleDiscovery().discover(getClass().getClassLoader(), Optional.empty());
        AnonymousAccess access = AnonymousAccess.of(modules);
        for (String workspace : List.of("news", "subjects", "publications", "dam")) {
            assertTrue(access.canRead(workspace, "/"), workspace);
            assertTrue(access.canRead(workspace, "/a/b/c"), workspace);
        }
        assertFalse(access.canRead("users", "/admin"));
        assertTrue(access.canRead("website", "/home"), "the anonymous role is untouched");
    }

    @Test
    void theMostSpecificEntryDecides() {
        RoleAcls role = new RoleAcls("rest-anonymous", java.util.Map.of("news", List.of(new AclEntry("/*", 8),
                new AclEntry("/drafts/*", 0))), List.of(), "test");
        AnonymousAccess access = new AnonymousAccess(java.util.Map.of("rest-anonymous", role));
        assertTrue(access.canRead("news", "/2017/11/x"));
        assertFalse(access.canRead("news", "/drafts"));
        assertFalse(access.canRead("news", "/drafts/secret"));
        assertTrue(access.canRead("news", "/draftsman"), "/drafts/* is the node and below, not a name prefix");
    }

    @Test
    void aBootstrapFileThatIsNoRoleIsReportedWithItsName() {
        String xml = "<sv:node sv:name=\"x\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\"><sv:property sv:name=\"jcr:primaryType\""
                + " sv:type=\"Name\"><sv:value>mgnl:user</sv:value></sv:property></sv:node>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RoleBootstrapReader()
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "userroles.x.xml"));
        assertEquals("userroles.x.xml: node 'x' is not of type mgnl:role", e.getMessage());
    }
}
