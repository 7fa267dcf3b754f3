package org.magnolianews.host.config;

/**
 * What the host's in-memory caches may take, as shares of the heap the JVM was given ({@code -Xmx}), each capped:
 * every cache is bounded by bytes, so no amount of traffic fills the heap. The host is sized for
 * {@link #RECOMMENDED_HEAP_MB} (100k articles served with room to spare, see docs/benchmarks.md); a bigger heap gets
 * bigger caches up to the caps, a smaller one smaller caches.
 */
public final class MemoryBudget {

    /** The heap the README's command gives the host, {@code -Xmx512m}. */
    public static final int RECOMMENDED_HEAP_MB = 512;
    private static final long MB = 1024L * 1024L;

    private final long maxHeap;

    public MemoryBudget(long maxHeapBytes) {
        this.maxHeap = maxHeapBytes;
    }

    /** The budget of this JVM's heap. */
    public static MemoryBudget ofThisJvm() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory());
    }

    /** Rendered pages, feeds and sitemaps of the public site: 1/16 of the heap, at most 64 MB. */
    public long pageCacheBytes() {
        return share(16, 64);
    }

    /** Delivery responses, when {@code NEWS_DELIVERY_CACHE_MB} does not say: 1/16 of the heap, at most 64 MB. */
    public int deliveryCacheMb() {
        return (int) (share(16, 64) / MB);
    }

    /** Reference targets kept across delivery responses, when {@code NEWS_DELIVERY_TARGETS_MB} does not say: 1/64 of the heap, at most 16 MB. */
    public int deliveryTargetsMb() {
        return (int) (share(64, 16) / MB);
    }

    /**
     * The list queries the targeted purge watches (see {@code ListRegistry}): 1/16 of the heap, at most 64 MB; ~25,000
     * related-news lists at {@code -Xmx512m}. Lists forgotten for the bound purge the responses that read them.
     */
    public long watchedListBytes() {
        return share(16, 64);
    }

    /** Image renditions of the public site: 1/32 of the heap, at most 32 MB. */
    public long renditionCacheBytes() {
        return share(32, 32);
    }

    /** Image renditions the author UI shows (thumbnails, previews): 1/32 of the heap, at most 64 MB. */
    public long authorRenditionCacheBytes() {
        return share(32, 64);
    }

    private long share(int divisor, long capMb) {
        return Math.max(MB, Math.min(capMb * MB, maxHeap / divisor));
    }
}
