package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NodeAddressTest {

    @Test
    void splitsWorkspaceAndPath() {
        assertEquals(new NodeAddress("news", "/2017/11/item"), NodeAddress.parse("/news/2017/11/item"));
        assertEquals(new NodeAddress("news", "/"), NodeAddress.parse("/news"));
        assertEquals(new NodeAddress("news", "/"), NodeAddress.parse("/news/"));
        assertEquals(new NodeAddress("dam", "/photos/a.jpg/jcr:content"), NodeAddress.parse("/dam/photos/a.jpg/jcr:content"));
        assertEquals(new NodeAddress("website", "/home/главная"), NodeAddress.parse("/website/home/главная"));
        assertEquals("/2017/11", NodeAddress.parse("/news/2017/11/item").parentPath());
        assertEquals("/x", NodeAddress.parse("/news").child("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/news/..", "/news/2017/../users", "/news/.", "/news//x", "/news/a[1]", "/news/*", "/news/a|b",
            "/news/a b", "/news/a\u0000b", "/NEWS/x", "/", "/news/x:y:z"})
    void refusesAnythingButPlainNames(String pathInfo) {
        ApiException e = assertThrows(ApiException.class, () -> NodeAddress.parse(pathInfo));
        assertEquals(400, e.status());
    }

    @Test
    void refusesOverlongPaths() {
        assertThrows(ApiException.class, () -> NodeAddress.parse("/news" + "/abcdefghij".repeat(100)));
    }

    @Test
    void recognisesJackrabbitsSystemTrees() {
        assertTrue(NodeAddress.parse("/news/jcr:system/jcr:versionStorage").isSystem());
        assertTrue(NodeAddress.parse("/news/rep:policy").isSystem());
    }
}
