package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry's bound: the oldest lists go, half the bound at a time, and their keys are handed on to be purged. */
class ListRegistryTest {

    private static final String BOUNDARY = "2020-06-01T00:00:00.000Z";

    /** A list of subject s{@code n} (a latest-in-subject window up to {@link #BOUNDARY}); n of three digits, one weight. */
    private static ListRead list(int n) {
        return ListRead.of("news", "//element(*, news:article)[(@subjects = 's" + n + "') and (@title)] order by @date descending",
                0, 11, ListRead.Extent.WINDOW, BOUNDARY);
    }

    private static ItemState article(String subject) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("date", List.of("2021-01-01T00:00:00.000Z"));
        values.put("subjects", List.of(subject));
        values.put("title", null); // present, too long to keep
        return new ItemState("x", "/2021/01/x", Set.of("news:article", "mgnl:content", "nt:base"), values);
    }

    /** Whether a new article in subject s{@code n} is seen to enter list {@code n}: the registry still watches it. */
    private static boolean watches(ListRegistry registry, int n) {
        return registry.touchedBy("news", null, article("s" + n)).contains(list(n).key());
    }

    @Test
    void pastTheBoundTheOldestListsAreForgottenDownToHalfAndTheirKeysPurged() {
        int weight = list(100).weight();
        List<Set<String>> purged = new ArrayList<>();
        ListRegistry registry = new ListRegistry(Duration.ofHours(1), 100L * weight, purged::add);
        for (int n = 100; n < 200; n++) { // exactly the bound: nothing forgotten
            registry.register(List.of(list(n)));
        }
        assertEquals(List.of(), purged);
        assertEquals(100L * weight, registry.bytes());
        registry.register(List.of(list(200)));
        assertEquals(1, purged.size(), "one purge for the whole half");
        Set<String> oldest = new HashSet<>();
        for (int n = 100; n < 151; n++) {
            oldest.add(list(n).key());
        }
        assertEquals(oldest, purged.get(0), "the 51 registered longest ago: 50 lists (half the bound) are left");
        assertEquals(50L * weight, registry.bytes());
        assertFalse(watches(registry, 100));
        assertFalse(watches(registry, 150));
        assertTrue(watches(registry, 151));
        assertTrue(watches(registry, 200));
        for (int n = 201; n < 251; n++) { // fills again to the bound: no purge until it is passed
            registry.register(List.of(list(n)));
        }
        assertEquals(1, purged.size());
    }

    @Test
    void aListRegisteredAgainCountsOnceAndIsNewAgain() throws InterruptedException {
        int weight = list(100).weight();
        List<Set<String>> purged = new ArrayList<>();
        ListRegistry registry = new ListRegistry(Duration.ofHours(1), 4L * weight, purged::add);
        for (int n = 100; n < 104; n++) {
            registry.register(List.of(list(n)));
        }
        Thread.sleep(1_100); // Caffeine renews a write time at most once a second (its expireAfterWrite tolerance)
        ListRead again = list(100);
        registry.register(List.of(list(100), again)); // rendered again: written last now
        registry.register(List.of(again)); // the same instance (nested logs share theirs): Caffeine tells no removal
        assertEquals(4L * weight, registry.bytes());
        assertEquals(4, registry.size());
        registry.register(List.of(list(104)));
        assertEquals(List.of(Set.of(list(101).key(), list(102).key(), list(103).key())), purged);
        assertTrue(watches(registry, 100));
        assertTrue(watches(registry, 104));
    }

    @Test
    void listsForgottenByAPurgeOrByAgeGiveTheirBytesBackAndPurgeNothingMore() throws InterruptedException {
        int weight = list(100).weight();
        List<Set<String>> purged = new ArrayList<>();
        ListRegistry registry = new ListRegistry(Duration.ofMillis(200), 3L * weight, purged::add);
        registry.register(List.of(list(100), list(101), list(102)));
        registry.forget(List.of(list(100).key()));
        assertEquals(2L * weight, registry.bytes());
        Thread.sleep(400);
        assertEquals(0, registry.bytes(), "expired: no response that read them is cached anywhere");
        registry.register(List.of(list(103), list(104), list(105)));
        assertEquals(List.of(), purged);
    }
}
