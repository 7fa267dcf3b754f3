package org.magnolianews.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cache budgets are shares of the heap, capped, so the recommended heap holds every cache at once with room to spare. */
class MemoryBudgetTest {

    private static final long MB = 1024L * 1024L;

    @Test
    void theRecommendedHeapGetsAQuarterOfItselfForTheSitesCaches() {
        MemoryBudget budget = new MemoryBudget(MemoryBudget.RECOMMENDED_HEAP_MB * MB);
        assertEquals(32 * MB, budget.pageCacheBytes());
        assertEquals(32, budget.deliveryCacheMb());
        assertEquals(8, budget.deliveryTargetsMb());
        assertEquals(16 * MB, budget.renditionCacheBytes());
        assertEquals(16 * MB, budget.authorRenditionCacheBytes());
    }

    @Test
    void aBigHeapGetsTheCapsAndATinyOneAtLeastAMegabyte() {
        MemoryBudget big = new MemoryBudget(16_384 * MB);
        assertEquals(64 * MB, big.pageCacheBytes());
        assertEquals(64, big.deliveryCacheMb());
        assertEquals(16, big.deliveryTargetsMb());
        assertEquals(32 * MB, big.renditionCacheBytes());
        assertEquals(64 * MB, big.authorRenditionCacheBytes());
        assertEquals(MB, new MemoryBudget(8 * MB).pageCacheBytes());
    }
}
