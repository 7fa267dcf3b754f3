package org.magnolianews.news.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import java.io.StringReader;
import java.util.Properties;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.xml.sax.InputSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real Jackrabbit repository (bundles kept in memory): hasNode decides, not a mock. */
class UniqueNamesTest {

    private static final String CONFIG = """
            <?xml version="1.0"?>
            <Repository>
              <FileSystem class="org.apache.jackrabbit.core.fs.mem.MemoryFileSystem"/>
              <Security appName="Jackrabbit">
                <SecurityManager class="org.apache.jackrabbit.core.DefaultSecurityManager" workspaceName="security"/>
                <AccessManager class="org.apache.jackrabbit.core.security.DefaultAccessManager"/>
                <LoginModule class="org.apache.jackrabbit.core.security.authentication.DefaultLoginModule"/>
              </Security>
              <Workspaces rootPath="${rep.home}/workspaces" defaultWorkspace="default"/>
              <Workspace name="${wsp.name}">
                <FileSystem class="org.apache.jackrabbit.core.fs.mem.MemoryFileSystem"/>
                <PersistenceManager class="org.apache.jackrabbit.core.persistence.mem.InMemBundlePersistenceManager"/>
              </Workspace>
              <Versioning rootPath="${rep.home}/version">
                <FileSystem class="org.apache.jackrabbit.core.fs.mem.MemoryFileSystem"/>
                <PersistenceManager class="org.apache.jackrabbit.core.persistence.mem.InMemBundlePersistenceManager"/>
              </Versioning>
            </Repository>
            """;

    private RepositoryImpl repository;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        Path home = Files.createTempDirectory("unique-names-");
        Properties variables = new Properties();
        variables.setProperty("rep.home", home.toString());
        repository = RepositoryImpl.create(RepositoryConfig.create(new InputSource(new StringReader(CONFIG.strip())), variables));
        session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
    }

    @AfterEach
    void close() {
        session.logout();
        repository.shutdown();
    }

    @Test
    void freeSlugIsKeptTakenOnesGetANumber() throws Exception {
        Node folder = session.getRootNode().addNode("2017");
        assertEquals("putin-and-abe", UniqueNames.freeName(folder, "putin-and-abe"));
        folder.addNode("putin-and-abe");
        assertEquals("putin-and-abe-2", UniqueNames.freeName(folder, "putin-and-abe"));
        folder.addNode("putin-and-abe-2");
        assertEquals("putin-and-abe-3", UniqueNames.freeName(folder, "putin-and-abe"));
    }
}
