package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 10, Editors → Images: the DAM has folders: an editor creates one, uploads into it, moves an asset into another,
 * browses the grid by folder (with a breadcrumb), and the asset picker still searches across all folders.
 */
class AssetFoldersIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient admin;

    @BeforeAll
    static void start() throws Exception {
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String folderOf(String id) {
        return host.host().context().repository().call("dam", s -> s.getNodeByIdentifier(id).getParent().getPath());
    }

    @Test
    void createUploadIntoMoveAndBrowseFolders() throws Exception {
        HttpResponse<String> created = admin.postWithToken("/assets/folder", Map.of("parent", "/", "name", "Sport Photos"));
        assertEquals(303, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("folder=" + enc("/sport-photos")));
        assertEquals(303, admin.postWithToken("/assets/folder", Map.of("parent", "/sport-photos", "name", "Football")).statusCode());
        boolean isFolder = host.host().context().repository().call("dam", s -> s.getNode("/sport-photos/football").isNodeType("mgnl:folder"));
        assertTrue(isFolder);
        HttpResponse<String> blank = admin.postWithToken("/assets/folder", Map.of("parent", "/", "name", "  "));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("id=\"folder-error\""), blank.body());

        HttpResponse<String> uploaded = admin.upload("/assets/upload", Map.of("folder", "/sport-photos", "title", "Folder goal"), "file", "goal.png",
                AssetUsesDeleteReplaceIT.png(50, 40));
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        String id = uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*id=([0-9a-f-]{36}).*", "$1");
        assertEquals("/sport-photos", folderOf(id));

        String root = admin.get("/assets?folder=" + enc("/")).body();
        assertTrue(root.contains("id=\"asset-folders\""), root);
        assertTrue(root.contains("folder=" + enc("/sport-photos")), "the root lists the new folder: " + root);
        String sport = admin.get("/assets?folder=" + enc("/sport-photos")).body();
        assertTrue(sport.contains("id=\"breadcrumb\""), sport);
        assertTrue(sport.contains("Folder goal"), "the folder's asset is in its grid");
        assertTrue(sport.contains("folder=" + enc("/sport-photos/football")), "and its subfolder");
        assertTrue(sport.contains("value=\"/sport-photos\""), "uploads from here go into this folder");
        String football = admin.get("/assets?folder=" + enc("/sport-photos/football")).body();
        assertFalse(football.contains("Folder goal"), "not in the subfolder yet");
        assertTrue(football.matches("(?s).*id=\"breadcrumb\".*sport-photos.*football.*"), football);

        HttpResponse<String> moved = admin.postWithToken("/assets/move", Map.of("id", id, "folder", "/sport-photos/football"));
        assertEquals(303, moved.statusCode(), moved.body());
        assertEquals("/sport-photos/football", folderOf(id));
        assertTrue(admin.get("/assets?folder=" + enc("/sport-photos/football")).body().contains("Folder goal"));
        assertFalse(admin.get("/assets?folder=" + enc("/sport-photos")).body().contains("Folder goal"));
        HttpResponse<String> nowhere = admin.postWithToken("/assets/move", Map.of("id", id, "folder", "/no-such-folder"));
        assertEquals(400, nowhere.statusCode());
        assertTrue(nowhere.body().contains("id=\"move-error\""), nowhere.body());
        assertEquals(404, admin.get("/assets?folder=" + enc("/no-such-folder")).statusCode());

        JsonNode picked = Json.MAPPER.readTree(admin.get("/assets/pick?q=" + enc("Folder goal")).body());
        assertEquals(1, picked.size(), "the picker searches across folders: " + picked);
        assertEquals("jcr:" + id, picked.get(0).path("key").asText());
    }
}
