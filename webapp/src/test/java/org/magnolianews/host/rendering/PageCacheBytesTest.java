package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.repository.LiveGate;

/**
 * The page cache holds pages up to a number of bytes, however many pages are asked for: it cannot fill the heap; and
 * what it keeps or lets shared caches keep when a purge runs meanwhile.
 */
class PageCacheBytesTest {

    private static PageCache.Entry page(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        return new PageCache.Entry(200, "text/html;charset=utf-8", body);
    }

    @Test
    void keepsPagesUpToItsBytesAndServesTheNewestFromIt() {
        PageCache cache = new PageCache(new Purges(null), new LiveGate(), 1024 * 1024);
        for (int i = 0; i < 400; i++) { // 400 pages of 20 KB: 8 MB asked of a 1 MB cache
            cache.get("/page-" + i + ".html", () -> page(20_000));
        }
        assertTrue(cache.size() <= 1024 * 1024 / 20_000, "pages kept: " + cache.size());
        assertTrue(cache.size() >= 20, "a full cache keeps what fits: " + cache.size());
        int hits = 0;
        for (int i = 0; i < 400; i++) {
            PageCache.Served served = cache.get("/page-" + i + ".html", () -> page(1));
            if (served.hit()) {
                assertEquals(20_000, served.entry().body().length, "the page as cached");
                hits++;
            }
        }
        assertTrue(hits >= 20, "pages served from the cache: " + hits);
    }

    /**
     * A page rendered while a purge ran is neither kept nor offered to shared caches: the purge's requests to Varnish may
     * arrive before the page does, which would then keep what the purge meant to drop.
     */
    @Test
    void aPageRenderedWhileAPurgeRanIsNotKeptAndNotForSharedCaches() {
        Purges purges = new Purges(null);
        PageCache cache = new PageCache(purges, new LiveGate(), 1024 * 1024);
        PageCache.Served during = cache.get("/during.html", () -> {
            purges.purge(Set.of("some-key"));
            return page(100);
        });
        assertFalse(during.shareable());
        assertFalse(cache.get("/during.html", () -> page(100)).hit(), "not kept");
        PageCache.Served after = cache.get("/after.html", () -> page(100));
        assertTrue(after.shareable());
        assertTrue(cache.get("/after.html", () -> page(100)).hit());
    }

    @Test
    void aPageBiggerThanTheCacheIsServedAndNotKept() {
        PageCache cache = new PageCache(new Purges(null), new LiveGate(), 64 * 1024);
        assertEquals(200_000, cache.get("/big.html", () -> page(200_000)).entry().body().length);
        assertTrue(!cache.get("/big.html", () -> page(200_000)).hit(), "too big to keep");
    }
}
