package org.magnolianews.host.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.jcr.nodetype.NodeTypeManager;
import javax.jcr.nodetype.NodeTypeTemplate;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.nodetype.NodeTypeManagerImpl;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.cluster.ClusterJournal;
import org.magnolianews.host.cluster.ClusterMember;
import org.magnolianews.host.config.ClusterSettings;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.ModuleException;
import org.xml.sax.InputSource;

/**
 * The embedded Jackrabbit repository: one H2 database and Lucene index per workspace under the data
 * directory. Opening it registers Magnolia's node types, each module's node type file and every
 * workspace of the {@link WorkspaceLayout}, so a new module workspace appears on the next start.
 */
public final class ContentRepository implements AutoCloseable {

    private static final String CONFIG = "repository-h2.xml";
    private static final String CLUSTER_CONFIG = "repository-postgresql.xml";
    private static final String MAGNOLIA_NODE_TYPES = "magnolia-nodetypes.cnd";
    // Jackrabbit's own administrator, distinct from the CMS users in the users workspace.
    private static final SimpleCredentials SYSTEM = new SimpleCredentials("admin", "admin".toCharArray());

    private final RepositoryImpl repository;
    private final WorkspaceLayout layout;
    private final LiveGate liveGate = new LiveGate();
    private final Optional<ClusterJournal> journal;
    private final List<AutoCloseable> users = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ContentRepository(RepositoryImpl repository, WorkspaceLayout layout, Optional<ClusterJournal> journal) {
        this.repository = repository;
        this.layout = layout;
        this.journal = journal;
    }

    public static ContentRepository open(Path dataDir, Optional<Path> config, List<InstalledModule> modules,
                                         Collection<ContentTypeDefinition> contentTypes, Languages languages) {
        return open(dataDir, config, Optional.empty(), modules, contentTypes, languages);
    }

    /**
     * With cluster settings: a node of a Jackrabbit cluster on PostgreSQL instead of the embedded H2 repository. The
     * search analysers' indexing configuration is written into the data directory either way; a cluster node's
     * repository configuration does not name it yet, so its full-text search uses Jackrabbit's standard analyser.
     */
    public static ContentRepository open(Path dataDir, Optional<Path> config, Optional<ClusterSettings> cluster,
                                         List<InstalledModule> modules, Collection<ContentTypeDefinition> contentTypes,
                                         Languages languages) {
        WorkspaceLayout layout = WorkspaceLayout.of(modules, contentTypes);
        prepareDataDirectory(dataDir);
        SearchIndexUpgrade.apply(dataDir, SearchAnalysis.indexingConfiguration(contentTypes, languages));
        if (cluster.isEmpty() && config.isEmpty()) {
            // the shipped configuration's settings for workspaces an older host created: storage, then caches and Tika
            H2StorageUpgrade.apply(dataDir);
            WorkspaceSettingsUpgrade.apply(dataDir);
            SearchIndexCompaction.restoreParameters(dataDir); // what an interrupted compaction left
        }
        RepositoryImpl repository = cluster.isPresent() ? startClusterNode(dataDir, cluster.get()) : start(dataDir, config);
        try {
            Optional<ClusterJournal> journal = cluster.map(settings -> new ClusterJournal(((ClusterMember) repository).clusterNode(), settings));
            ContentRepository opened = new ContentRepository(repository, layout, journal);
            opened.registerNodeTypes(modules);
            opened.registerContentTypeNodeTypes(contentTypes);
            opened.createWorkspaces();
            return opened;
        } catch (RuntimeException | RepositoryException e) {
            repository.shutdown();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RepositoryFailure("cannot prepare the repository in " + dataDir, e);
        }
    }

    private static void prepareDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded repository with the shipped configuration and nothing registered or created (maintenance). */
    static RepositoryImpl startEmbedded(Path dataDir) {
        return start(dataDir, Optional.empty());
    }

