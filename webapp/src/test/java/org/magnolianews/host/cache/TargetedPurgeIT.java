package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.magnolianews.host.content.ContentService;

/**
 * The purge is exact, over real HTTP on a generated site (600 articles over ten years, 12 subjects): every page,
 * feed and sitemap is cached, something is published, and then each URL is asked again. A response the cache
 * still answers must be byte for byte what a fresh rendering gives (after the test empties every cache): a stale
 * page fails. And what had no reason to change (article pages sharing no subject with the published item and not
 * linking it) must still be a hit: the purge took nothing else. Each test leaves every URL cached for the next.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES) // every URL of the site rendered four times, on two shared cores
class TargetedPurgeIT {

    private static final Pattern SUBJECT_LINK = Pattern.compile("href=\"(/(?:ru/)?subjects/[^\"]+\\.html)\"");
    private static GeneratedSite site;
    private static List<String> urls;
    private static Map<String, GeneratedSite.Fetched> cached;

    @BeforeAll
    static void cacheEverything() throws Exception {
        site = GeneratedSite.start(600, 12, List.of());
        urls = site.urls(4);
        site.fetchAll(urls);
        // Asked again until every page is a hit (at most three rounds): a clean-clone CI run once saw /news.html
        // miss on the second round, before any publish (cause not found; see the session-4 note). The purge
        // assertions below start from a fully cached site either way.
        List<String> misses = List.of();
        for (int round = 0; round < 3; round++) {
            cached = site.fetchAll(urls);
            misses = urls.stream().filter(u -> cached.get(u).status() == 200 && !cached.get(u).hit()).toList();
            if (misses.isEmpty()) {
                break;
            }
        }
        assertEquals(List.of(), misses, "asked again, every page is a hit");
        assertTrue(GeneratedSite.articles(urls).size() > 500, "article pages: " + GeneratedSite.articles(urls).size());
        site.awaitLiveStates();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static ContentService content() {
        return site.host.host().context().content();
    }

    @Test
    @Order(1)
    void anArticleMovedToOtherSubjectsAndToTheTopDropsItsPagesAndListsAndNothingElse() throws Exception {
        String x = GeneratedSite.articles(urls).stream().filter(u -> u.startsWith("/news/2020/")).findFirst().orElseThrow();
        String path = itemPath(x);
        List<String> oldSubjects = subjectsOf(path);
        List<String> newSubjects = allSubjects().stream().filter(s -> !oldSubjects.contains(s)).limit(2).toList();
        String newest = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.ofHours(3)).toString();
        content().update("news", path, Map.of("subjects", newSubjects, "date", newest), Optional.empty(), "test");
        content().publish("news", path, false, "test");

        Map<String, GeneratedSite.Fetched> after = site.fetchAll(urls);
        Set<String> touchedSubjects = new HashSet<>(subjectLinks(cached.get(x).body()));
        touchedSubjects.addAll(subjectLinks(after.get(x).body()));
        assertTrue(touchedSubjects.size() >= 3, "its old subjects and two new ones: " + touchedSubjects);
        assertFalse(after.get(x).hit(), "the item's own page");
        assertFalse(after.get("/").hit(), "the home page lists the newest news, which it now is");
        assertFalse(after.get("/feeds/news.xml").hit(), "the news feed");
        assertTrue(after.get("/").body().contains(x), "the home page links it at once");

        List<String> changedForNoReason = unrelatedMisses(after, x, touchedSubjects);
        assertEquals(List.of(), changedForNoReason, "article pages sharing no subject with it, nor linking it, stay cached");
        assertNothingStale(after);
        report("moved to other subjects and to the top", after);
        cached = site.fetchAll(urls);
    }

    @Test
    @Order(2)
    void anUnrelatedOldArticleRepublishedKeepsAtLeast99PercentOfArticlePagesCached() throws Exception {
        // Unrelated: an archive story (in no "newest" related list) with a single subject.
        String y = GeneratedSite.articles(urls).stream().filter(u -> u.matches("/news/201[67]/.*"))
                .min(Comparator.comparing((String u) -> subjectLinks(cached.get(u).body()).size()).thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        String path = itemPath(y);
        String oldLead = site.host.host().context().repository().call("news", session -> session.getNode(path).getProperty("lead").getString());
        content().update("news", path, Map.of("lead", "A corrected lead, republished."), Optional.empty(), "test");
        content().publish("news", path, false, "test");

        Map<String, GeneratedSite.Fetched> after = site.fetchAll(urls);
        assertFalse(after.get(y).hit(), "its own page");
        assertTrue(after.get(y).body().contains("A corrected lead, republished."));
        // Only the lead changed, so a page is stale exactly when it still shows the old lead.
        List<String> stale = urls.stream().filter(u -> after.get(u).body().contains(oldLead)).toList();
        assertEquals(List.of(), stale, "pages still showing the old lead");
        List<String> others = GeneratedSite.articles(urls).stream().filter(u -> !itemPath(u).equals(path)).toList();
        long hits = others.stream().filter(u -> after.get(u).hit()).count();
        double ratio = (double) hits / others.size();
        List<String> changedForNoReason = unrelatedMisses(after, y, subjectLinks(cached.get(y).body()));
        assertEquals(List.of(), changedForNoReason, "article pages sharing no subject with it, nor linking it, stay cached");
        assertTrue(ratio >= 0.99, "other article pages still cached: " + hits + " of " + others.size() + ", dropped: "
                + others.stream().filter(u -> !after.get(u).hit()).toList());
        report("an unrelated old article republished", after);
        System.out.printf("purge hit ratio: %d of %d other article pages still cached (%.2f %%)%n", hits, others.size(), 100.0 * ratio);
        cached = after;
    }

    @Test
    @Order(3)
    void anUnpublishedArticleLeavesEveryListAndItsPageIsGone() throws Exception {
        String home = cached.get("/").body();
        String z = GeneratedSite.articles(urls).stream().filter(u -> u.startsWith("/news/") && home.contains("href=\"" + u + "\""))
                .findFirst().orElseThrow();
        content().unpublish("news", itemPath(z), "test");

        Map<String, GeneratedSite.Fetched> after = site.fetchAll(urls);
        assertEquals(404, after.get(z).status());
        assertFalse(after.get("/").body().contains(z), "the home page no longer links it");
        assertFalse(after.get("/feeds/news.xml").body().contains(z.replace(".html", "")), "nor the feed");
        assertNothingStale(after);
        report("an article on the home page unpublished", after);
        cached = site.fetchAll(urls);
    }

    /** Every response served after the publish is what a fresh rendering gives now. */
    private static void assertNothingStale(Map<String, GeneratedSite.Fetched> after) throws Exception {
        site.host.host().purges().purge(Set.of(SurrogateKeys.ALL));
        Map<String, GeneratedSite.Fetched> fresh = site.fetchAll(urls);
        List<String> stale = new ArrayList<>();
        for (String url : urls) {
            if (after.get(url).status() != fresh.get(url).status() || !after.get(url).body().equals(fresh.get(url).body())) {
                stale.add(url + (after.get(url).hit() ? " (a hit)" : " (rendered)"));
            }
        }
        assertEquals(List.of(), stale, "responses that differ from a fresh rendering");
    }

    /** Article pages (before the change) that neither show one of the subjects nor link the item, but were dropped. */
    private static List<String> unrelatedMisses(Map<String, GeneratedSite.Fetched> after, String item, Set<String> subjects) {
        String itemPath = item.replaceFirst("^/ru", "");
        List<String> misses = new ArrayList<>();
        for (String url : GeneratedSite.articles(urls)) {
            String before = cached.get(url).body();
            boolean related = url.replaceFirst("^/ru", "").equals(itemPath) || before.contains(itemPath)
                    || subjectLinks(before).stream().anyMatch(s -> subjects.contains(s) || subjects.contains(s.replaceFirst("^/ru", "")));
            if (!related && !after.get(url).hit()) {
                misses.add(url);
            }
        }
        return misses;
    }

    private static void report(String what, Map<String, GeneratedSite.Fetched> after) {
        long hits = urls.stream().filter(u -> after.get(u).hit()).count();
        long articleHits = GeneratedSite.articles(urls).stream().filter(u -> after.get(u).hit()).count();
        System.out.printf("%s: %d of %d URLs still cached, %d of %d article pages%n", what, hits, urls.size(), articleHits,
                GeneratedSite.articles(urls).size());
    }

    private static Set<String> subjectLinks(String body) {
        Set<String> links = new LinkedHashSet<>();
        for (Matcher m = SUBJECT_LINK.matcher(body); m.find(); ) {
            links.add(m.group(1).replaceFirst("^/ru", ""));
        }
        return links;
    }

    private static String itemPath(String url) {
        return url.replaceFirst("^/ru", "").replaceFirst("^/news", "").replaceFirst("\\.html$", "");
    }

    private static List<String> subjectsOf(String path) throws Exception {
        return site.host.host().context().repository().call("news", session -> {
            List<String> ids = new ArrayList<>();
            for (Value value : session.getNode(path).getProperty("subjects").getValues()) {
                ids.add(value.getString());
            }
            return ids;
        });
    }

    private static List<String> allSubjects() throws Exception {
        return site.host.host().context().repository().call("subjects", session -> {
            List<String> ids = new ArrayList<>();
            for (javax.jcr.NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.isNodeType("news:subject")) {
                    ids.add(node.getIdentifier());
                }
            }
            return ids;
        });
    }
}
