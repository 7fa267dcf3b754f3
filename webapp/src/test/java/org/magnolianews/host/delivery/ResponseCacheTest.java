package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.repository.LiveGate;

class ResponseCacheTest {

    private static Rendered read(String workspace, String path, String... identifiers) {
        return new Rendered(path.getBytes(), Set.of(identifiers), workspace, false, path);
    }

    private static Rendered list(String workspace, String... identifiers) {
        return new Rendered(new byte[] {1}, Set.of(identifiers), workspace, true, null);
    }

    private static ContentEvent published(String workspace, String path, String identifier) {
        return new ContentEvent(ContentEvent.Kind.PUBLISHED, workspace, List.of(identifier), List.of(path), "u");
    }

    @Test
    void aPublicationDropsWhatItCanChangeAndNothingElse() {
        ContentEvent event = published("news", "/2017/11/a", "id-a");
        assertTrue(ResponseCache.affected(read("news", "/2017/11/a", "id-a"), event), "the item itself");
        assertTrue(ResponseCache.affected(read("news", "/2017/11/b", "id-b", "id-a"), event), "an item referring to it");
        assertTrue(ResponseCache.affected(list("news"), event), "every list of the workspace");
        assertTrue(ResponseCache.affected(read("news", "/2017/11", "id-folder"), event), "a read above it (children)");
        assertFalse(ResponseCache.affected(read("news", "/2018/01/c", "id-c"), event));
        assertFalse(ResponseCache.affected(list("subjects", "id-s"), event), "lists of other workspaces not naming it");
        assertTrue(ResponseCache.affected(list("subjects", "id-a"), event), "unless they contain it");
    }

    @Test
    void anUnpublishedFolderTakesTheReadsBelowItWithIt() {
        ContentEvent unpublished = new ContentEvent(ContentEvent.Kind.UNPUBLISHED, "news", List.of("id-folder"),
                List.of("/leak"), "u");
        assertTrue(ResponseCache.affected(read("news", "/leak/draft", "id-draft"), unpublished),
                "a read of a node below it, even one the event does not name (it may never have been published)");
        assertFalse(ResponseCache.affected(read("news", "/leaky/other", "id-other"), unpublished), "a sibling's name is not a path below");
    }

    @Test
    void aResponseIsReadAgainWhenALiveCommitLandsWhileItIsRead() throws Exception {
        LiveGate gate = new LiveGate();
        ResponseCache cache = new ResponseCache(1 << 20, gate);
        java.util.concurrent.atomic.AtomicInteger readings = new java.util.concurrent.atomic.AtomicInteger();
        cache.compute("k", true, () -> {
            if (readings.incrementAndGet() == 1) {
                org.magnolianews.host.repository.LiveGateTest.commitOnAnotherThread(gate);
            }
            return read("news", "/y", "y");
        });
        assertEquals(2, readings.get(), "the first reading overlapped a commit, so it was read again");
        assertTrue(cache.get("k").isPresent());
    }

    @Test
    void savesWithoutPublishingKeepTheCache() {
        ResponseCache cache = new ResponseCache(1 << 20, new LiveGate());
        cache.compute("k", true, () -> list("news"));
        cache.onContentEvent(new ContentEvent(ContentEvent.Kind.SAVED, "news", List.of("x"), List.of("/x"), "u"));
        assertTrue(cache.get("k").isPresent());
        cache.onContentEvent(published("news", "/x", "x"));
        assertFalse(cache.get("k").isPresent());
    }

    @Test
    void aResponseComputedWhileAPublicationRanIsNotStored() {
        ResponseCache cache = new ResponseCache(1 << 20, new LiveGate());
        cache.compute("k", true, () -> {
            cache.onContentEvent(published("news", "/x", "x")); // the publish lands while the old state is being read
            return read("news", "/y", "y");
        });
        assertFalse(cache.get("k").isPresent(), "possibly stale, so not cached");
        cache.compute("k", true, () -> read("news", "/y", "y"));
        assertTrue(cache.get("k").isPresent());
    }

    @Test
    void withTheCacheOffNothingIsKeptAndOnlyAClientThatTakesGzipHasTheBodyCompressed() throws Exception {
        ResponseCache off = new ResponseCache(0, new LiveGate());
        byte[] body = "{\"results\":[]}".repeat(200).getBytes();
        Rendered rendered = new Rendered(body, Set.of("x"), "news", true, null);
        CachedResponse identity = off.compute("k", false, () -> rendered);
        assertEquals(null, identity.gzipped(), "nobody will send it: not compressed");
        assertFalse(off.get("k").isPresent(), "the cache is off");
        CachedResponse compressed = off.compute("k", true, () -> rendered);
        assertArrayEquals(body, new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.gzipped())).readAllBytes());
        assertEquals(identity.etag(), compressed.etag());
        assertFalse(off.get("k").isPresent());
        ResponseCache on = new ResponseCache(1 << 20, new LiveGate());
        assertTrue(on.compute("k", false, () -> rendered).gzipped() != null, "a kept response is compressed once for later clients");
    }

    @Test
    void etagsAreStrongAndFollowTheBytes() {
        String a = ResponseCache.etag("a".getBytes());
        assertTrue(a.startsWith("\"") && a.endsWith("\""));
        assertFalse(a.equals(ResponseCache.etag("b".getBytes())));
        assertTrue(a.equals(ResponseCache.etag("a".getBytes())));
        byte[] body = "{\"title\":\"Сессия парламента\"}".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Set<String> seen = new java.util.HashSet<>(Set.of(ResponseCache.etag(body)));
        for (int i = 0; i < body.length; i++) { // every one-byte edit, and a zero byte appended, is another version
            byte[] edited = body.clone();
            edited[i] ^= 0x20;
            assertTrue(seen.add(ResponseCache.etag(edited)), "edit at " + i);
        }
        assertTrue(seen.add(ResponseCache.etag(java.util.Arrays.copyOf(body, body.length + 1))));
    }
}
