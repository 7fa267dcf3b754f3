package org.magnolianews.news.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.xml.sax.InputSource;

/**
 * A real embedded Jackrabbit for the module's repository tests, with Magnolia's base node types and
 * the module's own node type file registered, as a Magnolia instance has them.
 */
public final class TestRepository implements AutoCloseable {

    private final RepositoryImpl repository;
    private final Path home;

    private TestRepository(RepositoryImpl repository, Path home) {
        this.repository = repository;
        this.home = home;
    }

    public static TestRepository start() throws Exception {
        Path home = Files.createTempDirectory("news-module-repo-");
        Properties variables = new Properties();
        variables.setProperty("rep.home", home.toString());
        try (InputStream xml = TestRepository.class.getResourceAsStream("repository.xml")) {
            RepositoryImpl repository = RepositoryImpl.create(RepositoryConfig.create(new InputSource(xml), variables));
            TestRepository test = new TestRepository(repository, home);
            test.registerNodeTypes();
            return test;
        }
    }

    private void registerNodeTypes() throws RepositoryException, IOException, org.apache.jackrabbit.commons.cnd.ParseException {
        Session session = login();
        try (InputStream cnd = TestRepository.class.getResourceAsStream("mgnl-nodetypes.cnd");
             InputStream news = TestRepository.class.getResourceAsStream("/mgnl-nodetypes/news-nodetypes.cnd")) {
            CndImporter.registerNodeTypes(new InputStreamReader(cnd, StandardCharsets.UTF_8), session);
            CndImporter.registerNodeTypes(new InputStreamReader(news, StandardCharsets.UTF_8), session);
        } finally {
            session.logout();
        }
    }

    public Session login() throws RepositoryException {
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
    }

    /** A session on a workspace of the repository, which is created the first time it is asked for. */
    public Session login(String workspace) throws RepositoryException {
        Session session = login();
        try {
            if (!java.util.Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()).contains(workspace)) {
                session.getWorkspace().createWorkspace(workspace);
            }
        } finally {
            session.logout();
        }
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
    }

    /** Adds an item of a node type at the root with string (single or multiple) and date properties. */
    public static Node item(Session session, String name, String nodeType) throws RepositoryException {
        return session.getRootNode().addNode(name, nodeType);
    }

    public static void strings(Node node, String property, List<String> values) throws RepositoryException {
        node.setProperty(property, values.toArray(new String[0]));
    }

    public static void date(Node node, String property, Instant instant) throws RepositoryException {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        node.setProperty(property, calendar);
    }

    @Override
    public void close() throws IOException {
        repository.shutdown();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