    private static RepositoryImpl start(Path dataDir, Optional<Path> config) {
        try (InputStream xml = config.isPresent() ? Files.newInputStream(config.get())
                : ContentRepository.class.getResourceAsStream(CONFIG)) {
            Properties variables = new Properties();
            variables.setProperty("rep.home", dataDir.toAbsolutePath().toString());
            return RepositoryImpl.create(RepositoryConfig.create(new InputSource(xml), variables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot open the repository in " + dataDir, e);
        }
    }

    /**
     * One node of a cluster on PostgreSQL: the shared database and this node's id. Jackrabbit reads the journal to
     * the end before this returns, so a node that was down starts with everything written meanwhile.
     */
    private static RepositoryImpl startClusterNode(Path dataDir, ClusterSettings cluster) {
        try (InputStream xml = ContentRepository.class.getResourceAsStream(CLUSTER_CONFIG)) {
            Files.createDirectories(dataDir);
            Properties variables = new Properties();
            variables.setProperty("rep.home", dataDir.toAbsolutePath().toString());
            variables.setProperty("pg.url", cluster.url());
            variables.setProperty("pg.user", cluster.user());
            variables.setProperty("pg.password", cluster.password());
            variables.setProperty("cluster.id", cluster.clusterId());
            variables.setProperty("cluster.syncDelay", Integer.toString(cluster.syncMillis()));
            return new ClusterMember(RepositoryConfig.create(new InputSource(xml), variables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot join the cluster as node " + cluster.clusterId() + " (" + cluster.url() + ")", e);
        }
    }

    /** The cluster journal this node reads, when it is a cluster node. */
    public Optional<ClusterJournal> journal() {
        return journal;
    }

    /** A system session on a workspace; the caller logs it out. Sessions are not thread-safe. */
    public Session login(String workspace) {
        try {
            return repository.login(SYSTEM, workspace);
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot open workspace " + workspace, e);
        }
    }

    /** Work done with a session that is always logged out afterwards. */
    public interface SessionWork<T> {
        T run(Session session) throws RepositoryException;
    }

    /** Runs work in a fresh system session of a workspace; repository errors become {@link RepositoryFailure}. */
    public <T> T call(String workspace, SessionWork<T> work) {
        Session session = login(workspace);
        try {
            return work.run(session);
        } catch (RepositoryException e) {
            throw new RepositoryFailure("workspace " + workspace, e);
        } finally {
            session.logout();
        }
    }

    /** Paths of the content nodes at a workspace's root, without Jackrabbit's own (jcr:system, rep:policy). */
    public List<String> topLevelPaths(String workspace) {
        return call(workspace, session -> {
            List<String> paths = new java.util.ArrayList<>();
            for (javax.jcr.NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                javax.jcr.Node node = it.nextNode();
                if (!node.getName().startsWith("jcr:") && !node.getName().startsWith("rep:")) {
                    paths.add(node.getPath());
                }
            }
            return paths;
        });
    }

    /** What every commit to a live workspace goes through, and every reading of them may (see {@link LiveGate}). */
    public LiveGate liveGate() {
        return liveGate;
    }

    public WorkspaceLayout layout() {
        return layout;
    }

    /** Something that uses the repository until it closes (a listener's sessions): closed first. */
    public void closeBefore(AutoCloseable user) {
        users.add(user);
    }

    @Override
    public void close() {
        for (AutoCloseable user : users) {
            try {
                user.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ContentRepository.class).warn("{} did not close: {}", user, e.getMessage());
            }
        }
        users.clear();
        repository.shutdown();
    }

    private void registerNodeTypes(List<InstalledModule> modules) throws RepositoryException {
        Session session = repository.login(SYSTEM);
        try {
            NodeTypeManagerImpl nodeTypes = (NodeTypeManagerImpl) session.getWorkspace().getNodeTypeManager();
            try (InputStream cnd = ContentRepository.class.getResourceAsStream(MAGNOLIA_NODE_TYPES)) {
                nodeTypes.registerNodeTypes(cnd, NodeTypeManagerImpl.TEXT_X_JCR_CND, true);
            }
            for (InstalledModule module : modules) {
                if (module.descriptor().isEmpty() || module.descriptor().get().nodeTypeFile().isEmpty()) {
                    continue;
                }
                String file = module.descriptor().get().nodeTypeFile().get();
                Path nodeTypeFile = module.root().find(file).orElseThrow(() -> new ModuleException(
                        "module '" + module.name() + "' declares node type file " + file + ", which does not exist"));
                try {
                    NodeTypeFiles.register(Files.readAllBytes(nodeTypeFile), file, session);
                } catch (RepositoryException | org.apache.jackrabbit.commons.cnd.ParseException e) {
                    throw new ModuleException(module.root().describe(file) + ": " + e.getMessage());
                } catch (NodeTypeFiles.UnregisteredNamespaceException e) {
                    throw new ModuleException(module.root().describe(file) + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            session.logout();
        }
    }

    /**
     * A content type with {@code autoCreate} gets its namespaces and, when missing, its node type as a
     * subtype of mgnl:content, as Magnolia's Content Types module does.
     */
    private void registerContentTypeNodeTypes(Collection<ContentTypeDefinition> contentTypes) throws RepositoryException {
        Session session = repository.login(SYSTEM);
        try {
            NamespaceRegistry namespaces = session.getWorkspace().getNamespaceRegistry();
            Set<String> prefixes = Set.of(namespaces.getPrefixes());
            NodeTypeManager nodeTypes = session.getWorkspace().getNodeTypeManager();
            for (ContentTypeDefinition contentType : contentTypes) {
                if (!contentType.autoCreate()) {
                    continue;
                }
                for (Map.Entry<String, String> namespace : contentType.namespaces().entrySet()) {
                    if (!prefixes.contains(namespace.getKey()) && !List.of(namespaces.getURIs()).contains(namespace.getValue())) {
                        namespaces.registerNamespace(namespace.getKey(), namespace.getValue());
                    }
                }
                if (!nodeTypes.hasNodeType(contentType.nodeType())) {
                    NodeTypeTemplate template = nodeTypes.createNodeTypeTemplate();
                    template.setName(contentType.nodeType());
                    template.setDeclaredSuperTypeNames(new String[] {MgnlNodeTypes.CONTENT});
                    template.setOrderableChildNodes(true);
                    nodeTypes.registerNodeType(template, false);
                }
            }
        } finally {
            session.logout();
        }
    }

    private void createWorkspaces() throws RepositoryException {
        Session session = repository.login(SYSTEM);
        try {
            Set<String> existing = Set.copyOf(Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()));
            for (String workspace : layout.all()) {
                if (!existing.contains(workspace)) {
                    session.getWorkspace().createWorkspace(workspace);
                }
            }
        } finally {
            session.logout();
        }
    }
}
