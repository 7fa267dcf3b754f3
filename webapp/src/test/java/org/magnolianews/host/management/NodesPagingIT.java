package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defect 10: a folder with more children than one answer may hold (2,345 here, beyond the
 * 2,000-node bound) is read page by page with {@code limit} and {@code offset}, with the total in
 * {@code nodesPage}; before, the nodes endpoint answered 400 and there was no way to list it. Calls
 * without paging on ordinary folders keep Magnolia's response shape.
 */
class NodesPagingIT {

    private static final int CHILDREN = 2345;
    private static final String FOLDER = "/.rest/nodes/v1/news/paging";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ApiClient api;

    @BeforeAll
    static void aFolderWithManyChildren() {
        host.host().context().repository().call("news", session -> {
            Node folder = session.getRootNode().addNode("paging", MgnlNodeTypes.FOLDER);
            for (int i = 0; i < CHILDREN; i++) {
                folder.addNode(String.format("child-%04d", i), MgnlNodeTypes.FOLDER);
            }
            session.save();
            return null;
        });
        api = ApiClient.basic(host, "superuser", RunningHost.ADMIN_PASSWORD);
    }

    @Test
    void aFolderWithMoreChildrenThanTheBoundAnswersItsFirstPageWithTheTotal() throws Exception {
        HttpResponse<String> response = api.get(FOLDER + "?depth=1");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode node = ApiClient.json(response);
        assertEquals(1000, node.path("nodes").size());
        assertEquals("child-0000", node.path("nodes").path(0).path("name").asText());
        assertPage(node, 0, 1000, CHILDREN);
    }

    @Test
    void limitAndOffsetChooseThePageInChildOrder() throws Exception {
        JsonNode last = ApiClient.json(api.get(FOLDER + "?depth=1&limit=100&offset=2300"));
        assertEquals(45, last.path("nodes").size());
        assertEquals("child-2300", last.path("nodes").path(0).path("name").asText());
        assertEquals("child-2344", last.path("nodes").path(44).path("name").asText());
        assertPage(last, 2300, 100, CHILDREN);
        JsonNode beyond = ApiClient.json(api.get(FOLDER + "?depth=1&limit=10&offset=5000"));
        assertEquals(0, beyond.path("nodes").size());
        assertPage(beyond, 5000, 10, CHILDREN);
    }

    @Test
    void walkingThePagesListsEveryChildOnceInOrder() throws Exception {
        List<String> names = new ArrayList<>();
        for (int offset = 0; offset < CHILDREN; offset += 500) {
            JsonNode page = ApiClient.json(api.get(FOLDER + "?depth=1&limit=500&offset=" + offset));
            page.path("nodes").forEach(child -> names.add(child.path("name").asText()));
        }
        assertEquals(CHILDREN, names.size());
        for (int i = 0; i < CHILDREN; i++) {
            assertEquals(String.format("child-%04d", i), names.get(i));
        }
    }

    @Test
    void anOrdinaryCallKeepsMagnoliasShapeWithoutPagingFields() throws Exception {
        JsonNode month = ApiClient.json(api.get("/.rest/nodes/v1/news/2017/11?depth=1"));
        assertTrue(month.path("nodes").size() > 0);
        assertFalse(month.has("nodesPage"), "no paging fields when the list is whole: " + month.fieldNames());
        List<String> keys = new ArrayList<>();
        month.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("name", "type", "path", "identifier", "publicationStatus", "properties", "nodes"), keys);
    }

    @ParameterizedTest
    @CsvSource({"depth=1&limit=0, limit", "depth=1&limit=1001, limit", "depth=1&limit=ten, limit", "depth=1&limit=, limit",
            "depth=1&offset=-1, offset", "depth=1&offset=1e3, offset", "depth=1&offset=99999999999, offset",
            "limit=10, limit", "depth=0&offset=5, offset"})
    void badPagingParametersAre400NamingTheParameter(String query, String field) throws Exception {
        HttpResponse<String> response = api.get(FOLDER + "?" + query);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(field, ApiClient.json(response).path("error").path("fields").path(0).path("field").asText(), response.body());
    }

    private static void assertPage(JsonNode node, int offset, int limit, int total) {
        JsonNode page = node.path("nodesPage");
        assertEquals(offset, page.path("offset").asInt(), node.toString().substring(0, 200));
        assertEquals(limit, page.path("limit").asInt());
        assertEquals(total, page.path("total").asInt());
    }
}
