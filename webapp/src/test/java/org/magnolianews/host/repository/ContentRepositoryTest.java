package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javax.jcr.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.OpenContext;

/** Node types and workspaces as the descriptor and Magnolia's core types make them, in a real repository. */
class ContentRepositoryTest {

    private static OpenContext open;
    private static ContentRepository repository;

    @BeforeAll
    static void start() throws Exception {
        open = OpenContext.fresh();
        repository = open.context().repository();
    }

    @AfterAll
    static void stop() {
        open.close();
    }

    @Test
    void everyDeclaredWorkspaceHasALiveTwinAndUsersHasNone() {
        List<String> workspaces = repository.call("default", session ->
                Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()));
        for (String workspace : List.of("news", "publications", "subjects", "website", "dam")) {
            assertTrue(workspaces.contains(workspace), workspace);
            assertTrue(workspaces.contains(workspace + "_live"), workspace + "_live");
        }
        assertTrue(workspaces.contains("users"));
        assertTrue(!workspaces.contains("users_live"));
    }

    @Test
    void moduleNodeTypesAreMagnoliaContent() {
        repository.call("news", session -> {
            Node folder = session.getRootNode().addNode("t1", MgnlNodeTypes.FOLDER);
            Node article = folder.addNode("a", "news:article");
            assertTrue(article.isNodeType(MgnlNodeTypes.CONTENT));
            assertTrue(article.isNodeType("mix:referenceable"));
            article.setProperty("title", "x");
            article.setProperty("subjects", new String[] {"a", "b"});
            Node correction = article.addNode("corrections0", MgnlNodeTypes.CONTENT_NODE);
            assertTrue(correction.isNodeType(MgnlNodeTypes.CONTENT_NODE));
            session.save();
            assertEquals(36, article.getIdentifier().length());
            return null;
        });
    }

    @Test
    void pagesHoldAreasHoldingComponents() {
        repository.call("website", session -> {
            Node page = session.getRootNode().addNode("p", MgnlNodeTypes.PAGE);
            page.setProperty(MgnlNodeTypes.TEMPLATE, "news-module:pages/home");
            Node area = page.addNode("main", MgnlNodeTypes.AREA);
            Node component = area.addNode("0", MgnlNodeTypes.COMPONENT);
            component.setProperty(MgnlNodeTypes.TEMPLATE, "news-module:components/text");
            session.save();
            assertEquals("news-module:components/text", session.getNode("/p/main/0").getProperty(MgnlNodeTypes.TEMPLATE).getString());
            return null;
        });
    }

    @Test
    void sameNameSiblingsAreRefused() {
        assertThrows(RepositoryFailure.class, () -> repository.call("news", session -> {
            Node folder = session.getRootNode().addNode("t2", MgnlNodeTypes.FOLDER);
            folder.addNode("same", "news:article");
            folder.addNode("same", "news:article");
            session.save();
            return null;
        }));
    }
}
